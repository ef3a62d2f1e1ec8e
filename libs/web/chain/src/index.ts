// The library's words, registered as it loads (lazily, with its first page).
import './i18n/messages';
export { ChainMapPage } from './pages/ChainMapPage';
export type { ChainMapPageProps } from './pages/ChainMapPage';
export { ChainOverviewPage } from './pages/ChainOverviewPage';
export { ChainListPage } from './pages/ChainListPage';
export { SupplyChainPage } from './pages/SupplyChainPage';
export { RecordChainLinks } from './components/RecordChainLinks';
