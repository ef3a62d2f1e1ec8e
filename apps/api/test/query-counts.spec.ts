import { DataSource } from 'typeorm';
import { QueryCounter } from '@lianzhao/api-database';
import { startTestApi, type GqlResult, type TestApi } from './harness';
import { webOperation } from './web-operations';

/**
 * Rows added to every list: more than the larger page, so both pages have a next page and both
 * count (a first page holding every row would skip the count and cost one statement less).
 */
const ROWS = 30;
const SMALL = 5;
const LARGE = 25;

/**
 * Each list's rows, spread over owners, enterprises, partner organisations, towns and segments, so
 * a relation resolved row by row (N+1) would show as a page of 25 costing more than a page of 5.
 * Written in SQL: the rows are fixtures here, not what is under test.
 */
async function seed(db: DataSource): Promise<void> {
  await db.query(`
    INSERT INTO organizations (name, kind, contact_name, contact_phone, certified_on, contract_starts_on, contract_ends_on)
    SELECT '计数机构' || g, (ARRAY['CHAIN_MASTER','PARK_OPERATOR','PLATFORM','FUND_MANAGER','ASSOCIATION','LOCAL_ENTERPRISE'])[1 + g % 6],
      '联系人' || g, '021-5710' || lpad(g::text, 4, '0'), CURRENT_DATE - 100, CURRENT_DATE - 100, CURRENT_DATE + 300
    FROM generate_series(1, ${ROWS}) g`);
  await db.query(`
    INSERT INTO organization_segments (organization_id, segment_code)
    SELECT o.id, s.code FROM organizations o
    CROSS JOIN LATERAL (SELECT code FROM segments ORDER BY code OFFSET abs(hashtext(o.name)) % 20 LIMIT 2) s
    WHERE o.name LIKE '计数机构%'`);
  await db.query(`
    INSERT INTO users (username, display_name, role, password_hash, organization_id)
    SELECT 'count_user' || o.rn, '计数用户' || o.rn, (ARRAY['OFFICER','LEADER','PARTNER'])[1 + o.rn % 3], 'not-a-hash',
      CASE WHEN o.rn % 3 = 2 THEN o.id END
    FROM (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM organizations WHERE name LIKE '计数机构%') o`);
  await db.query(`
    INSERT INTO enterprises (name, name_normalized, industry_code, segment_code, credit_code, headquarters_city, registered_capital)
    SELECT '计数企业' || g || '有限公司', '计数企业' || g, s.industry_code, s.code, NULL, '上海', g * 100
    FROM generate_series(1, ${ROWS}) g
    CROSS JOIN LATERAL (SELECT code, industry_code FROM segments ORDER BY code OFFSET g % 20 LIMIT 1) s`);
  // Leads of those enterprises, owned by the officers, half of them from a partner organisation.
  await db.query(`
    WITH e AS (SELECT id, industry_code, segment_code, row_number() OVER (ORDER BY name) AS rn FROM enterprises WHERE name LIKE '计数企业%'),
      u AS (SELECT id, row_number() OVER (ORDER BY username) AS rn, count(*) OVER () AS n FROM users WHERE role = 'OFFICER'),
      o AS (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM organizations WHERE name LIKE '计数机构%'),
      p AS (SELECT code, row_number() OVER (ORDER BY code) AS rn, count(*) OVER () AS n FROM places)
    INSERT INTO leads (enterprise_id, project_name, industry_code, segment_code, channel, source_organization_id, owner_id, town_code,
      planned_investment, stage)
    SELECT e.id, '计数项目' || e.rn, e.industry_code, e.segment_code, CASE WHEN e.rn % 2 = 0 THEN 'CHAIN' ELSE 'SELF' END,
      CASE WHEN e.rn % 2 = 0 THEN o.id END, u.id, p.code, e.rn * 10,
      (ARRAY['NEW','CONTACTED','VISITED','NEGOTIATING','APPROVED','SIGNED','ON_HOLD','LOST'])[1 + e.rn % 8]
    FROM e JOIN o ON o.rn = e.rn JOIN u ON u.rn = 1 + e.rn % u.n JOIN p ON p.rn = 1 + e.rn % p.n`);
  // A project for each of those leads, with its template's milestones, some done, some late.
  await db.query(`
    INSERT INTO projects (lead_id, enterprise_id, name, type, industry_code, segment_code, channel, source_organization_id, owner_id,
      town_code, contract_investment)
    SELECT l.id, l.enterprise_id, l.project_name, 'HEAVY', l.industry_code, l.segment_code, l.channel, l.source_organization_id,
      l.owner_id, l.town_code, l.planned_investment
    FROM leads l WHERE l.project_name LIKE '计数项目%'`);
  await db.query(`
    INSERT INTO project_milestones (project_id, code, position, planned_date, actual_date)
    SELECT p.id, t.code, t.position, CURRENT_DATE + (t.position * 30 - abs(hashtext(p.name)) % 90),
      CASE WHEN t.position = 0 THEN CURRENT_DATE - abs(hashtext(p.name)) % 300 END
    FROM projects p CROSS JOIN milestone_templates t
    WHERE t.project_type = 'HEAVY' AND p.name LIKE '计数项目%'`);
  // Referrals of the demo partner's organisation, in every status, some of them on those leads.
  await db.query(`
    WITH l AS (SELECT id, enterprise_id, row_number() OVER (ORDER BY project_name) AS rn FROM leads WHERE project_name LIKE '计数项目%')
    INSERT INTO referrals (organization_id, filed_by_id, company_name, name_key, industry_code, segment_code, contact_name, contact_phone,
      status, protected_until, lead_id, enterprise_id, created_at)
    SELECT u.organization_id, u.id, '计数报备' || g || '有限公司', '计数报备' || g, s.industry_code, s.code, '联系人', '13800000000',
      (ARRAY['PROTECTED','ACCEPTED','CONFLICT','EXISTING','REJECTED','EXPIRED'])[1 + g % 6],
      CASE WHEN g % 6 < 2 THEN CURRENT_DATE + g END,
      CASE WHEN g % 6 = 1 THEN l.id END, CASE WHEN g % 6 = 1 THEN l.enterprise_id END,
      -- Newest first is the lists' order: the newest (g = 1) is on a lead, so every page has one
      -- to load (rows sharing one creation time would page in random id order, and a page
      -- without a lead would cost one statement less).
      now() - g * interval '1 minute'
    FROM generate_series(1, ${ROWS}) g
    JOIN users u ON u.username = 'partner'
    JOIN l ON l.rn = g
    CROSS JOIN LATERAL (SELECT code, industry_code FROM segments ORDER BY code OFFSET g % 20 LIMIT 1) s`);
  // Funds of the fund managers among them, and an investment of each in one of those enterprises
  // with its lead and project.
  await db.query(`
    WITH o AS (SELECT id, row_number() OVER (ORDER BY name) AS rn, count(*) OVER () AS n FROM organizations WHERE kind = 'FUND_MANAGER')
    INSERT INTO funds (name, kind, manager_organization_id, size, government_contribution, vintage_date, focus_segment_codes, status,
      reinvestment_multiple, reinvestment_basis)
    SELECT '计数基金' || g, (ARRAY['GOVERNMENT_GUIDANCE','STATE_OWNED','CHAIN_MASTER','MARKET'])[1 + g % 4], o.id, g * 1000, g * 200,
      CURRENT_DATE - g * 30, ARRAY['HYDROGEN'], 'INVESTING', 1.5, 'GOVERNMENT_CONTRIBUTION'
    FROM generate_series(1, ${ROWS}) g JOIN o ON o.rn = 1 + g % o.n`);
  await db.query(`
    WITH f AS (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM funds WHERE name LIKE '计数基金%'),
      p AS (SELECT id, lead_id, enterprise_id, row_number() OVER (ORDER BY name) AS rn FROM projects WHERE name LIKE '计数项目%')
    INSERT INTO investments (fund_id, enterprise_id, amount, invested_on, round, stage, lead_id, project_id)
    SELECT f.id, p.enterprise_id, f.rn * 100, CURRENT_DATE - f.rn::int, 'A', (ARRAY['INTENDED','DECIDED','PAID'])[1 + f.rn % 3],
      p.lead_id, p.id
    FROM f JOIN p ON p.rn = f.rn`);
}

