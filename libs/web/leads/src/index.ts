export { LeadsPage } from './pages/LeadsPage';
export type { LeadsPageProps } from './pages/LeadsPage';
export { LeadDetailPage } from './pages/LeadDetailPage';
export type { LeadDetailPageProps } from './pages/LeadDetailPage';
export { OwnerSelect } from './components/OwnerSelect';
export type { OwnerSelectProps } from './components/OwnerSelect';
export { PartnerSelect } from './components/PartnerSelect';
export type { PartnerSelectProps } from './components/PartnerSelect';
export { useExcelDownload } from './hooks/useExcelDownload';
