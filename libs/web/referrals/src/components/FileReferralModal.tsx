import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Modal, Row, Upload } from 'antd';
import { ATTACHMENT_ACCEPT, ATTACHMENT_TYPES_LABEL, MAX_ATTACHMENTS } from '@lianzhao/domain';
import {
  evictRootFields,
  fieldErrors,
  FileReferralDocument,
  uploadFiles,
  type ReferralRowFragment,
} from '@lianzhao/web-data';
import { SegmentCascader, useFormErrors, useFormRules, useI18n } from '@lianzhao/web-ui';
import { fileHead, pickedAttachmentProblem, type PickedAttachment } from '../utils/attachments';
import { FILE_REFERRAL_FIELDS, toFileReferralInput, type FileReferralValues } from '../utils/referral-values';
import { DuplicateCheck } from './DuplicateCheck';

export interface FileReferralModalProps {
  onClose: () => void;
  onFiled: (referral: ReferralRowFragment) => void;
}

/** 报备企业: the partner's filing form, with the credit code checked as typed and a duplicate warning. */
export function FileReferralModal({ onClose, onFiled }: FileReferralModalProps) {
  const { t } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<FileReferralValues>();
  const companyName = Form.useWatch('companyName', form);
  const creditCode = Form.useWatch('creditCode', form);
  const onError = useFormErrors(form, FILE_REFERRAL_FIELDS);
  const [attachments, setAttachments] = useState<PickedAttachment[]>([]);
  const [attachmentError, setAttachmentError] = useState<string | null>(null);

  // Several files picked at once arrive one by one; the ref sees the ones accepted just before.
  const picked = useRef<PickedAttachment[]>([]);
  const nextUid = useRef(0);
  const setPicked = (list: PickedAttachment[]) => {
    picked.current = list;
    setAttachments(list);
  };

  const pick = async (file: File) => {
    const read: Omit<PickedAttachment, 'uid'> = { fileName: file.name, sizeBytes: file.size, file };
    // Count, name, type and size first; then the first bytes against the extension. The file
    // itself is only read when it is uploaded, on submit.
    let problem = pickedAttachmentProblem(picked.current, read);
    if (!problem) {
      read.head = await fileHead(file);
      problem = pickedAttachmentProblem(picked.current, read);
    }
    if (problem) {
      setAttachmentError(problem);
      return;
    }
    setAttachmentError(null);
    setPicked([...picked.current, { ...read, uid: `attachment-${nextUid.current++}` }]);
  };
  const [uploading, setUploading] = useState(false);

  const [fileReferral, filing] = useMutation(FileReferralDocument, {
    update: (cache) => {
      evictRootFields(cache, 'referrals');
      evictRootFields(cache, 'referralCounts');
    },
  });

  const onFinish = async (values: FileReferralValues) => {
    try {
      // The files go first (multipart), then the filing names them by id.
      const files = attachments.flatMap((a) => (a.file ? [a.file] : []));
      setUploading(files.length > 0);
      const uploaded = files.length ? await uploadFiles('/uploads/referral-attachments', files).finally(() => setUploading(false)) : [];
      const attachmentIds = uploaded.map((u) => u.id);
      const { data } = await fileReferral({ variables: { input: toFileReferralInput(values, attachmentIds) } });
      if (!data) return;
      const status = data.fileReferral.status;
      if (status === 'PROTECTED')
        void message.success(
          t('referrals.filed.PROTECTED', { until: data.fileReferral.protectedUntil ?? '' }),
        );
      else if (status === 'CONFLICT') void message.warning(t('referrals.filed.CONFLICT'));
      else void message.info(t('referrals.filed.EXISTING'));
      onFiled(data.fileReferral);
      onClose();
    } catch (error) {
      // The upload names files by index (`files[i]`); they are shown under the picker with the file's name.
      const onAttachments = Object.entries(fieldErrors(error)).filter(
        ([field]) => field.startsWith('files') || field.startsWith('attachment'),
      );
      if (onAttachments.length === 0) return onError(error);
      setAttachmentError(
        onAttachments
          .map(([field, msg]) => {
            const index = /\[(\d+)\]/.exec(field)?.[1];
            const name = index === undefined ? undefined : attachments[Number(index)]?.fileName;
            return name ? `${name}：${msg}` : msg;
          })
          .join('；'),
      );
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('referrals.file')}
      okText={t('referrals.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={uploading || filing.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <DuplicateCheck companyName={companyName} creditCode={creditCode} />
      <Form<FileReferralValues> form={form} layout="vertical" onFinish={onFinish}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="companyName"
              label={t('referrals.companyName')}
              rules={[rules.required(t('referrals.companyName'))]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('referrals.creditCode')}
              rules={[rules.creditCode]}
              extra={t('referrals.creditCodeHint')}
            >
              <Input maxLength={24} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="segmentCode"
              label={t('referrals.segment')}
              rules={[rules.select(t('referrals.segment'))]}
            >
              <SegmentCascader />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="plannedInvestment"
              label={t('referrals.plannedInvestment')}
              rules={[rules.money]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="landNeed" label={t('referrals.landNeed')} rules={[rules.money]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="spaceNeed" label={t('referrals.spaceNeed')} rules={[rules.money]}>
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="timeline" label={t('referrals.timeline')}>
              <Input maxLength={200} placeholder={t('referrals.timelineHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="contactName"
              label={t('referrals.contactName')}
              rules={[rules.required(t('referrals.contactName'))]}
            >
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="contactPhone"
              label={t('referrals.contactPhone')}
              rules={[rules.required(t('referrals.contactPhone')), rules.phone]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('referrals.notes')}>
              <Input.TextArea rows={3} maxLength={5000} showCount />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label={t('referrals.attachments')}
              validateStatus={attachmentError ? 'error' : undefined}
              help={attachmentError ?? undefined}
              extra={t('referrals.attachmentsHint', { max: MAX_ATTACHMENTS, types: ATTACHMENT_TYPES_LABEL })}
            >
              <Upload
                multiple
                accept={ATTACHMENT_ACCEPT}
                fileList={attachments.map((a) => ({ uid: a.uid, name: a.fileName, status: 'done' as const }))}
                onRemove={(file) => {
                  setPicked(picked.current.filter((a) => a.uid !== file.uid));
                  setAttachmentError(null);
                }}
                beforeUpload={async (file) => {
                  await pick(file);
                  // Nothing is sent yet: the picked files are uploaded when the form is submitted.
                  return Upload.LIST_IGNORE;
                }}
              >
                <Button icon={<PaperClipOutlined />}>{t('referrals.attachmentsPick')}</Button>
              </Upload>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
