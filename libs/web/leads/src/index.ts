export { LeadsPage } from './pages/LeadsPage';
export type { LeadsPageProps } from './pages/LeadsPage';
export { LeadDetailPage } from './pages/LeadDetailPage';
export type { LeadDetailPageProps } from './pages/LeadDetailPage';
export { leadsMessages } from './messages';
