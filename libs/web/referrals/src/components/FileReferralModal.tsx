import { useMutation } from '@apollo/client/react';
import { App, Col, Form, Input, Modal, Row } from 'antd';
import { evictRootFields, FileReferralDocument, type ReferralRowFragment } from '@lianzhao/web-data';
import { SegmentCascader, useFormErrors, useFormRules, useI18n } from '@lianzhao/web-ui';
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
  const [fileReferral, filing] = useMutation(FileReferralDocument, {
    update: (cache) => {
      evictRootFields(cache, 'referrals');
      evictRootFields(cache, 'referralCounts');
    },
  });

  const onFinish = async (values: FileReferralValues) => {
    try {
      const { data } = await fileReferral({ variables: { input: toFileReferralInput(values) } });
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
      onError(error);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('referrals.file')}
      okText={t('referrals.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={filing.loading}
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
        </Row>
      </Form>
    </Modal>
  );
}
