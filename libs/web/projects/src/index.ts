// The library's words, registered as it loads (lazily, with its first page).
import './i18n/messages';
export { ProjectsPage } from './pages/ProjectsPage';
export { ProjectDetailPage } from './pages/ProjectDetailPage';
export type { ProjectDetailPageProps } from './pages/ProjectDetailPage';
export { MilestoneProgress } from './components/MilestoneProgress';
