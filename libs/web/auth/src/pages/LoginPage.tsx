import { Flex, theme } from 'antd';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { canOpen, LanguageSwitch, useT } from '@lianzhao/web-ui';
import { SignInForm } from '../forms/SignInForm';
import { useAuth, type CurrentUser } from '../hooks/useAuth';

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
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();

  if (user) return <Navigate to={landingFor(user, location.state)} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      {/* A plain panel, not antd's Card or Typography: they bring Tabs, Menu and Tooltip into the
          first download, which every visitor pays for. */}
      <section
        style={{
          width: 'calc(100% - 32px)',
          maxWidth: 380,
          boxSizing: 'border-box',
          padding: 24,
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          border: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <h1
          style={{
            textAlign: 'center',
            margin: '0 0 8px',
            fontSize: token.fontSizeHeading3,
            fontWeight: 600,
          }}
        >
          {t('app.title')}
        </h1>
        <p style={{ textAlign: 'center', margin: '0 0 24px', color: token.colorTextSecondary }}>
          {t('login.title')}
        </p>
        <SignInForm
          onSignedIn={(signedIn) => navigate(landingFor(signedIn, location.state), { replace: true })}
        />
      </section>
    </Flex>
  );
}
