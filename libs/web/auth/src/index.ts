// The words of signing in again, registered as the library loads.
import './i18n/messages';
export { AuthProvider } from './components/AuthProvider';
export type { AuthProviderProps } from './components/AuthProvider';
export { ChangePasswordButton } from './components/ChangePasswordButton';
export { SessionExpiredModal } from './components/SessionExpiredModal';
export { SignInForm } from './forms/SignInForm';
export type { SignInFormProps } from './forms/SignInForm';
export { RequireAuth, RequireRole } from './components/RequireAuth';
export { AuthContext, useAuth, useCurrentUser } from './hooks/useAuth';
export type { Auth, CurrentUser } from './hooks/useAuth';
export { LoginPage } from './pages/LoginPage';
