import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenPage, FullPageLoading, useT } from '@lianzhao/web-ui';
import type { Role } from '@lianzhao/web-data';
import { useAuth } from '../hooks/useAuth';
import { SessionExpiredModal } from './SessionExpiredModal';

/**
 * Sends visitors who are not signed in to /login, remembering where they wanted to go; when the
 * session ends while signed in, asks for the password over the page instead.
 *
 * While the `me` check runs, a browser that was signed in renders the page already, out of sight
 * under the spinner: its code and queries start together with `me` instead of after it. Nothing
 * shows until `me` confirms the session; without one, the page goes and the login page comes.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { user, loading, pending } = useAuth();
  const location = useLocation();
  const t = useT();
  if (loading && !pending) return <FullPageLoading tip={t('auth.checking')} />;
  if (!loading && !user) return <Navigate to="/login" replace state={{ from: location }} />;
  // The page keeps its place in the tree when `me` answers, so it is shown, not mounted again.
  return (
    <>
      {loading && <FullPageLoading tip={t('auth.checking')} />}
      <div style={{ display: loading ? 'none' : 'contents' }}>
        {children ?? <Outlet />}
      </div>
      {/* An UNAUTHENTICATED answer before `me` has spoken is `me`'s to settle (login page). */}
      {!loading && <SessionExpiredModal />}
    </>
  );
}

/**
 * Shows a 403 page to signed-in users whose role may not open this route. While `me` loads it
 * judges by the hinted user, so a page of another role is not even rendered out of sight.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const { user: confirmed, pending } = useAuth();
  const user = confirmed ?? pending;
  if (!user || !roles.includes(user.role)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
