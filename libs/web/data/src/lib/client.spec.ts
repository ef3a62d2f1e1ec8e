/** @jest-environment jsdom */
import { MeDocument } from '../generated/graphql';
import { createApolloClient } from './client';
import { TOKEN_KEY } from './token';

interface Recorded {
  headers: Record<string, string>;
  body: { operationName: string };
}

function fakeFetch(answer: unknown, calls: Recorded[]): typeof fetch {
  return async (_input, init) => {
    calls.push({
      headers: (init?.headers ?? {}) as Record<string, string>,
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
  beforeEach(() => localStorage.clear());

  it('sends the stored token as a Bearer header', async () => {
    localStorage.setItem(TOKEN_KEY, 'abc');
    const calls: Recorded[] = [];
    const client = createApolloClient({ fetch: fakeFetch(meAnswer, calls) });
    const result = await client.query({ query: MeDocument });
    expect(result.data?.me.displayName).toBe('管理员');
    expect(calls[0].headers['authorization'] ?? calls[0].headers['Authorization']).toBe('Bearer abc');
  });

  it('sends no Authorization header without a token', async () => {
    const calls: Recorded[] = [];
    const client = createApolloClient({ fetch: fakeFetch(meAnswer, calls) });
    await client.query({ query: MeDocument });
    expect(Object.keys(calls[0].headers).map((h) => h.toLowerCase())).not.toContain('authorization');
  });

  it('clears the token and calls onUnauthenticated on UNAUTHENTICATED', async () => {
    localStorage.setItem(TOKEN_KEY, 'expired');
    const onUnauthenticated = jest.fn();
    const client = createApolloClient({ fetch: fakeFetch(unauthenticated, []), onUnauthenticated });
    await expect(client.query({ query: MeDocument })).rejects.toThrow('请先登录');
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
