import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenPage, FullPageLoading, useT } from '@lianzhao/web-ui';
import type { Role } from '@lianzhao/web-data';
import { useAuth } from '../hooks/useAuth';
import { SessionExpiredModal } from './SessionExpiredModal';

/**
 * Sends visitors who are not signed in to /login, remembering where they wanted to go; when the
 * session ends while signed in, asks for the password over the page instead.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  const t = useT();
  if (loading) return <FullPageLoading tip={t('auth.checking')} />;
  if (!user) return <Navigate to="/login" replace state={{ from: location }} />;
  return (
    <>
      {children ?? <Outlet />}
      <SessionExpiredModal />
    </>
  );
}

/** Shows a 403 page to signed-in users whose role may not open this route. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const { user } = useAuth();
  if (!user || !roles.includes(user.role)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}
