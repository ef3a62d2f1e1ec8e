import { DataSource } from 'typeorm';
import { Clock } from '@lianzhao/api-core';
import { hashingLoad, MAX_CONCURRENT_HASHES, resetHashingPeak } from '@lianzhao/api-users';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { errorCode, startTestApi, type GqlResult, type TestApi } from './harness';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

interface Answer {
  code: string | undefined;
  message: string | undefined;
  retryAfterSeconds?: unknown;
}

/**
 * Sign-in throttling, bounded hashing, the sign-in log and the cookie session. The API trusts
 * X-Forwarded-For from loopback here, so each test signs in from addresses of its own.
 */
describe('sign-in protection', () => {
  let api: TestApi;
  let clock: Clock;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi({ trustedProxies: ['loopback'] });
    clock = api.app.get(Clock);
    admin = await api.login('admin');
  });
  afterEach(() => clock.fix(null));
  afterAll(() => api.close());

  async function post<T>(body: unknown, headers: Record<string, string> = {}): Promise<{ response: Response; result: GqlResult<T> }> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { response, result: (await response.json()) as GqlResult<T> };
  }

  async function attempt(username: string, password: string, address: string): Promise<Answer> {
    const { result } = await post<{ login: { accessToken: string } }>(
      { query: LOGIN, variables: { input: { username, password } } },
      { 'x-forwarded-for': address, 'user-agent': 'sign-in-spec' },
    );
    const error = result.errors?.[0];
    if (!error) return { code: 'OK', message: undefined };
    const answer: Answer = { code: errorCode(result), message: error.message };
    if (error.extensions?.['retryAfterSeconds'] !== undefined) answer.retryAfterSeconds = error.extensions['retryAfterSeconds'];
    return answer;
  }

  const wrong: Answer = { code: 'UNAUTHENTICATED', message: '用户名或密码错误' };
  const throttled = (seconds: number): Answer => ({
    code: 'TOO_MANY_REQUESTS',
    message: `登录失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`,
    retryAfterSeconds: seconds,
  });

  it('throttles an account after 5 failures with the same answers whether or not it exists, before hashing', async () => {
    const t0 = new Date('2026-03-02T01:00:00Z');
    const sequence = async (username: string, address: string) => {
      clock.fix(t0);
      const answers: Answer[] = [];
      for (let i = 0; i < 6; i++) answers.push(await attempt(username, 'wrong-password-1', address));
      return answers;
    };
    const real = await sequence('officer', '198.51.100.1');
    const ghost = await sequence('nobody.here', '198.51.100.2');
    expect(real).toEqual([wrong, wrong, wrong, wrong, wrong, throttled(60)]);
    expect(ghost).toEqual(real);

    // Throttled means refused before any hash: even the right password is not checked.
    const hashesBefore = hashingLoad().total;
    expect(await attempt('officer', DEMO_PASSWORD, '198.51.100.3')).toEqual(throttled(60));
    expect(hashingLoad().total).toBe(hashesBefore);
  });

  it('lengthens the cooling-off with each further failure, and a success starts the count again', async () => {
    const t0 = new Date('2026-03-03T01:00:00Z');
    const at = (seconds: number) => clock.fix(new Date(t0.getTime() + seconds * 1000));
    at(0);
    for (let i = 0; i < 5; i++) expect(await attempt('leader', 'wrong-password-1', '198.51.100.10')).toEqual(wrong);
    expect(await attempt('leader', 'wrong-password-1', '198.51.100.10')).toEqual(throttled(60));
    at(30);
    expect(await attempt('leader', 'wrong-password-1', '198.51.100.11')).toEqual(throttled(30));
    at(61);
    expect(await attempt('leader', 'wrong-password-1', '198.51.100.10')).toEqual(wrong);
    expect(await attempt('leader', 'wrong-password-1', '198.51.100.10')).toEqual(throttled(120));
    at(61 + 121);
    expect(await attempt('leader', 'wrong-password-1', '198.51.100.10')).toEqual(wrong);
    expect(await attempt('leader', 'wrong-password-1', '198.51.100.10')).toEqual(throttled(240));
    at(61 + 121 + 241);
    expect(await attempt('leader', DEMO_PASSWORD, '198.51.100.10')).toEqual({ code: 'OK', message: undefined });
    expect(await attempt('leader', 'wrong-password-1', '198.51.100.10')).toEqual(wrong);
  });

  it('throttles an address after 20 failures, whatever usernames it tries, counting the shared log', async () => {
    const t0 = new Date('2026-03-04T01:00:00Z');
    // 19 failures logged by "another API process" (the throttle reads the table, not memory), then one here.
    await api.app.get(DataSource).query(
      `INSERT INTO sign_in_events (username, address, result, created_at)
       SELECT 'guess' || n, '203.0.113.7', 'WRONG_CREDENTIALS', $1::timestamptz - n * interval '1 second'
         FROM generate_series(1, 19) n`,
      [t0],
    );
    clock.fix(t0);
    expect(await attempt('guess.last', 'wrong-password-1', '203.0.113.7')).toEqual(wrong);
    expect(await attempt('fresh.name', 'wrong-password-1', '203.0.113.7')).toEqual(throttled(60));
    expect(await attempt('admin', DEMO_PASSWORD, '203.0.113.7')).toEqual(throttled(60));
    // Another address is unaffected.
    expect((await attempt('admin', DEMO_PASSWORD, '203.0.113.8')).code).toBe('OK');
  });

  it('keeps a year of 登录记录: older entries go as new attempts are recorded', async () => {
    const t0 = new Date('2026-06-01T01:00:00Z');
    const db = api.app.get(DataSource);
    await db.query(
      `INSERT INTO sign_in_events (username, address, result, created_at)
       VALUES ('old.one', '198.51.100.99', 'WRONG_CREDENTIALS', $1::timestamptz - interval '366 days'),
              ('kept.one', '198.51.100.99', 'WRONG_CREDENTIALS', $1::timestamptz - interval '364 days')`,
      [t0],
    );
    clock.fix(t0);
    await attempt('retention', 'wrong-password-1', '198.51.100.98');
    const rows = (await db.query(
      `SELECT username FROM sign_in_events WHERE username IN ('old.one', 'kept.one', 'retention') ORDER BY username`,
    )) as { username: string }[];
    expect(rows.map((r) => r.username)).toEqual(['kept.one', 'retention']);
  });

  it(`runs at most ${MAX_CONCURRENT_HASHES} hashes at once under a burst, refusing what cannot wait`, async () => {
    resetHashingPeak();
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) => attempt(`burst${i}`, 'wrong-password-1', `192.0.2.${i + 1}`)),
    );
    expect(hashingLoad().peak).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(hashingLoad().peak).toBeGreaterThan(0);
    for (const answer of answers) {
      expect([wrong, { code: 'TOO_MANY_REQUESTS', message: '登录请求过多，请稍后再试', retryAfterSeconds: 5 }]).toContainEqual(answer);
    }
    // Other requests are served meanwhile, and afterwards nothing is left waiting.
    expect(hashingLoad()).toMatchObject({ running: 0, waiting: 0 });
    expect((await api.gql('{ me { id } }', {}, admin)).errors).toBeUndefined();
  });

  it('lists every attempt for admins in 登录记录, with filters and export', async () => {
    const list = await api.gql<{
      signInEvents: { totalCount: number; edges: { node: { username: string; address: string; userAgent: string; result: string } }[] };
    }>(
      '{ signInEvents(first: 10, filter: { username: "officer", results: [WRONG_CREDENTIALS, THROTTLED] }) { totalCount edges { node { username address userAgent result } } } }',
      {},
      admin,
    );
    expect(list.errors).toBeUndefined();
    // Five wrong passwords and two refusals (one with the right password) in the first test.
    expect(list.data?.signInEvents.totalCount).toBe(7);
    expect(list.data?.signInEvents.edges.map((e) => e.node)).toContainEqual({
      username: 'officer',
      address: '198.51.100.3',
      userAgent: 'sign-in-spec',
      result: 'THROTTLED',
    });
    const byAddress = await api.gql<{ signInEvents: { totalCount: number } }>(
      '{ signInEvents(filter: { address: "203.0.113.7" }) { totalCount } }',
      {},
      admin,
    );
    expect(byAddress.data?.signInEvents.totalCount).toBe(22);
    const throttledOnly = await api.gql<{ signInEvents: { totalCount: number } }>(
      '{ signInEvents(filter: { address: "203.0.113.7", results: [THROTTLED], from: "2026-03-04", to: "2026-03-04" }) { totalCount } }',
      {},
      admin,
    );
    expect(throttledOnly.data?.signInEvents.totalCount).toBe(2);
    const exported = await api.gql<{ signInEventsExport: { filename: string; contentBase64: string } }>(
      '{ signInEventsExport(filter: { username: "officer" }) { filename contentBase64 } }',
      {},
      admin,
    );
    expect(exported.data?.signInEventsExport.filename).toMatch(/^登录记录-\d{8}-\d{4}\.xlsx$/);
    expect(Buffer.from(exported.data?.signInEventsExport.contentBase64 ?? '', 'base64').subarray(0, 2).toString()).toBe('PK');
    const officer = await api.login('officer2');
    expect(errorCode(await api.gql('{ signInEvents { totalCount } }', {}, officer))).toBe('FORBIDDEN');
  });

  describe('session cookie', () => {
    let cookie: string;

    it('sets an HttpOnly, SameSite=Strict cookie on sign-in, Secure only over HTTPS', async () => {
      const plain = await post({ query: LOGIN, variables: { input: { username: 'partner', password: DEMO_PASSWORD } } });
      const setCookie = plain.response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^lianzhao_session=[\w.-]+; Max-Age=\d+; Path=\/; Expires=.+; HttpOnly; SameSite=Strict$/);
      cookie = setCookie.split(';')[0];
      const https = await post(
        { query: LOGIN, variables: { input: { username: 'partner', password: DEMO_PASSWORD } } },
        { 'x-forwarded-proto': 'https' },
      );
      expect(https.response.headers.get('set-cookie')).toMatch(/; Secure; SameSite=Strict$/);
    });

    it('serves a cookie request that carries the CSRF header, and refuses one without it', async () => {
      const me = await post<{ me: { username: string } }>({ query: '{ me { username } }' }, { cookie, 'x-lianzhao-csrf': '1' });
      expect(me.result.data?.me.username).toBe('partner');

      const forged = await post({ query: '{ me { username } }' }, { cookie });
      expect(forged.response.status).toBe(403);
      expect(errorCode(forged.result)).toBe('FORBIDDEN');
      // A GET (no body to forge a mutation with) is refused too, by Apollo's CSRF prevention or the guard.
      const get = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ me { username } }')}`, { headers: { cookie } });
      expect(get.ok).toBe(false);
    });

    it('still accepts bearer tokens without any CSRF header', async () => {
      const token = await api.login('partner');
      const me = await post<{ me: { username: string } }>({ query: '{ me { username } }' }, { authorization: `Bearer ${token}` });
      expect(me.result.data?.me.username).toBe('partner');
    });

    it('clears the cookie on logout', async () => {
      const out = await post<{ logout: boolean }>({ query: 'mutation { logout }' }, { cookie, 'x-lianzhao-csrf': '1' });
      expect(out.result.data?.logout).toBe(true);
      expect(out.response.headers.get('set-cookie')).toMatch(/^lianzhao_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    });
  });
});
