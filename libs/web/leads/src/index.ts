// The library's words, registered as it loads (lazily, with its first page).
import './i18n/messages';
export { LeadsPage } from './pages/LeadsPage';
export type { LeadsPageProps } from './pages/LeadsPage';
export { LeadDetailPage } from './pages/LeadDetailPage';
export type { LeadDetailPageProps } from './pages/LeadDetailPage';
