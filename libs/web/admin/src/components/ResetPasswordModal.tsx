import { useMutation } from '@apollo/client/react';
import { App, Form, Modal } from 'antd';
import { ResetPasswordDocument, type UserRowFragment } from '@lianzhao/web-data';
import { NewPasswordFields, useFormErrors, useT } from '@lianzhao/web-ui';

interface ResetValues {
  newPassword: string;
  confirmPassword: string;
}

/** 重置密码: an administrator sets a new password for a user. */
export function ResetPasswordModal({ user, onClose }: { user: UserRowFragment; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const onError = useFormErrors(form, ['newPassword']);
  const [resetPassword, { loading }] = useMutation(ResetPasswordDocument);

  const onFinish = async ({ newPassword }: ResetValues) => {
    try {
      await resetPassword({ variables: { input: { id: user.id, newPassword } } });
      void message.success(t('users.passwordReset'));
      onClose();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Modal
      open
      title={t('users.resetPasswordFor', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ResetValues> form={form} layout="vertical" onFinish={onFinish}>
        <NewPasswordFields username={user.username} />
      </Form>
    </Modal>
  );
}
