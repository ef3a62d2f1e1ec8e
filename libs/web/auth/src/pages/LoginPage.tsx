import { useState } from 'react';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { fieldErrors, hasErrorCode } from '@lianzhao/web-data';
import { canOpen, LanguageSwitch, useErrorMessage, useT, zhCN } from '@lianzhao/web-ui';
import { useAuth, type CurrentUser } from '../hooks/useAuth';

interface LoginValues {
  username: string;
  password: string;
}

/**
 * Where to go after signing in: back to the page that sent the visitor here, if the role that
 * just signed in may open it (someone else may sign in after a sign-out), else 工作台.
 */
function landingFor(user: CurrentUser, state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || !canOpen(user.role, from.pathname, user.organization?.kind)) return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  const t = useT();
  const toMessage = useErrorMessage();
  const { user, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginValues>();
  const [alert, setAlert] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (user) return <Navigate to={landingFor(user, location.state)} replace />;

  const onFinish = async ({ username, password }: LoginValues) => {
    setAlert(null);
    setSubmitting(true);
    try {
      const signedIn = await signIn(username.trim(), password);
      navigate(landingFor(signedIn, location.state), { replace: true });
    } catch (error) {
      const byField = Object.entries(fieldErrors(error)).filter(
        ([name]) => name === 'username' || name === 'password',
      );
      if (byField.length > 0) {
        form.setFields(byField.map(([name, msg]) => ({ name: name as keyof LoginValues, errors: [msg] })));
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
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.title')}
        </Typography.Paragraph>
        {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} />}
        <Form<LoginValues> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
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
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('validation.required', { field: t('login.password') }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
