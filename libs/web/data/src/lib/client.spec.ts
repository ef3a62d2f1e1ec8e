/** @jest-environment jsdom */
import { MeDocument, UsersDocument } from '../generated/graphql';
import { createApolloClient, CSRF_HEADER } from './client';

interface Recorded {
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: { operationName: string };
}

function fakeFetch(answer: unknown, calls: Recorded[]): typeof fetch {
  return async (_input, init) => {
    calls.push({
      headers: (init?.headers ?? {}) as Record<string, string>,
      credentials: init?.credentials,
      body: JSON.parse(String(init?.body)) as Recorded['body'],
    });
    const text = JSON.stringify(answer);
    return {
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: async () => text,
    } as unknown as Response;
  };
}

const meAnswer = {
  data: {
    me: {
      __typename: 'User',
      id: '1',
      username: 'admin',
      displayName: '管理员',
      role: 'ADMIN',
      organization: null,
    },
  },
};
const unauthenticated = {
  data: null,
  errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('createApolloClient', () => {
  it('relies on the session cookie: sends the CSRF header, no Authorization header, and keeps no token', async () => {
    const calls: Recorded[] = [];
    const client = createApolloClient({ fetch: fakeFetch(meAnswer, calls) });
    const result = await client.query({ query: MeDocument });
    expect(result.data?.me.displayName).toBe('管理员');
    expect(calls[0].headers[CSRF_HEADER]).toBe('1');
    expect(calls[0].credentials).toBe('same-origin');
    expect(Object.keys(calls[0].headers).map((h) => h.toLowerCase())).not.toContain('authorization');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('calls onUnauthenticated on UNAUTHENTICATED, but not for the sign-in check itself', async () => {
    const onUnauthenticated = jest.fn();
    const client = createApolloClient({ fetch: fakeFetch(unauthenticated, []), onUnauthenticated });
    await expect(client.query({ query: MeDocument })).rejects.toThrow('请先登录');
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await expect(client.query({ query: UsersDocument, variables: { first: 10 } })).rejects.toThrow('请先登录');
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
