import { useNavigate } from 'react-router';
import { useAuth, useCurrentUser } from '@lianzhao/web-auth';
import { AppLayout, HomePage } from '@lianzhao/web-ui';

/** The signed-in frame: menu for the user's role, header with sign-out. */
export function Shell() {
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  return (
    <AppLayout
      user={user}
      onSignOut={() => {
        signOut();
        navigate('/login', { replace: true });
      }}
    />
  );
}

/** 工作台 for the signed-in user. */
export function Home() {
  return <HomePage user={useCurrentUser()} />;
}