/** The funds and investments lists as the 基金 screens ask for them (funds-web replaces these with its operations). */
const FUND_LIST_OPERATION = `query Funds($first: Int) { funds(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id name kind size governmentContribution vintageDate status version manager { id name }
    rule { multiple basis } } } } }`;
const INVESTMENT_LIST_OPERATION = `query Investments($first: Int) { investments(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id amount date round stage localAmount fund { id name } enterprise { id name }
    lead { id projectName } project { id name landedOn } } } } }`;

interface ConnectionData {
  [list: string]: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
}

describe('statements per list page (no N+1)', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi({ statementCounts: true });
    for (const user of ['officer', 'admin', 'partner']) tokens[user] = await api.login(user);
    await seed(api.app.get(DataSource));
    // The embedded database starts slowly on a busy machine.
  }, 180_000);
  afterAll(() => api.close());

  async function page(operation: string, field: string, user: string, first: number): Promise<number> {
    const result: GqlResult<ConnectionData> = await api.gql<ConnectionData>(
      operation.includes('{') ? operation : webOperation(operation),
      { first },
      tokens[user],
    );
    expect(result.errors).toBeUndefined();
    const connection = result.data?.[field];
    expect(connection?.edges).toHaveLength(first);
    expect(connection?.pageInfo.hasNextPage).toBe(true);
    expect(connection?.totalCount).toBeGreaterThan(LARGE);
    const statements = result.extensions?.statements;
    if (typeof statements !== 'number') throw new Error('the response carries no statement count');
    return statements;
  }

  // Every list costs the page and its count, then one statement per relation the screen shows (a
  // DataLoader batch for the whole page), whatever the page size. The signed-in user's session row
  // and reference data (industries, segments, towns) are read once and then held by the process,
  // so each page is counted after one warm-up request: the steady state every later page sees.
  // The numbers are exact, so that a statement added to a list is a decision someone made, not an
  // accident.
  it.each([
    // the page with its enterprises and owners (pageRelations), the stage summary (its counts
    // give the totalCount)
    { list: 'leads (线索列表)', operation: 'Leads', field: 'leads', user: 'officer', statements: 2 },
    // the page with its enterprises and owners, the count, the milestones
    { list: 'projects (项目落地)', operation: 'Projects', field: 'projects', user: 'officer', statements: 3 },
    // + the leads behind the effective statuses; the filing organisations
    {
      list: 'referrals (报备审核)',
      operation: 'ReviewQueue',
      field: 'referrals',
      user: 'officer',
      statements: 4,
    },
    // the partner's own (scoped to its organisation): + leads
    {
      list: "a partner's referrals (我的报备)",
      operation: 'MyReferrals',
      field: 'referrals',
      user: 'partner',
      statements: 3,
    },
    // the page and its count only
    {
      list: 'enterprises (企业库)',
      operation: 'Enterprises',
      field: 'enterprises',
      user: 'officer',
      statements: 2,
    },
    // + organisations
    { list: 'users (用户管理)', operation: 'Users', field: 'users', user: 'admin', statements: 3 },
    // + managers
    { list: 'funds (基金)', operation: FUND_LIST_OPERATION, field: 'funds', user: 'officer', statements: 3 },
    // + funds, enterprises, leads, projects
    {
      list: 'investments (基金投资)',
      operation: INVESTMENT_LIST_OPERATION,
      field: 'investments',
      user: 'officer',
      statements: 6,
    },
    // + user counts, each organisation's segments
    {
      list: 'organizations (合作机构)',
      operation: 'Organizations',
      field: 'organizations',
      user: 'admin',
      statements: 4,
    },
  ])(
    '$list: a page of 5 and a page of 25 each cost $statements statements',
    async ({ operation, field, user, statements }) => {
      await page(operation, field, user, LARGE);
      const small = await page(operation, field, user, SMALL);
      const large = await page(operation, field, user, LARGE);
      expect({ small, large }).toEqual({ small: statements, large: statements });
    },
  );

  // A list page joins its enterprise and owner, reading only a card's columns of each when the
  // query asks for nothing else of them (ListSpec.pageRelationCards): every shape of the query
  // must still give the stored values, in one statement, with no relation batched after the page.
  it.each([
    {
      shape: 'the cards (only their columns joined)',
      node: 'enterprise { id name creditCode } owner { id displayName }',
      joined: { enterprise: 'card', owner: 'card' },
    },
    {
      shape: 'more than the cards (whole rows joined)',
      node: 'enterprise { id name creditCode headquartersCity registeredCapital industry { code } } owner { id displayName username phone }',
      joined: { enterprise: 'whole', owner: 'whole' },
    },
    {
      shape: 'no relation (none joined)',
      node: 'projectName',
      joined: { enterprise: 'none', owner: 'none' },
    },
    {
      shape: 'one of the two, through a fragment',
      node: '...Card',
      fragment: 'fragment Card on Lead { owner { displayName } }',
      joined: { enterprise: 'none', owner: 'card' },
    },
  ])(
    'a leads page reads its relations as the query shows them: $shape',
    async ({ node, fragment, joined }) => {
      const operation = `query Page($first: Int) { leads(first: $first, filter: { search: "计数项目" }) {
      totalCount edges { node { id ${node} } } } } ${fragment ?? ''}`;
      await api.gql(operation, { first: LARGE }, tokens.officer);
      QueryCounter.reset(true);
      const result = await api.gql<{
        leads: { edges: { node: Record<string, unknown> & { id: string } }[] };
      }>(operation, { first: LARGE }, tokens.officer);
      expect(result.errors).toBeUndefined();
      expect(result.extensions?.statements).toBe(2);
      const pageSql = QueryCounter.statements.find((s) => s.query.includes('"list_sort_key"'))?.query ?? '';
      // A card's columns (the owner's display name), a column only the whole row has (its username).
      const read = (alias: string, cardColumn: string, otherColumn: string) =>
        !pageSql.includes(`"${alias}"`)
          ? 'none'
          : pageSql.includes(`"${alias}"."${otherColumn}"`)
            ? 'whole'
            : pageSql.includes(`"${alias}"."${cardColumn}"`)
              ? 'card'
              : 'neither';
      expect({
        enterprise: read('l_enterprise', 'credit_code', 'address'),
        owner: read('l_owner', 'display_name', 'username'),
      }).toEqual(joined);
      const rows: Record<string, unknown>[] = await api.app.get(DataSource).query(
        `SELECT l.id, l.project_name, e.id AS e_id, e.name, e.credit_code, e.headquarters_city, trim_scale(e.registered_capital)::text AS registered_capital,
         e.industry_code, u.id AS u_id, u.display_name, u.username, u.phone
       FROM leads l JOIN enterprises e ON e.id = l.enterprise_id JOIN users u ON u.id = l.owner_id
       WHERE l.id = ANY($1)`,
        [result.data?.leads.edges.map((edge) => edge.node.id)],
      );
      const stored = new Map(rows.map((row) => [row['id'], row]));
      for (const { node: lead } of result.data?.leads.edges ?? []) {
        const row = stored.get(lead.id) ?? {};
        const expected: Record<string, unknown> = { id: lead.id };
        if (node.includes('projectName')) expected['projectName'] = row['project_name'];
        if (node.includes('enterprise')) {
          expected['enterprise'] = {
            id: row['e_id'],
            name: row['name'],
            creditCode: row['credit_code'],
            ...(node.includes('headquartersCity')
              ? {
                  headquartersCity: row['headquarters_city'],
                  registeredCapital: row['registered_capital'],
                  industry: { code: row['industry_code'] },
                }
              : {}),
          };
        }
        if (node.includes('owner {')) {
          expected['owner'] = {
            id: row['u_id'],
            displayName: row['display_name'],
            ...(node.includes('username') ? { username: row['username'], phone: row['phone'] } : {}),
          };
        }
        if (fragment) expected['owner'] = { displayName: row['display_name'] };
        expect(lead).toEqual(expected);
      }
    },
  );

  // The summary of a search is counted from the matches, which the page reads anyway: one
  // statement reads them once for both (ListQuery.page's groups). A board column's page is one
  // stage of the summary's rows, so it keeps its own statement for the summary.
  it.each([
    { shape: 'a search with its stage summary', filter: { search: '计数项目' }, statements: 1 },
    { shape: 'one stage of that search', filter: { search: '计数项目', stage: 'NEW' }, statements: 2 },
  ])(
    '$shape: $statements statement(s) for the page, its count and its summary',
    async ({ filter, statements }) => {
      const operation = `query Page($first: Int, $filter: LeadFilter) { leads(first: $first, filter: $filter) {
      totalCount stageSummary { stage count } edges { node { id } } } }`;
      type Page = { leads: { totalCount: number; stageSummary: { stage: string; count: number }[] } };
      // Once before counting, so the caller's session row is read already (as in the test above).
      await api.gql(operation, { first: SMALL, filter }, tokens.officer);
      QueryCounter.reset(true);
      const result = await api.gql<Page>(operation, { first: SMALL, filter }, tokens.officer);
      expect(result.errors).toBeUndefined();
      expect(result.extensions?.statements).toBe(statements);
      const kept =
        result.data?.leads.stageSummary.filter((s) => !filter.stage || s.stage === filter.stage) ?? [];
      expect(result.data?.leads.totalCount).toBe(kept.reduce((n, s) => n + s.count, 0));
      expect(result.data?.leads.totalCount).toBeGreaterThan(0);
    },
  );

  it('counts each request apart while requests overlap', async () => {
    const leads = () => api.gql(webOperation('Leads'), { first: SMALL }, tokens.officer);
    const users = () => api.gql(webOperation('Users'), { first: SMALL }, tokens.admin);
    // Each signed-in user's session row is held for 5 s: read it first, so every request below is
    // counted in the steady state however long the tests above took (a loaded machine is slow).
    await leads();
    await users();
    const alone = {
      leads: (await leads()).extensions?.statements,
      users: (await users()).extensions?.statements,
    };
    const together = await Promise.all([leads(), users(), leads(), users(), leads(), users()]);
    expect(together.map((r) => r.extensions?.statements)).toEqual([
      alone.leads,
      alone.users,
      alone.leads,
      alone.users,
      alone.leads,
      alone.users,
    ]);
    expect(alone.leads).not.toBe(alone.users);
  });
});
