import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { ROLES } from '@lianzhao/domain';
import { LoginPage, RequireAuth, RequireRole, useCurrentUser } from '@lianzhao/web-auth';
import {
  menuPages,
  NotBuiltYet,
  NotFoundPage,
  PageSkeleton,
  rolesForPath,
  type MenuEntry,
} from '@lianzhao/web-ui';
import * as page from './lazy-pages';


/**
 * The lists the cockpit's figures open (?drill=) are the staff's lists: a leader reads them too,
 * even those not in the leader's menu — 报备 (the review queue, read-only) and 基金投资 (under 基金).
 */
const REFERRAL_LIST_ROLES = [...rolesForPath('/referrals', ROLES), 'LEADER' as const];
const INVESTMENT_LIST_ROLES = rolesForPath('/funds', ROLES);

/** Menu pages built so far outside 系统设置, each with its own routes below. */
const BUILT = new Set([
  '/dashboard',
  '/leads',
  '/enterprises',
  '/projects',
  '/referrals',
  '/my-referrals',
  '/funds',
  '/my-funds',
  '/policy-qualified',
  '/chain',
  '/chain-overview',
  '/supply-chain',
]);

/** Every other menu page outside 系统设置 belongs to a later issue and shows NotBuiltYet for now. */
const NOT_BUILT: readonly MenuEntry[] = [
  ...new Map(
    ROLES.flatMap((role) => menuPages(role))
      .filter((page) => !page.path.startsWith('/settings/') && !BUILT.has(page.path))
      .map((page) => [page.path, page] as const),
  ).values(),
];

/** Whether the signed-in role reads this menu page without changing anything (区领导). */
function useReadOnly(path: string): boolean {
  const { role } = useCurrentUser();
  return menuPages(role).find((page) => page.path === path)?.readOnly ?? false;
}

function Leads() {
  return <page.LeadsPage readOnly={useReadOnly('/leads')} />;
}
function LeadDetail() {
  const { id = '' } = useParams();
  const readOnly = useReadOnly('/leads');
  return (
    <page.LeadDetailPage
      readOnly={readOnly}
      chain={
        <Lazy>
          <page.RecordChainLinks entityType="LEAD" entityId={id} readOnly={readOnly} />
        </Lazy>
      }
    />
  );
}
function Enterprises() {
  return <page.EnterprisesPage readOnly={useReadOnly('/enterprises')} />;
}
function EnterpriseDetail() {
  const { id = '' } = useParams();
  return (
    <page.EnterpriseDetailPage
      readOnly={useReadOnly('/enterprises')}
      funds={
        <Lazy>
          <page.EnterpriseInvestments enterpriseId={id} />
        </Lazy>
      }
      policies={(version) => (
        <Lazy>
          <page.EnterprisePolicyMatches enterpriseId={id} version={version} />
        </Lazy>
      )}
    />
  );
}

function ProjectDetail() {
  const { id = '' } = useParams();
  return (
    <page.ProjectDetailPage
      readOnly={useReadOnly('/projects')}
      funds={
        <Lazy>
          <page.ProjectInvestments projectId={id} />
        </Lazy>
      }
      policies={(version) => (
        <Lazy>
          <page.ProjectPolicyMatches projectId={id} version={version} />
        </Lazy>
      )}
    />
  );
}

function Funds() {
  return <page.FundsPage readOnly={useReadOnly('/funds')} />;
}
function FundDetail() {
  const { role } = useCurrentUser();
  // The 返投 rule is the administrator's to change (issue 12); officers edit everything else.
  return <page.FundDetailPage readOnly={useReadOnly('/funds')} canEditRule={role === 'ADMIN'} />;
}

function ChainMap() {
  const { role } = useCurrentUser();
  // Links and the status rule are reference data: the administrator's to edit (issue 16).
  return <page.ChainMapPage readOnly={useReadOnly('/chain')} canManage={role === 'ADMIN'} />;
}

