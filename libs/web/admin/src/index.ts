export { UsersPage } from './pages/UsersPage';
export { OrganizationsPage } from './pages/OrganizationsPage';
export { ReferenceDataPage } from './pages/ReferenceDataPage';
export { SignInEventsPage } from './pages/SignInEventsPage';
