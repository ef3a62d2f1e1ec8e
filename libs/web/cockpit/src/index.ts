// The library's words, registered as it loads (lazily, with the page).
import './i18n/messages';
export { CockpitPage } from './pages/CockpitPage';
export type { CockpitPageProps } from './pages/CockpitPage';
