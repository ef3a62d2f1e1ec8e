import { lazy } from 'react';

// Every page and page part loads with the route that shows it (React.lazy), each library as one
// chunk on first visit: none of them comes with the login page.
// The signed-in frame (menu, header) is not needed to sign in: it loads with the first page behind it.
const shell = () => import('./Shell');
export const Shell = lazy(() => shell().then((m) => ({ default: m.Shell })));
export const Home = lazy(() => shell().then((m) => ({ default: m.Home })));

// Settings are for administrators only: loaded on first visit, not with the login page.
const admin = () => import('@lianzhao/web-admin');
export const UsersPage = lazy(() => admin().then((m) => ({ default: m.UsersPage })));
export const OrganizationsPage = lazy(() => admin().then((m) => ({ default: m.OrganizationsPage })));
export const SignInEventsPage = lazy(() => admin().then((m) => ({ default: m.SignInEventsPage })));
export const ReferenceDataPage = lazy(() => admin().then((m) => ({ default: m.ReferenceDataPage })));

// The pipeline and the register: loaded on first visit, not with the login page.
const leads = () => import('@lianzhao/web-leads');
const enterprises = () => import('@lianzhao/web-enterprises');
export const LeadsPage = lazy(() => leads().then((m) => ({ default: m.LeadsPage })));
export const LeadDetailPage = lazy(() => leads().then((m) => ({ default: m.LeadDetailPage })));
export const EnterprisesPage = lazy(() => enterprises().then((m) => ({ default: m.EnterprisesPage })));
export const EnterpriseDetailPage = lazy(() => enterprises().then((m) => ({ default: m.EnterpriseDetailPage })));
const projects = () => import('@lianzhao/web-projects');
export const ProjectsPage = lazy(() => projects().then((m) => ({ default: m.ProjectsPage })));
export const ProjectDetailPage = lazy(() => projects().then((m) => ({ default: m.ProjectDetailPage })));

// 报备: the partner portal and the officers' review, loaded on first visit.
const referrals = () => import('@lianzhao/web-referrals');
export const MyReferralsPage = lazy(() => referrals().then((m) => ({ default: m.MyReferralsPage })));
export const MyReferralDetailPage = lazy(() => referrals().then((m) => ({ default: m.MyReferralDetailPage })));
export const ReviewQueuePage = lazy(() => referrals().then((m) => ({ default: m.ReviewQueuePage })));
export const ReferralReviewPage = lazy(() => referrals().then((m) => ({ default: m.ReferralReviewPage })));
export const OrganizationReferralsPage = lazy(() =>
  referrals().then((m) => ({ default: m.OrganizationReferralsPage })),
);
export const ReferralSettingsPage = lazy(() => referrals().then((m) => ({ default: m.ReferralSettingsPage })));

// 基金: the list and fund pages, the fund manager's 我的基金, and the 基金 tabs of the
// enterprise and project pages, loaded on first use.
const funds = () => import('@lianzhao/web-funds');
export const FundsPage = lazy(() => funds().then((m) => ({ default: m.FundsPage })));
export const FundDetailPage = lazy(() => funds().then((m) => ({ default: m.FundDetailPage })));
export const MyFundsPage = lazy(() => funds().then((m) => ({ default: m.MyFundsPage })));
export const MyFundDetailPage = lazy(() => funds().then((m) => ({ default: m.MyFundDetailPage })));
export const InvestmentsPage = lazy(() => funds().then((m) => ({ default: m.InvestmentsPage })));
export const EnterpriseInvestments = lazy(() => funds().then((m) => ({ default: m.EnterpriseInvestments })));
export const ProjectInvestments = lazy(() => funds().then((m) => ({ default: m.ProjectInvestments })));

// 政策匹配: the 政策库, 免申即享 and the 可享政策 cards of the project and enterprise pages, loaded on first use.
const policies = () => import('@lianzhao/web-policies');
export const PoliciesPage = lazy(() => policies().then((m) => ({ default: m.PoliciesPage })));
export const PolicyQualifiedPage = lazy(() => policies().then((m) => ({ default: m.PolicyQualifiedPage })));
export const ProjectPolicyMatches = lazy(() => policies().then((m) => ({ default: m.ProjectPolicyMatches })));
export const EnterprisePolicyMatches = lazy(() => policies().then((m) => ({ default: m.EnterprisePolicyMatches })));

// 驾驶舱: the only page that loads ECharts (itself only once its first chart draws).
const chain = () => import('@lianzhao/web-chain');
export const ChainMapPage = lazy(() => chain().then((m) => ({ default: m.ChainMapPage })));
export const ChainOverviewPage = lazy(() => chain().then((m) => ({ default: m.ChainOverviewPage })));
export const ChainListPage = lazy(() => chain().then((m) => ({ default: m.ChainListPage })));
export const SupplyChainPage = lazy(() => chain().then((m) => ({ default: m.SupplyChainPage })));
export const RecordChainLinks = lazy(() => chain().then((m) => ({ default: m.RecordChainLinks })));
export const CockpitPage = lazy(() => import('@lianzhao/web-cockpit').then((m) => ({ default: m.CockpitPage })));
