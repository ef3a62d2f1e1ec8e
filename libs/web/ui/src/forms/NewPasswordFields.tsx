import { Form, Input } from 'antd';
import { passwordProblem, PASSWORD_MAX_LENGTH } from '@lianzhao/domain';
import { useT } from '../hooks/useI18n';

/**
 * 新密码 and 确认新密码 (form fields `newPassword`, `confirmPassword`), checked as the API checks them:
 * the shared password policy (libs/domain) for the account named, and the two equal.
 */
export function NewPasswordFields({ username }: { username: string }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('common.newPassword')}
        rules={[
          { required: true, message: t('validation.required', { field: t('common.newPassword') }) },
          {
            validator: (_: unknown, value: string | undefined) => {
              const problem = value ? passwordProblem(value, username) : null;
              return problem ? Promise.reject(new Error(t(`validation.password.${problem}`))) : Promise.resolve();
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
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
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
      </Form.Item>
    </>
  );
}
