import { useState } from 'react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { fieldErrors, hasErrorCode } from '@lianzhao/web-data';
import { useErrorMessage, useT, zhCN } from '@lianzhao/web-ui';
import { useAuth, type CurrentUser } from '../hooks/useAuth';

interface SignInValues {
  username: string;
  password: string;
}

export interface SignInFormProps {
  /** Called with the user once signed in. */
  onSignedIn: (user: CurrentUser) => void;
  /** Filled in when signing in again as the same user; the password field then takes the focus. */
  username?: string;
}

/** Username, password and 登录: the login page's form, and the one over a page whose session expired. */
export function SignInForm({ onSignedIn, username }: SignInFormProps) {
  const t = useT();
  const toMessage = useErrorMessage();
  const { signIn } = useAuth();
  const [form] = Form.useForm<SignInValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onFinish = async (values: SignInValues) => {
    setAlert(null);
    setSubmitting(true);
    try {
      onSignedIn(await signIn(values.username.trim(), values.password));
    } catch (error) {
      const byField = Object.entries(fieldErrors(error)).filter(
        ([name]) => name === 'username' || name === 'password',
      );
      if (byField.length > 0) {
        form.setFields(byField.map(([name, msg]) => ({ name: name as keyof SignInValues, errors: [msg] })));
      } else {
        // The API answers UNAUTHENTICATED with its own reason (wrong credentials, account disabled);
        // the common one is translated, any other is shown as the server words it.
        const text = toMessage(error);
        setAlert(
          hasErrorCode(error, 'UNAUTHENTICATED') && text === zhCN['login.badCredentials']
            ? t('login.badCredentials')
            : text,
        );
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
      <Form<SignInValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark={false}
        initialValues={{ username }}
      >
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('login.username') }),
            },
          ]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus={!username} maxLength={64} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('validation.required', { field: t('login.password') }) }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            autoFocus={Boolean(username)}
            maxLength={128}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('login.submit')}
        </Button>
      </Form>
    </>
  );
}
