import v8 from 'node:v8';
import vm from 'node:vm';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { exceededLimit, measureOperation, QUERY_LIMITS } from '@lianzhao/api-core';
import { startTestApi, type GqlResult, type TestApi } from './harness';
import { webOperation, webOperationNames } from './web-operations';

const WEB_ORIGIN = 'https://crm.example.cn';

/** Issue 14's hostile requests, each refused before any resolver runs. */
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const LEAD_FIELDS =
  'id projectName industryCode segmentCode townCode notes plannedInvestment landNeed spaceNeed createdAt updatedAt version expectedOutput expectedSigningOn enterpriseId fundId ownerId sourceOrganizationId stageChangedAt';
const HOSTILE = {
  tenThousandAliases: aliases(10_000),
  thirtyOneAliases: aliases(31),
  deep: `{ leads(first: 1) { edges { node { ${'enterprise { leads { '.repeat(8)}id${' } }'.repeat(8)} } } } }`,
  costly: `{ ${Array.from({ length: 30 }, (_, i) => `l${i}: leads(first: 100) { edges { node { ${LEAD_FIELDS} } } }`).join(' ')} }`,
};

describe('edge hardening: GraphQL limits, HTTP headers, CORS (production settings)', () => {
  let api: TestApi;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production', WEB_ORIGIN } });
    officer = await api.login('officer');
  });
  afterAll(() => api.close());

  async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: GqlResult<unknown> }> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}`, ...headers },
      body,
    });
    return { status: response.status, json: (await response.json()) as GqlResult<unknown> };
  }
  const send = (query: string) => post(JSON.stringify({ query }));

  it.each([
    ['10,000 aliases of me { id }', HOSTILE.tenThousandAliases, 'GRAPHQL_PARSE_FAILED', undefined],
    ['31 aliases', HOSTILE.thirtyOneAliases, 'GRAPHQL_VALIDATION_FAILED', 'aliases'],
    ['nesting 20 levels deep', HOSTILE.deep, 'GRAPHQL_VALIDATION_FAILED', 'depth'],
    ['30 pages of 100 leads', HOSTILE.costly, 'GRAPHQL_VALIDATION_FAILED', 'cost'],
  ])('refuses %s before executing anything', async (_label, query, code, limit) => {
    const { status, json } = await send(query);
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions).toMatchObject({ code, ...(limit ? { limit } : {}) });
    // No `data` key at all: execution never started, so no resolver ran.
    expect(json).not.toHaveProperty('data');
  });

  it('refuses a body over 1 MB, a batch, and never suggests field names', async () => {
    const big = await post(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(big.status).toBe(413);
    expect(big.json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const batch = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(batch.status).toBe(400);
    expect(batch.json).not.toHaveProperty('data');
    const typo = await send('{ me { idd } }');
    expect(typo.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(typo.json)).not.toMatch(/Did you mean/);
  });

  it('has no introspection and no GraphiQL page in production', async () => {
    const introspection = await send('{ __schema { types { name } } }');
    expect(introspection.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await fetch(`${api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql|<html/i);
  });

  it('keeps serving others while hostile requests arrive, and memory stays bounded over 200 of them (tools/hostile.mjs runs 1,000 and times them)', async () => {
    const body = JSON.stringify({ query: HOSTILE.tenThousandAliases });
    // What the process keeps after a full collection: resident memory only ever grows with the
    // heap's high-water mark (and with every other spec of this worker), so it says nothing of a leak.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const retained = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = retained();
    for (let round = 0; round < 20; round++) {
      const hostile = Array.from({ length: 10 }, () => post(body));
      const [ordinary, ...refused] = await Promise.all([send('{ me { username } }'), ...hostile]);
      expect(ordinary.json.data).toEqual({ me: { username: 'officer' } });
      for (const r of refused) expect(r.status).toBe(400);
    }
    // The API runs in this process: the refusals must not keep what they parsed (each body is
    // 150 kB; 200 kept would be 30 MB).
    const grown = retained() - before;
    console.info(`heap retained after 200 hostile requests: ${(grown / 1048576).toFixed(1)} MB more`);
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it('lets every operation of the web client through the limits', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const names = webOperationNames();
    expect(names.length).toBeGreaterThan(50);
    const over = names.flatMap((name) => {
      const document = parse(webOperation(name), { maxTokens: QUERY_LIMITS.tokens });
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (!operation) return [name];
      // Variables unset: a page size given by a variable counts as the largest the kit allows.
      const limit = exceededLimit(measureOperation(schema, document, operation));
      return limit ? [`${name}: ${limit}`] : [];
    });
    expect(over).toEqual([]);
  });

  it('sends security headers and compresses', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}`, 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: webOperation('Leads'), variables: { first: 100 } }),
    });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      'referrer-policy': 'no-referrer',
      'content-encoding': 'gzip',
    });
    expect(response.headers.has('x-powered-by')).toBe(false);
  });

  it('answers CORS for the configured web origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(WEB_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(WEB_ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('takes only importLeads on the import route, whose body may exceed 1 MB', async () => {
    const other = await fetch(`${api.baseUrl}/graphql/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(other.status).toBe(400);
    expect(((await other.json()) as GqlResult<unknown>).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const large = await fetch(`${api.baseUrl}/graphql/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}` },
      body: JSON.stringify({
        query: 'mutation ($input: ImportLeadsInput!) { importLeads(input: $input) { ok } }',
        variables: { input: { fileBase64: 'A'.repeat(2 * 1024 * 1024), dryRun: true } },
      }),
    });
    const answer = (await large.json()) as GqlResult<unknown>;
    // Past the body limit: the import itself reads the (nonsense) file and says so on its field.
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
