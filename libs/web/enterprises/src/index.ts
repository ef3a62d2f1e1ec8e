// The library's words, registered as it loads (lazily, with its first page).
import './i18n/messages';
export { EnterprisesPage } from './pages/EnterprisesPage';
export type { EnterprisesPageProps } from './pages/EnterprisesPage';
export { EnterpriseDetailPage } from './pages/EnterpriseDetailPage';
export type { EnterpriseDetailPageProps } from './pages/EnterpriseDetailPage';
export { EnterpriseFormModal } from './components/EnterpriseFormModal';
export type { EnterpriseFormModalProps } from './components/EnterpriseFormModal';
export { EnterpriseSelect } from './components/EnterpriseSelect';
export type { EnterpriseOption, EnterpriseSelectProps } from './components/EnterpriseSelect';
