import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { passwordProblem } from '@lianzhao/domain';
import { ResetPasswordDocument, type UserRowFragment } from '@lianzhao/web-data';
import { useFormErrors, useT } from '@lianzhao/web-ui';

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
        <Form.Item
          name="newPassword"
          label={t('common.newPassword')}
          rules={[
            { required: true, message: t('validation.required', { field: t('common.newPassword') }) },
            {
              validator: (_: unknown, value: string | undefined) => {
                const problem = value ? passwordProblem(value, user.username) : null;
                return problem ? Promise.reject(new Error(t(`validation.password.${problem}`))) : Promise.resolve();
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('common.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('validation.required', { field: t('common.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