function Cockpit() {
  const { role } = useCurrentUser();
  // Targets and their external actuals are the administrator's to set (issue 13).
  return <page.CockpitPage canEditTargets={role === 'ADMIN'} />;
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <Lazy>
              <page.Shell />
            </Lazy>
          </RequireAuth>
        }
      >
        <Route
          index
          element={
            <Lazy>
              <page.Home />
            </Lazy>
          }
        />
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
        <Route
          path="/dashboard"
          element={
            <RequireRole roles={rolesForPath('/dashboard', ROLES)}>
              <Lazy>
                <Cockpit />
              </Lazy>
            </RequireRole>
          }
        />
        <Route path="/chain" element={<RequireRole roles={rolesForPath('/chain', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <ChainMap />
              </Lazy>
            }
          />
          <Route
            path="list"
            element={
              <Lazy>
                <page.ChainListPage />
              </Lazy>
            }
          />
        </Route>
        <Route
          path="/chain-overview"
          element={
            <RequireRole roles={rolesForPath('/chain-overview', ROLES)}>
              <Lazy>
                <page.ChainOverviewPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="/supply-chain"
          element={
            <RequireRole roles={rolesForPath('/supply-chain', ROLES)}>
              <Lazy>
                <page.SupplyChainPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="/investments"
          element={
            <RequireRole roles={INVESTMENT_LIST_ROLES}>
              <Lazy>
                <page.InvestmentsPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="/policy-qualified"
          element={
            <RequireRole roles={rolesForPath('/policy-qualified', ROLES)}>
              <Lazy>
                <page.PolicyQualifiedPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route path="/leads" element={<RequireRole roles={rolesForPath('/leads', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <Leads />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <LeadDetail />
              </Lazy>
            }
          />
        </Route>
        <Route path="/enterprises" element={<RequireRole roles={rolesForPath('/enterprises', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <Enterprises />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <EnterpriseDetail />
              </Lazy>
            }
          />
        </Route>
        <Route path="/projects" element={<RequireRole roles={rolesForPath('/projects', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <page.ProjectsPage />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <ProjectDetail />
              </Lazy>
            }
          />
        </Route>
        <Route path="/funds" element={<RequireRole roles={rolesForPath('/funds', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <Funds />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <FundDetail />
              </Lazy>
            }
          />
        </Route>
        <Route path="/my-funds" element={<RequireRole roles={rolesForPath('/my-funds', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <page.MyFundsPage />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <page.MyFundDetailPage />
              </Lazy>
            }
          />
        </Route>
        <Route path="/my-referrals" element={<RequireRole roles={rolesForPath('/my-referrals', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <page.MyReferralsPage />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <page.MyReferralDetailPage />
              </Lazy>
            }
          />
        </Route>
        <Route path="/referrals" element={<RequireRole roles={REFERRAL_LIST_ROLES} />}>
          <Route
            index
            element={
              <Lazy>
                <page.ReviewQueuePage />
              </Lazy>
            }
          />
          {/* Reviewing stays with the officers and administrators. */}
          <Route element={<RequireRole roles={rolesForPath('/referrals', ROLES)} />}>
            <Route
              path=":id"
              element={
                <Lazy>
                  <page.ReferralReviewPage />
                </Lazy>
              }
            />
            <Route
              path="organizations/:id"
              element={
                <Lazy>
                  <page.OrganizationReferralsPage />
                </Lazy>
              }
            />
          </Route>
        </Route>
        <Route path="/settings" element={<RequireRole roles={rolesForPath('/settings', ROLES)} />}>
          <Route index element={<Navigate to="users" replace />} />
          <Route
            path="users"
            element={
              <Lazy>
                <page.UsersPage />
              </Lazy>
            }
          />
          <Route
            path="organizations"
            element={
              <Lazy>
                <page.OrganizationsPage />
              </Lazy>
            }
          />
          <Route
            path="sign-ins"
            element={
              <Lazy>
                <page.SignInEventsPage />
              </Lazy>
            }
          />
          <Route
            path="reference"
            element={
              <Lazy>
                <page.ReferenceDataPage />
              </Lazy>
            }
          />
          <Route
            path="policies"
            element={
              <Lazy>
                <page.PoliciesPage />
              </Lazy>
            }
          />
          <Route
            path="referral-rules"
            element={
              <Lazy>
                <page.ReferralSettingsPage />
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
