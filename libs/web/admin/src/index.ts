// The library's words, registered as it loads.
import './i18n/messages';
export { UsersPage } from './pages/UsersPage';
export { OrganizationsPage } from './pages/OrganizationsPage';
export { ReferenceDataPage } from './pages/ReferenceDataPage';
export { SignInEventsPage } from './pages/SignInEventsPage';
