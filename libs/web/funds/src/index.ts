// The library's words, registered as it loads (lazily, with its first page).
import './i18n/messages';
export { FundsPage } from './pages/FundsPage';
export type { FundsPageProps } from './pages/FundsPage';
export { FundDetailPage } from './pages/FundDetailPage';
export type { FundDetailPageProps } from './pages/FundDetailPage';
export { MyFundsPage } from './pages/MyFundsPage';
export { MyFundDetailPage } from './pages/MyFundDetailPage';
export { EnterpriseInvestments, ProjectInvestments } from './components/InvestmentsPanel';
export { InvestmentsPage } from './pages/InvestmentsPage';
