import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ROLES } from '@lianzhao/domain';
import { LoginPage, RequireAuth, RequireRole } from '@lianzhao/web-auth';
import {
  FullPageLoading,
  menuPages,
  NotBuiltYet,
  NotFoundPage,
  rolesForPath,
  type MenuEntry,
} from '@lianzhao/web-ui';
import { Home, Shell } from './Shell';

// Settings are for administrators only: loaded on first visit, not with the login page.
const admin = () => import('@lianzhao/web-admin');
const UsersPage = lazy(() => admin().then((m) => ({ default: m.UsersPage })));
const OrganizationsPage = lazy(() => admin().then((m) => ({ default: m.OrganizationsPage })));
const ReferenceDataPage = lazy(() => admin().then((m) => ({ default: m.ReferenceDataPage })));

/** Every menu page outside 系统设置 belongs to a later issue and shows NotBuiltYet for now. */
const NOT_BUILT: readonly MenuEntry[] = [
  ...new Map(
    ROLES.flatMap((role) => menuPages(role))
      .filter((page) => !page.path.startsWith('/settings/'))
      .map((page) => [page.path, page] as const),
  ).values(),
];

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageLoading />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Shell />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        {NOT_BUILT.map((page) => (
          <Route
            key={page.path}
            path={page.path}
            element={
              <RequireRole roles={rolesForPath(page.path, ROLES)}>
                <NotBuiltYet title={page.label} />
              </RequireRole>
            }
          />
        ))}
        <Route path="/settings" element={<RequireRole roles={rolesForPath('/settings', ROLES)} />}>
          <Route index element={<Navigate to="users" replace />} />
          <Route
            path="users"
            element={
              <Lazy>
                <UsersPage />
              </Lazy>
            }
          />
          <Route
            path="organizations"
            element={
              <Lazy>
                <OrganizationsPage />
              </Lazy>
            }
          />
          <Route
            path="reference"
            element={
              <Lazy>
                <ReferenceDataPage />
              </Lazy>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
