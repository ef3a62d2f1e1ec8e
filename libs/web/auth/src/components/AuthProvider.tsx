import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { hasErrorCode, LoginDocument, LogoutDocument, MeDocument, type SessionSignal } from '@lianzhao/web-data';
import { readSessionHint, writeSessionHint } from '../hooks/session-hint';
import { AuthContext, type Auth, type CurrentUser } from '../hooks/useAuth';

/**
 * Who is signed in. The session is an HttpOnly cookie that the API sets at sign-in and clears at
 * sign-out; the page never sees it. On load the `me` query tells whether there is a session (an
 * UNAUTHENTICATED answer: there is none); after sign-in the user comes from the login answer.
 */
export interface AuthProviderProps {
  children: ReactNode;
  /** The Apollo client's word that the session ended; without it the client goes to /login. */
  session?: SessionSignal;
}

export function AuthProvider({ children, session }: AuthProviderProps) {
  const client = useApolloClient();
  const [expired, setExpired] = useState(false);
  useEffect(() => session?.subscribe(() => setExpired(true)), [session]);
  const me = useQuery(MeDocument, { errorPolicy: 'none' });
  const [signedOut, setSignedOut] = useState(false);
  // The user of a sign-in made on this page: the `me` query may have settled as UNAUTHENTICATED
  // before it, and an errored query need not pick up the cache write.
  const [signedIn, setSignedIn] = useState<CurrentUser | null>(null);
  // Read once: later answers (`me`, sign-in, sign-out) replace it.
  const [hint] = useState(readSessionHint);
  const [login] = useMutation(LoginDocument);
  const [logout] = useMutation(LogoutDocument);

  const signIn = useCallback<Auth['signIn']>(
    async (username, password) => {
      const { data } = await login({ variables: { input: { username, password } } });
      if (!data) throw new Error('Empty login answer');
      client.writeQuery({ query: MeDocument, data: { me: data.login.user } });
      setSignedIn(data.login.user);
      writeSessionHint(data.login.user);
      setSignedOut(false);
      setExpired(false);
      return data.login.user;
    },
    [client, login],
  );

  const signOut = useCallback(() => {
    setSignedOut(true);
    setSignedIn(null);
    setExpired(false);
    writeSessionHint(null);
    // The cookie is cleared by the API; the cached data of the session goes with it.
    void logout()
      .catch(() => undefined)
      .finally(() => void client.clearStore());
  }, [client, logout]);

  const current = me.data?.me ?? null;
  // Only the API's word that there is no session drops the hint; a network failure does not.
  const noSession = !me.data && hasErrorCode(me.error, 'UNAUTHENTICATED');
  useEffect(() => {
    if (current) writeSessionHint(current);
    else if (noSession) writeSessionHint(null);
  }, [current, noSession]);
  const loading = !signedOut && !signedIn && me.loading;
  const value = useMemo<Auth>(
    () => ({
      // The `me` answer when it is about the same user (it carries later edits), else the sign-in's.
      user: signedOut ? null : current && (!signedIn || current.id === signedIn.id) ? current : signedIn,
      loading,
      pending: loading ? hint : null,
      expired,
      signIn,
      signOut,
    }),
    [current, expired, hint, loading, signIn, signOut, signedIn, signedOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
