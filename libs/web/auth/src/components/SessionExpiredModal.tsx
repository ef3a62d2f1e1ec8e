import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Modal, theme } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { refetchFailedQueries } from '@lianzhao/web-data';
import { useT } from '@lianzhao/web-ui';
import { SignInForm } from '../forms/SignInForm';
import { useAuth } from '../hooks/useAuth';

/**
 * Over the page whose session ended: says so and signs the user in again without leaving it, so
 * an open dialog keeps what was typed and the failed action can simply be submitted again. Above
 * every other dialog (antd's start at 1000).
 */
export function SessionExpiredModal() {
  const t = useT();
  const { user, expired, signOut } = useAuth();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();
  if (!user) return null;
  return (
    <Modal
      open={expired}
      title={t('session.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={null}
      zIndex={2000}
      destroyOnHidden
      width={400}
    >
      <Alert type="warning" showIcon title={t('session.expired')} style={{ marginBottom: 8 }} />
      <p style={{ color: token.colorTextSecondary }}>{t('session.keep')}</p>
      <SignInForm
        username={user.username}
        onSignedIn={(signedIn) => {
          // Someone else signed in: this page and its data were the other user's.
          if (signedIn.id !== user.id) window.location.assign('/');
          else void refetchFailedQueries(client);
        }}
      />
      <Button
        type="link"
        block
        style={{ marginTop: 8 }}
        onClick={() => {
          signOut();
          // The login page brings the user back here.
          navigate('/login', { replace: true, state: { from: location } });
        }}
      >
        {t('session.toLogin')}
      </Button>
    </Modal>
  );
}
