export { AuthProvider } from './components/AuthProvider';
export { RequireAuth, RequireRole } from './components/RequireAuth';
export { AuthContext, useAuth, useCurrentUser } from './hooks/useAuth';
export type { Auth, CurrentUser } from './hooks/useAuth';
export { LoginPage } from './pages/LoginPage';
