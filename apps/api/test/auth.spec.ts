import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { errorCode, startTestApi, type TestApi } from './harness';

const ME = '{ me { id username role displayName organization { id name kind } } }';

describe('sign-in and roles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ['admin', 'ADMIN', null],
    ['officer', 'OFFICER', null],
    ['officer2', 'OFFICER', null],
    ['leader', 'LEADER', null],
    ['partner', 'PARTNER', 'CHAIN_MASTER'],
    ['partner2', 'PARTNER', 'PLATFORM'],
  ])('signs in the demo account %s as %s', async (username, role, organizationKind) => {
    const login = await api.gql<{ login: { accessToken: string; expiresAt: string; user: { username: string; role: string } } }>(
      'mutation { login(input: { username: "' + username + '", password: "lianzhao-demo" }) { accessToken expiresAt user { username role } } }',
    );
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.user).toEqual({ username, role });
    expect(new Date(login.data?.login.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    const me = await api.gql<{ me: { role: string; organization: { kind: string } | null } }>(ME, {}, login.data?.login.accessToken);
    expect(me.data?.me.role).toBe(role);
    expect(me.data?.me.organization?.kind ?? null).toBe(organizationKind);
  });

  it('accepts the username in any case and with spaces around it', async () => {
    const result = await api.gql('mutation { login(input: { username: "  Officer ", password: "lianzhao-demo" }) { accessToken } }');
    expect(result.errors).toBeUndefined();
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    const wrong = await api.gql('mutation { login(input: { username: "officer", password: "wrong-password" }) { accessToken } }');
    const unknown = await api.gql('mutation { login(input: { username: "nobody", password: "wrong-password" }) { accessToken } }');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('用户名或密码错误');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('stores passwords only as scrypt hashes', async () => {
    const rows: { password_hash: string }[] = await api.app
      .get(DataSource)
      .query("SELECT password_hash FROM users WHERE username = 'officer'");
    expect(rows[0].password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(rows[0].password_hash).not.toContain('lianzhao-demo');
  });

  it('refuses an expired token', async () => {
    const me = await api.gql<{ me: { id: string } }>(ME, {}, await api.login('officer'));
    const expired = await api.app.get(JwtService).signAsync({ sub: me.data?.me.id }, { expiresIn: -10 });
    const result = await api.gql(ME, {}, expired);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toBe('登录已过期，请重新登录');
  });

  it('never sends a stack trace', async () => {
    const results = await Promise.all([
      api.gql(ME),
      api.gql('mutation { login(input: { username: "", password: "" }) { accessToken } }'),
      api.gql('{ users(first: 1000) { totalCount } }', {}, await api.login('admin')),
      api.gql('{ nosuchfield }'),
    ]);
    for (const result of results) {
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    }
  });

  it('marks every GraphQL answer no-store, data, error and parse failure alike, and sends no ETag', async () => {
    const post = (query: string) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    for (const response of await Promise.all([post('{ __typename }'), post(ME), post('{ me { id ')])) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('reports health over plain HTTP', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});
