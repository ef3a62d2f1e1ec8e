import { createContext, useContext } from 'react';
import type { CurrentUserFragment } from '@lianzhao/web-data';

export type CurrentUser = CurrentUserFragment;

export interface Auth {
  /** The signed-in user, or null when nobody is signed in. */
  user: CurrentUser | null;
  /** True while the session cookie is being checked with the `me` query. */
  loading: boolean;
  /**
   * While `me` loads: who was signed in here last (a hint kept in the browser), so the page can be
   * rendered out of sight and fire its queries together with `me`. Null once `me` has answered.
   */
  pending: CurrentUser | null;
  /** The API answered UNAUTHENTICATED while signed in: the session ended (expired, revoked). */
  expired: boolean;
  /** Signs in; rejects with the API error (UNAUTHENTICATED for wrong credentials). */
  signIn: (username: string, password: string) => Promise<CurrentUser>;
  signOut: () => void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/**
 * The signed-in user for pages behind <RequireAuth>; while `me` loads, the hinted one (the page is
 * hidden until `me` confirms, and re-renders if it names someone else).
 */
export function useCurrentUser(): CurrentUser {
  const { user: confirmed, pending } = useAuth();
  const user = confirmed ?? pending;
  if (!user) throw new Error('useCurrentUser must be used behind <RequireAuth>');
  return user;
}
