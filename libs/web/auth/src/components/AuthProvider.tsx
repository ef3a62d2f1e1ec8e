import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { clearToken, getToken, LoginDocument, MeDocument, setToken } from '@lianzhao/web-data';
import { AuthContext, type Auth } from '../hooks/useAuth';

/**
 * Who is signed in. The access token lives in localStorage (the Apollo auth link sends it);
 * with a token present the user comes from the `me` query, after sign-in from the login answer.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setTokenState] = useState(getToken);
  const me = useQuery(MeDocument, { skip: !token });
  const [login] = useMutation(LoginDocument);

  const signIn = useCallback<Auth['signIn']>(
    async (username, password) => {
      const { data } = await login({ variables: { input: { username, password } } });
      if (!data) throw new Error('Empty login answer');
      setToken(data.login.accessToken);
      client.writeQuery({ query: MeDocument, data: { me: data.login.user } });
      setTokenState(data.login.accessToken);
      return data.login.user;
    },
    [client, login],
  );

  const signOut = useCallback(() => {
    clearToken();
    setTokenState(null);
    void client.clearStore();
  }, [client]);

  const value = useMemo<Auth>(
    () => ({
      user: token ? (me.data?.me ?? null) : null,
      loading: Boolean(token) && me.loading,
      signIn,
      signOut,
    }),
    [me.data, me.loading, signIn, signOut, token],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
