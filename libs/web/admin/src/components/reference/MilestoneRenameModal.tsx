import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { REFERENCE_NAME_EN_MAX, REFERENCE_NAME_MAX, type MilestoneCode } from '@lianzhao/domain';
import { RenameMilestoneDocument } from '@lianzhao/web-data';
import { useFormErrors, useI18n } from '@lianzhao/web-ui';

interface Values {
  name: string;
  nameEn?: string;
}

const FIELDS = ['name', 'nameEn'] as const;

export interface MilestoneRenameModalProps {
  milestone: { code: MilestoneCode; name: string; nameEn: string };
  onClose: () => void;
}

/** 节点改名: one name for the milestone in every template; its code and place stay. */
export function MilestoneRenameModal({ milestone, onClose }: MilestoneRenameModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrors(form, FIELDS);
  const [rename, { loading }] = useMutation(RenameMilestoneDocument, {
    refetchQueries: ['MilestoneTemplatesAdmin', 'MilestoneNames', 'ReferenceHistory'],
  });

  const onFinish = async (values: Values) => {
    try {
      await rename({
        variables: { input: { code: milestone.code, name: values.name.trim(), nameEn: values.nameEn?.trim() || null } },
      });
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      title={t('referenceEdit.renameMilestone', { name: milestone.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ name: milestone.name, nameEn: milestone.nameEn }}
      >
        <Form.Item
          name="name"
          label={t('referenceEdit.name')}
          extra={t('referenceEdit.renameMilestoneHint')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: t('referenceEdit.name') }) },
            { max: REFERENCE_NAME_MAX, message: t('referenceEdit.tooLong', { field: t('referenceEdit.name'), max: REFERENCE_NAME_MAX }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('referenceEdit.nameEn')}
          rules={[
            {
              max: REFERENCE_NAME_EN_MAX,
              message: t('referenceEdit.tooLong', { field: t('referenceEdit.nameEn'), max: REFERENCE_NAME_EN_MAX }),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
