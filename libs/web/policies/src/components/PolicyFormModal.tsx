import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CreatePolicyDocument, evictRootFields, UpdatePolicyDocument, type PolicyFieldsFragment } from '@lianzhao/web-data';
import { dateString, useFormErrors, useFormRules, useI18n } from '@lianzhao/web-ui';

interface PolicyValues {
  docNumber: string;
  title: string;
  issuedOn: Dayjs | null;
  validUntil: Dayjs | null;
}
const FIELDS = ['docNumber', 'title', 'issuedOn', 'validUntil'] as const;

export interface PolicyFormModalProps {
  policy: PolicyFieldsFragment | null;
  onClose: () => void;
}

/** 新增政策文件 / 编辑: 文号, title and validity. */
export function PolicyFormModal({ policy, onClose }: PolicyFormModalProps) {
  const { t } = useI18n();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyValues>();
  const onError = useFormErrors(form, FIELDS);
  const [create, creating] = useMutation(CreatePolicyDocument, { update: (cache) => evictRootFields(cache, 'policies') });
  const [update, updating] = useMutation(UpdatePolicyDocument);

  const onFinish = async (values: PolicyValues) => {
    const input = {
      docNumber: values.docNumber,
      title: values.title,
      issuedOn: dateString(values.issuedOn) ?? '',
      validUntil: dateString(values.validUntil),
    };
    try {
      if (policy) await update({ variables: { input: { ...input, id: policy.id, version: policy.version } } });
      else await create({ variables: { input } });
      void message.success(t('policies.saved'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      title={t(policy ? 'policies.edit' : 'policies.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<PolicyValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          policy
            ? {
                docNumber: policy.docNumber,
                title: policy.title,
                issuedOn: dayjs(policy.issuedOn),
                validUntil: policy.validUntil ? dayjs(policy.validUntil) : null,
              }
            : { docNumber: '', title: '', issuedOn: null, validUntil: null }
        }
      >
        <Form.Item name="docNumber" label={t('policies.docNumber')} rules={[rules.required(t('policies.docNumber'))]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('policies.docTitle')} rules={[rules.required(t('policies.docTitle'))]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('policies.issuedOn')} rules={[rules.select(t('policies.issuedOn'))]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validUntil" label={t('policies.validUntil')} extra={t('policies.validForever')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
