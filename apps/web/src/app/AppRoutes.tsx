import { lazy, Suspense, type ReactNode } from 'react';
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

// The signed-in frame (menu, header) is not needed to sign in: it loads with the first page behind it.
const shell = () => import('./Shell');
const Shell = lazy(() => shell().then((m) => ({ default: m.Shell })));
const Home = lazy(() => shell().then((m) => ({ default: m.Home })));

// Settings are for administrators only: loaded on first visit, not with the login page.
const admin = () => import('@lianzhao/web-admin');
const UsersPage = lazy(() => admin().then((m) => ({ default: m.UsersPage })));
const OrganizationsPage = lazy(() => admin().then((m) => ({ default: m.OrganizationsPage })));
const SignInEventsPage = lazy(() => admin().then((m) => ({ default: m.SignInEventsPage })));
const ReferenceDataPage = lazy(() => admin().then((m) => ({ default: m.ReferenceDataPage })));

// The pipeline and the register: loaded on first visit, not with the login page.
const leads = () => import('@lianzhao/web-leads');
const enterprises = () => import('@lianzhao/web-enterprises');
const LeadsPage = lazy(() => leads().then((m) => ({ default: m.LeadsPage })));
const LeadDetailPage = lazy(() => leads().then((m) => ({ default: m.LeadDetailPage })));
const EnterprisesPage = lazy(() => enterprises().then((m) => ({ default: m.EnterprisesPage })));
const EnterpriseDetailPage = lazy(() => enterprises().then((m) => ({ default: m.EnterpriseDetailPage })));
const projects = () => import('@lianzhao/web-projects');
const ProjectsPage = lazy(() => projects().then((m) => ({ default: m.ProjectsPage })));
const ProjectDetailPage = lazy(() => projects().then((m) => ({ default: m.ProjectDetailPage })));

// 报备: the partner portal and the officers' review, loaded on first visit.
const referrals = () => import('@lianzhao/web-referrals');
const MyReferralsPage = lazy(() => referrals().then((m) => ({ default: m.MyReferralsPage })));
const MyReferralDetailPage = lazy(() => referrals().then((m) => ({ default: m.MyReferralDetailPage })));
const ReviewQueuePage = lazy(() => referrals().then((m) => ({ default: m.ReviewQueuePage })));
const ReferralReviewPage = lazy(() => referrals().then((m) => ({ default: m.ReferralReviewPage })));
const OrganizationReferralsPage = lazy(() =>
  referrals().then((m) => ({ default: m.OrganizationReferralsPage })),
);
const ReferralSettingsPage = lazy(() => referrals().then((m) => ({ default: m.ReferralSettingsPage })));

// 基金: the list and fund pages, the fund manager's 我的基金, and the 基金 tabs of the
// enterprise and project pages, loaded on first use.
const funds = () => import('@lianzhao/web-funds');
const FundsPage = lazy(() => funds().then((m) => ({ default: m.FundsPage })));
const FundDetailPage = lazy(() => funds().then((m) => ({ default: m.FundDetailPage })));
const MyFundsPage = lazy(() => funds().then((m) => ({ default: m.MyFundsPage })));
const MyFundDetailPage = lazy(() => funds().then((m) => ({ default: m.MyFundDetailPage })));
const InvestmentsPage = lazy(() => funds().then((m) => ({ default: m.InvestmentsPage })));
const EnterpriseInvestments = lazy(() => funds().then((m) => ({ default: m.EnterpriseInvestments })));
const ProjectInvestments = lazy(() => funds().then((m) => ({ default: m.ProjectInvestments })));

// 政策匹配: the 政策库, 免申即享 and the 可享政策 cards of the project and enterprise pages, loaded on first use.
const policies = () => import('@lianzhao/web-policies');
const PoliciesPage = lazy(() => policies().then((m) => ({ default: m.PoliciesPage })));
const PolicyQualifiedPage = lazy(() => policies().then((m) => ({ default: m.PolicyQualifiedPage })));
const ProjectPolicyMatches = lazy(() => policies().then((m) => ({ default: m.ProjectPolicyMatches })));
const EnterprisePolicyMatches = lazy(() => policies().then((m) => ({ default: m.EnterprisePolicyMatches })));

