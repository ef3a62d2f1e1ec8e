import pg from 'pg';
import { DataSource } from 'typeorm';
import {
  addDays,
  healthOfEarliestOpenPlan,
  landedOn,
  nextMilestone,
  projectHealth,
  signedOn,
  type MilestoneCode,
  type MilestoneDates,
} from '@lianzhao/domain';
import { Clock } from '@lianzhao/api-core';
import { QueryCounter } from '@lianzhao/api-database';
import { must, startTestApi, type TestApi } from './harness';

// The milestone facts the database keeps on each project row (signed_on, landed_on,
// next_milestone, earliest_open_plan) equal the libs/domain rules computed from the milestones,
// after every kind of write, through the API and in bulk SQL; and the list's sorts and health
// filters, which read those columns, equal the rules over every row.

const TODAY = '2026-03-10';
const ROW =
  'id version type health daysLate nextMilestone signedOn landedOn milestones { code plannedDate actualDate }';

interface Row {
  id: string;
  version: number;
  type: string;
  health: string;
  daysLate: number;
  nextMilestone: string | null;
  signedOn: string | null;
  landedOn: string | null;
  milestones: MilestoneDates[];
}

/** Every project's milestones in position order, read straight from the table. */
async function milestonesByProject(db: DataSource): Promise<Map<string, MilestoneDates[]>> {
  const projects: { id: string }[] = await db.query('SELECT id FROM projects');
  const rows: { project_id: string; code: MilestoneCode; planned: string | null; actual: string | null }[] =
    await db.query(
      'SELECT project_id, code, planned_date::text AS planned, actual_date::text AS actual FROM project_milestones ORDER BY project_id, position',
    );
  const out = new Map<string, MilestoneDates[]>(projects.map((p) => [p.id, []]));
  for (const r of rows)
    out.get(r.project_id)?.push({ code: r.code, plannedDate: r.planned, actualDate: r.actual });
  return out;
}

/** Rows whose stored facts disagree with the rules on their milestones, on several days (none expected). */
async function factsOffTheRule(db: DataSource): Promise<unknown[]> {
  const stored: {
    id: string;
    signed: string | null;
    landed: string | null;
    next: string | null;
    earliest: string | null;
  }[] = await db.query(
    'SELECT id, signed_on::text AS signed, landed_on::text AS landed, next_milestone AS next, earliest_open_plan::text AS earliest FROM projects',
  );
  const milestones = await milestonesByProject(db);
  const off: unknown[] = [];
  for (const row of stored) {
    const ms = milestones.get(row.id) ?? [];
    const days = [addDays(TODAY, -400), TODAY, addDays(TODAY, 25), addDays(TODAY, 400)];
    const health = days
      .map((d) => projectHealth(ms, d))
      .map(({ health, daysLate }) => ({ health, daysLate }));
    const expected = { signed: signedOn(ms), landed: landedOn(ms), next: nextMilestone(ms), health };
    const actual = {
      signed: row.signed,
      landed: row.landed,
      next: row.next,
      health: days.map((d) => healthOfEarliestOpenPlan(row.earliest, d)),
    };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) off.push({ id: row.id, ms, actual, expected });
  }
  return off;
}

/** What the API answers for a project equals the rules on the milestones it answers with. */
function expectRowFollowsRules(row: Row): void {
  const ms = row.milestones;
  const { health, daysLate } = projectHealth(ms, TODAY);
  expect({
    health: row.health,
    daysLate: row.daysLate,
    next: row.nextMilestone,
    signed: row.signedOn,
    landed: row.landedOn,
  }).toEqual({ health, daysLate, next: nextMilestone(ms), signed: signedOn(ms), landed: landedOn(ms) });
}

