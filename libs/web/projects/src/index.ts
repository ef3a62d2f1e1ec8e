export { ProjectsPage } from './pages/ProjectsPage';
export { ProjectDetailPage } from './pages/ProjectDetailPage';
export type { ProjectDetailPageProps } from './pages/ProjectDetailPage';
export { projectsMessages } from './messages';