// 驾驶舱: the only page that loads ECharts (itself only once its first chart draws).
const chain = () => import('@lianzhao/web-chain');
const ChainMapPage = lazy(() => chain().then((m) => ({ default: m.ChainMapPage })));
const ChainOverviewPage = lazy(() => chain().then((m) => ({ default: m.ChainOverviewPage })));
const ChainListPage = lazy(() => chain().then((m) => ({ default: m.ChainListPage })));
const SupplyChainPage = lazy(() => chain().then((m) => ({ default: m.SupplyChainPage })));
const RecordChainLinks = lazy(() => chain().then((m) => ({ default: m.RecordChainLinks })));
const CockpitPage = lazy(() => import('@lianzhao/web-cockpit').then((m) => ({ default: m.CockpitPage })));

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
  return <LeadsPage readOnly={useReadOnly('/leads')} />;
}
function LeadDetail() {
  const { id = '' } = useParams();
  const readOnly = useReadOnly('/leads');
  return (
    <LeadDetailPage
      readOnly={readOnly}
      chain={
        <Lazy>
          <RecordChainLinks entityType="LEAD" entityId={id} readOnly={readOnly} />
        </Lazy>
      }
    />
  );
}
function Enterprises() {
  return <EnterprisesPage readOnly={useReadOnly('/enterprises')} />;
}
function EnterpriseDetail() {
  const { id = '' } = useParams();
  return (
    <EnterpriseDetailPage
      readOnly={useReadOnly('/enterprises')}
      funds={
        <Lazy>
          <EnterpriseInvestments enterpriseId={id} />
        </Lazy>
      }
      policies={(version) => (
        <Lazy>
          <EnterprisePolicyMatches enterpriseId={id} version={version} />
        </Lazy>
      )}
    />
  );
}

function ProjectDetail() {
  const { id = '' } = useParams();
  return (
    <ProjectDetailPage
      readOnly={useReadOnly('/projects')}
      funds={
        <Lazy>
          <ProjectInvestments projectId={id} />
        </Lazy>
      }
      policies={(version) => (
        <Lazy>
          <ProjectPolicyMatches projectId={id} version={version} />
        </Lazy>
      )}
    />
  );
}

function Funds() {
  return <FundsPage readOnly={useReadOnly('/funds')} />;
}
function FundDetail() {
  const { role } = useCurrentUser();
  // The 返投 rule is the administrator's to change (issue 12); officers edit everything else.
  return <FundDetailPage readOnly={useReadOnly('/funds')} canEditRule={role === 'ADMIN'} />;
}

function ChainMap() {
  const { role } = useCurrentUser();
  // Links and the status rule are reference data: the administrator's to edit (issue 16).
  return <ChainMapPage readOnly={useReadOnly('/chain')} canManage={role === 'ADMIN'} />;
}

function Cockpit() {
  const { role } = useCurrentUser();
  // Targets and their external actuals are the administrator's to set (issue 13).
  return <CockpitPage canEditTargets={role === 'ADMIN'} />;
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
              <Shell />
            </Lazy>
          </RequireAuth>
        }
      >
        <Route
          index
          element={
            <Lazy>
              <Home />
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
                <ChainListPage />
              </Lazy>
            }
          />
        </Route>
        <Route
          path="/chain-overview"
          element={
            <RequireRole roles={rolesForPath('/chain-overview', ROLES)}>
              <Lazy>
                <ChainOverviewPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="/supply-chain"
          element={
            <RequireRole roles={rolesForPath('/supply-chain', ROLES)}>
              <Lazy>
                <SupplyChainPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="/investments"
          element={
            <RequireRole roles={INVESTMENT_LIST_ROLES}>
              <Lazy>
                <InvestmentsPage />
              </Lazy>
            </RequireRole>
          }
        />
        <Route
          path="/policy-qualified"
          element={
            <RequireRole roles={rolesForPath('/policy-qualified', ROLES)}>
              <Lazy>
                <PolicyQualifiedPage />
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
                <ProjectsPage />
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
                <MyFundsPage />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <MyFundDetailPage />
              </Lazy>
            }
          />
        </Route>
        <Route path="/my-referrals" element={<RequireRole roles={rolesForPath('/my-referrals', ROLES)} />}>
          <Route
            index
            element={
              <Lazy>
                <MyReferralsPage />
              </Lazy>
            }
          />
          <Route
            path=":id"
            element={
              <Lazy>
                <MyReferralDetailPage />
              </Lazy>
            }
          />
        </Route>
        <Route path="/referrals" element={<RequireRole roles={REFERRAL_LIST_ROLES} />}>
          <Route
            index
            element={
              <Lazy>
                <ReviewQueuePage />
              </Lazy>
            }
          />
          {/* Reviewing stays with the officers and administrators. */}
          <Route element={<RequireRole roles={rolesForPath('/referrals', ROLES)} />}>
            <Route
              path=":id"
              element={
                <Lazy>
                  <ReferralReviewPage />
                </Lazy>
              }
            />
            <Route
              path="organizations/:id"
              element={
                <Lazy>
                  <OrganizationReferralsPage />
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
            path="sign-ins"
            element={
              <Lazy>
                <SignInEventsPage />
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
          <Route
            path="policies"
            element={
              <Lazy>
                <PoliciesPage />
              </Lazy>
            }
          />
          <Route
            path="referral-rules"
            element={
              <Lazy>
                <ReferralSettingsPage />
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