describe('project facts kept on the project row', () => {
  let api: TestApi;
  let db: DataSource;
  let officer: string;
  let leader: string;
  let n = 0;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    api.app.get(Clock).fix(new Date(`${TODAY}T12:00:00+08:00`));
    officer = await api.login('officer');
    leader = await api.login('leader');
  });
  afterAll(async () => {
    api.app.get(Clock).fix(null);
    await api.close();
  });

  async function gql<T>(query: string, variables: Record<string, unknown>, token = officer): Promise<T> {
    return must(await api.gql<T>(query, variables, token));
  }

  async function enterprise(): Promise<string> {
    n++;
    return (
      await gql<{ createEnterprise: { id: string } }>(
        'mutation ($name: String!) { createEnterprise(input: { name: $name }) { id } }',
        { name: `事实测试企业${n}有限公司` },
      )
    ).createEnterprise.id;
  }

  async function signLead(segmentCode = 'HYDROGEN'): Promise<Row> {
    const lead = (
      await gql<{ createLead: { id: string; version: number } }>(
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }',
        {
          input: { enterpriseId: await enterprise(), projectName: '氢能装备', segmentCode, channel: 'SELF' },
        },
      )
    ).createLead;
    const move = `mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version project { ${ROW} } } }`;
    const approved = (
      await gql<{ moveLead: { version: number } }>(move, {
        input: { id: lead.id, stage: 'APPROVED', version: lead.version },
      })
    ).moveLead;
    const signed = (
      await gql<{ moveLead: { project: Row | null } }>(move, {
        input: { id: lead.id, stage: 'SIGNED', version: approved.version },
      })
    ).moveLead.project;
    if (!signed) throw new Error('no project after signing');
    return signed;
  }

  const record = async (p: Row, code: string, actualDate: string | null) =>
    (
      await gql<{ recordMilestone: Row }>(
        `mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { ${ROW} } }`,
        { input: { projectId: p.id, version: p.version, code, actualDate } },
      )
    ).recordMilestone;
  const plan = async (p: Row, code: string, plannedDate: string | null, reason?: string) =>
    (
      await gql<{ planMilestone: Row }>(
        `mutation ($input: PlanMilestoneInput!) { planMilestone(input: $input) { ${ROW} } }`,
        { input: { projectId: p.id, version: p.version, code, plannedDate, reason } },
      )
    ).planMilestone;

  it('holds after creation on signing and by hand, from either template', async () => {
    const signed = await signLead();
    expect(signed).toMatchObject({ signedOn: TODAY, nextMilestone: 'REGISTERED', health: 'ON_TRACK' });
    expectRowFollowsRules(await signLead('SOFTWARE_IT'));
    const create = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${ROW} } }`;
    const input = {
      enterpriseId: await enterprise(),
      name: '老项目',
      segmentCode: 'HYDROGEN',
      channel: 'SELF',
      signedOn: '2024-05-01',
    };
    const light = (await gql<{ createProject: Row }>(create, { input: { ...input, type: 'LIGHT' } }))
      .createProject;
    expect(light).toMatchObject({ signedOn: '2024-05-01', landedOn: null, nextMilestone: 'REGISTERED' });
    // A template changed by the administrators shapes the next project, and its facts follow.
    await db.query(
      "INSERT INTO milestone_templates (project_type, code, position, name, name_en) VALUES ('LIGHT', 'SITE_SECURED', 4, '土地/空间落实', 'Site secured')",
    );
    try {
      const longer = (
        await gql<{ createProject: Row }>(create, { input: { ...input, enterpriseId: await enterprise() } })
      ).createProject;
      expect(longer.milestones.map((m) => m.code)).toContain('SITE_SECURED');
      expectRowFollowsRules(longer);
    } finally {
      await db.query(
        "DELETE FROM milestone_templates WHERE project_type = 'LIGHT' AND code = 'SITE_SECURED'",
      );
    }
    expect(await factsOffTheRule(db)).toEqual([]);
  });

  it('follows completion, un-completion, plans, replans and a change of type', async () => {
    let p = await signLead();
    p = await plan(p, 'REGISTERED', addDays(TODAY, 10));
    expect(p).toMatchObject({ health: 'AT_RISK', daysLate: 0 });
    p = await plan(p, 'SITE_SECURED', addDays(TODAY, -3));
    expect(p).toMatchObject({ health: 'OVERDUE', daysLate: 3, nextMilestone: 'REGISTERED' });
    p = await record(p, 'REGISTERED', TODAY);
    expect(p).toMatchObject({ landedOn: TODAY, nextMilestone: 'SITE_SECURED', health: 'OVERDUE' });
    expectRowFollowsRules(p);
    p = await plan(p, 'SITE_SECURED', addDays(TODAY, 60), '土地挂牌延期');
    expect(p).toMatchObject({ health: 'ON_TRACK', daysLate: 0 });
    p = await record(p, 'REGISTERED', null);
    expect(p).toMatchObject({ landedOn: null, nextMilestone: 'REGISTERED' });
    expectRowFollowsRules(p);
    p = await plan(p, 'REGISTERED', addDays(TODAY, -20), '注册材料退回');
    expectRowFollowsRules(p);
    expect(await factsOffTheRule(db)).toEqual([]);
    // A change of type rebuilds the milestones (delete, then insert from the other template).
    const retyped = (
      await gql<{ updateProject: Row }>(
        `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { ${ROW} } }`,
        { input: { id: p.id, version: p.version, type: 'LIGHT', name: '改为轻资产' } },
      )
    ).updateProject;
    expect(retyped.milestones.map((m) => m.code)).toEqual(['SIGNED', 'REGISTERED', 'MOVED_IN', 'OPERATING']);
    expect(retyped).toMatchObject({ health: 'OVERDUE', daysLate: 20 });
    expectRowFollowsRules(retyped);
    expect(await factsOffTheRule(db)).toEqual([]);
  });

  it('holds after bulk SQL: one INSERT … SELECT of many projects and milestones, bulk updates, deletes', async () => {
    await db.query(
      `INSERT INTO projects (enterprise_id, name, type, industry_code, segment_code, channel, owner_id, signed_on, next_milestone)
       SELECT t.enterprise_id, 'bulk-' || i, CASE WHEN i % 3 = 0 THEN 'LIGHT' ELSE 'HEAVY' END, t.industry_code,
              t.segment_code, t.channel, t.owner_id, DATE '1999-01-01', 'OPERATING'
         FROM generate_series(1, 150) AS i, (SELECT * FROM projects ORDER BY created_at LIMIT 1) AS t`,
    );
    // Projects without milestones (every 11th) keep empty facts, whatever the insert said.
    const inserted = await db.query(
      `WITH b AS (SELECT id, type, CAST(substring(name FROM 6) AS int) AS i FROM projects WHERE name LIKE 'bulk-%')
       INSERT INTO project_milestones (project_id, code, position, planned_date, actual_date)
       SELECT b.id, t.code, t.position,
              CASE WHEN (b.i + t.position) % 4 = 0 THEN NULL ELSE DATE '${TODAY}' + (b.i * 37 + t.position * 53) % 200 - 100 END,
              CASE WHEN t.position = 0 AND b.i % 9 <> 0 THEN DATE '2026-01-01' + b.i % 20
                   WHEN t.position > 0 AND t.position <= b.i % 4 THEN DATE '2026-01-01' + b.i % 20 + t.position END
         FROM b JOIN milestone_templates t ON t.project_type = b.type
        WHERE b.i % 11 <> 0`,
    );
    expect(inserted).toBeDefined();
    expect(await factsOffTheRule(db)).toEqual([]);
    const bulk = "SELECT id FROM projects WHERE name LIKE 'bulk-%'";
    await db.query(
      `UPDATE project_milestones SET planned_date = planned_date - 45 WHERE project_id IN (${bulk}) AND position % 2 = 1`,
    );
    await db.query(
      `UPDATE project_milestones SET actual_date = planned_date WHERE project_id IN (${bulk}) AND planned_date < DATE '${TODAY}' AND code <> 'SIGNED' AND position % 3 = 0`,
    );
    await db.query(
      `UPDATE project_milestones SET actual_date = NULL WHERE project_id IN (${bulk}) AND code = 'REGISTERED' AND position = 1 AND planned_date IS NULL`,
    );
    await db.query(
      `DELETE FROM project_milestones WHERE project_id IN (${bulk}) AND code IN ('SITE_SECURED', 'OPERATING')`,
    );
    await db.query("DELETE FROM projects WHERE name = 'bulk-5'");
    expect(await factsOffTheRule(db)).toEqual([]);
  });

  const pageQuery = `query ($filter: ProjectFilter, $orderBy: ProjectOrder, $after: String) {
    projects(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  interface Page {
    projects: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    };
  }
  async function listAll(filter: Record<string, unknown> | null, orderBy: Record<string, unknown> | null) {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    do {
      const page: Page['projects'] = (await gql<Page>(pageQuery, { filter, orderBy, after }, leader))
        .projects;
      if (totalCount < 0) totalCount = page.totalCount;
      ids.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { ids, totalCount };
  }

  it('sorts and filters the list by health exactly as the rules do, over every row', async () => {
    const all = await milestonesByProject(db);
    expect(all.size).toBeGreaterThan(150);
    const rows = [...all].map(([id, ms]) => ({ id, ms, health: projectHealth(ms, TODAY) }));
    const sorted = (key: (r: (typeof rows)[number]) => string | number, desc: boolean) =>
      [...rows]
        .sort((a, b) => {
          const [ka, kb] = [key(a), key(b)];
          const c = ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
          return desc ? -c : c;
        })
        .map((r) => r.id);
    const signed = (r: (typeof rows)[number]) => signedOn(r.ms) ?? '0001-01-01';
    const landed = (r: (typeof rows)[number]) => landedOn(r.ms) ?? '0001-01-01';
    // The default order is newest signed first.
    expect((await listAll(null, null)).ids).toEqual(sorted(signed, true));
    expect((await listAll(null, { field: 'SIGNED_ON', direction: 'ASC' })).ids).toEqual(
      sorted(signed, false),
    );
    expect((await listAll(null, { field: 'LANDED_ON', direction: 'DESC' })).ids).toEqual(
      sorted(landed, true),
    );
    expect((await listAll(null, { field: 'DAYS_LATE', direction: 'DESC' })).ids).toEqual(
      sorted((r) => r.health.daysLate, true),
    );
    const healths: string[][] = [['OVERDUE'], ['AT_RISK'], ['ON_TRACK'], ['OVERDUE', 'AT_RISK']];
    for (const wanted of healths) {
      const matching = rows.filter((r) => wanted.includes(r.health.health));
      const listed = await listAll({ healths: wanted }, null);
      expect({ wanted, ...listed }).toEqual({
        wanted,
        ids: sorted(signed, true).filter((id) => matching.some((r) => r.id === id)),
        totalCount: matching.length,
      });
    }
    expect(rows.filter((r) => r.health.health === 'OVERDUE').length).toBeGreaterThan(20);
  });

  it('answers health, days late, next milestone and the dates without reading milestones', async () => {
    const page = (fields: string) => `{ projects(first: 50) { edges { node { ${fields} } } } }`;
    QueryCounter.reset();
    await gql(page('id'), {}, leader);
    const bare = QueryCounter.total;
    QueryCounter.reset();
    await gql(page('id health daysLate nextMilestone signedOn landedOn'), {}, leader);
    expect(QueryCounter.total).toBe(bare);
  });

  // Two writers of one project's milestones at once: the second waits for the first and sees it.
  // The embedded database serves one connection, so this runs on PostgreSQL only.
  (process.env['DATABASE_URL'] ? it : it.skip)(
    'keeps the facts right when two transactions change one project',
    async () => {
      const p = await signLead();
      const [a, b] = [new pg.Client(api.databaseUrl), new pg.Client(api.databaseUrl)];
      await Promise.all([a.connect(), b.connect()]);
      try {
        const setPlan = 'UPDATE project_milestones SET planned_date = $2 WHERE project_id = $1 AND code = $3';
        const bPid: number = (await b.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
        await a.query('BEGIN');
        await a.query(setPlan, [p.id, addDays(TODAY, -100), 'COMPLETED']);
        await b.query('BEGIN');
        const second = b.query(setPlan, [p.id, addDays(TODAY, -50), 'FULL_OUTPUT']);
        // Commit the first only once the second is waiting for it.
        for (let i = 0; i < 100; i++) {
          const [w] = await db.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [bPid]);
          if (w?.wait_event_type === 'Lock') break;
          await new Promise((r) => setTimeout(r, 50));
        }
        await a.query('COMMIT');
        await second;
        await b.query('COMMIT');
      } finally {
        await Promise.all([a.end(), b.end()]);
      }
      const [row] = await db.query(
        'SELECT earliest_open_plan::text AS earliest FROM projects WHERE id = $1',
        [p.id],
      );
      expect(row.earliest).toBe(addDays(TODAY, -100));
      expect(await factsOffTheRule(db)).toEqual([]);
    },
  );

  it('empties the facts when the milestones are truncated', async () => {
    await db.query('TRUNCATE project_milestones');
    const [left] = await db.query(
      'SELECT count(*)::int AS n FROM projects WHERE signed_on IS NOT NULL OR landed_on IS NOT NULL OR next_milestone IS NOT NULL OR earliest_open_plan IS NOT NULL',
    );
    expect(left.n).toBe(0);
  });
});
