import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { ReferralCountsDocument } from '@lianzhao/web-data';
import { ChangePasswordButton, useAuth, useCurrentUser } from '@lianzhao/web-auth';
import { AppLayout, HomePage, menuPages } from '@lianzhao/web-ui';
import { GlobalSearch } from '@lianzhao/web-search';
import { NotificationBell } from '@lianzhao/web-notifications';
import { prefetchWhenIdle } from './route-chunks';

/** The signed-in frame: menu for the user's role, header with sign-out. */
export function Shell() {
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  // 报备审核 shows how many referrals wait for an officer's decision.
  const reviews = user.role === 'OFFICER' || user.role === 'ADMIN';
  const counts = useQuery(ReferralCountsDocument, { skip: !reviews, pollInterval: 60_000 });
  const pending = counts.data?.referralCounts.pending ?? 0;
  const kind = user.organization?.kind;
  useEffect(() => prefetchWhenIdle(menuPages(user.role, kind).map((page) => page.path)), [user.role, kind]);
  return (
    <AppLayout
      user={user}
      badges={{ '/referrals': pending }}
      headerExtra={
        <>
          <GlobalSearch role={user.role} />
          <NotificationBell role={user.role} />
          <ChangePasswordButton />
        </>
      }
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
