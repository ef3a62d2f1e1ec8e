import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { MIGRATIONS, QueryCounter } from '@lianzhao/api-database';
import { PIPELINE_PATH } from '@lianzhao/domain';
import { must, startTestApi, type TestApi } from './harness';

const KEY = 'industry_code, segment_code, town_code, stage';

/** One group of leads as the rows say and as lead_stage_totals says (sums without trailing zeros). */
interface Group {
  industry_code: string;
  segment_code: string;
  town_code: string | null;
  stage: string;
  leads: number;
  planned_investment: string;
}

const CREATE = 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }';
const UPDATE = 'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { id version } }';
const MOVE = 'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id version } }';

const SUMMARY = `query ($filter: LeadFilter) { leads(first: 1, filter: $filter) {
  totalCount stageSummary { stage count plannedInvestment } } }`;

interface Summary {
  leads: { totalCount: number; stageSummary: { stage: string; count: number; plannedInvestment: string }[] };
}

describe('maintained lead counts (线索计数)', () => {
  let api: TestApi;
  let officer: string;
  let admin: string;
  let db: DataSource;
  let enterpriseId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    officer = await api.login('officer');
    admin = await api.login('admin');
    enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation { createEnterprise(input: { name: "上海奉贤计数测试有限公司" }) { id } }',
        {},
        officer,
      ),
    ).createEnterprise.id;
  });
  afterAll(() => api.close());

  /** The totals must equal COUNT(*) and SUM per group, and no group may hold a sum without leads. */
  async function expectTotalsExact(): Promise<void> {
    const fromRows = await db.query<Group[]>(
      `SELECT ${KEY}, count(*)::int AS leads, trim_scale(COALESCE(sum(planned_investment), 0))::text AS planned_investment
       FROM leads GROUP BY ${KEY} ORDER BY ${KEY}`,
    );
    const maintained = await db.query<Group[]>(
      `SELECT ${KEY}, leads, trim_scale(planned_investment)::text AS planned_investment
       FROM lead_stage_totals WHERE leads <> 0 OR planned_investment <> 0 ORDER BY ${KEY}`,
    );
    expect(maintained).toEqual(fromRows);
    expect(fromRows.length).toBeGreaterThan(0);
    await expectPipelineFactsExact();
  }

  /**
   * The cockpit funnel's facts (migration PipelineFacts) against a recount from the rows: each
   * lead's first reach of each forward stage (its first move to it or a later one) with the lead's
   * attribution now, and the daily totals of those per Shanghai day, industry, segment and stage.
   */
  async function expectPipelineFactsExact(): Promise<void> {
    const path = `(VALUES ${PIPELINE_PATH.map((stage, i) => `('${stage}', ${i + 1})`).join(', ')})`;
    const attribution = 'l.industry_code, l.segment_code, l.town_code, l.channel';
    const reachedFromHistory = await db.query(
      `SELECT c.lead_id::text AS lead_id, p.stage, min(c.at) AS first_at, ${attribution}
       FROM lead_stage_changes c JOIN ${path} t(stage, pos) ON t.stage = c.to_stage
       JOIN ${path} p(stage, pos) ON p.pos <= t.pos JOIN leads l ON l.id = c.lead_id
       GROUP BY c.lead_id, p.stage, ${attribution} ORDER BY 1, 2`,
    );
    const reached = await db.query(
      `SELECT lead_id::text AS lead_id, stage, first_at, industry_code, segment_code, town_code, channel
       FROM lead_stage_reached ORDER BY 1, 2`,
    );
    expect(reached).toEqual(reachedFromHistory);
    const daily = 'day, industry_code, segment_code, stage';
    const dailyFromRows = await db.query(
      `SELECT (first_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, industry_code, segment_code, stage, count(*)::int AS leads
       FROM lead_stage_reached GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );
    const dailyMaintained = await db.query(
      `SELECT day::text AS day, industry_code, segment_code, stage, leads FROM lead_reached_daily
       WHERE leads <> 0 ORDER BY ${daily}`,
    );
    expect(dailyMaintained).toEqual(dailyFromRows);

    // Stays: one row per move out of a stage, whole days since the move before, the previous move out of the same stage.
    const dwellFromHistory = await db.query(
      `SELECT c.id::text AS move_id, c.from_stage, c.to_stage, c.reason,
         floor(EXTRACT(EPOCH FROM c.at - (SELECT max(p.at) FROM lead_stage_changes p
           WHERE p.lead_id = c.lead_id AND (p.at, p.id) < (c.at, c.id))) / 86400)::int AS days,
         (SELECT max(p.at) FROM lead_stage_changes p WHERE p.lead_id = c.lead_id AND p.from_stage IS NOT DISTINCT FROM c.from_stage
           AND (p.at, p.id) < (c.at, c.id)) AS prev_exit_at, ${attribution}
       FROM lead_stage_changes c JOIN leads l ON l.id = c.lead_id ORDER BY 1`,
    );
    const dwell = await db.query(
      `SELECT move_id::text AS move_id, from_stage, to_stage, reason, days, prev_exit_at, industry_code, segment_code, town_code, channel
       FROM lead_stage_dwell ORDER BY 1`,
    );
    expect(dwell).toEqual(dwellFromHistory);
    const histogramFromRows = await db.query(
      `SELECT date_trunc('month', left_at AT TIME ZONE 'Asia/Shanghai')::date::text AS month, industry_code, from_stage, days,
         count(*)::int AS moves
       FROM lead_stage_dwell WHERE from_stage IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );
    const histogram = await db.query(
      `SELECT month::text AS month, industry_code, from_stage, days, moves FROM lead_dwell_monthly
       WHERE moves <> 0 ORDER BY 1, 2, 3, 4`,
    );
    expect(histogram).toEqual(histogramFromRows);
  }

  async function createLead(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
    return must(
      await api.gql<{ createLead: { id: string; version: number } }>(
        CREATE,
        {
          input: {
            enterpriseId,
            projectName: '计数项目',
            segmentCode: 'HYDROGEN',
            channel: 'SELF',
            ...input,
          },
        },
        officer,
      ),
    ).createLead;
  }

  it('gives the same totalCount added up from the stage summary as counted on its own, for every kind of stage filter', async () => {
    const COUNT_ONLY = 'query ($filter: LeadFilter) { leads(first: 1, filter: $filter) { totalCount } }';
    const filters = [
      {},
      { stages: [] },
      { stage: 'NEW' },
      { stages: ['NEW', 'SIGNED', 'LOST'] },
      { stages: ['NEW', 'SIGNED'], stage: 'SIGNED' },
      { stages: ['NEW'], stage: 'SIGNED' },
      { industryCode: 'GREEN_ENERGY', stage: 'NEW' },
      { search: '计数' },
      { search: '计数', stages: ['CONTACTED', 'NEW'] },
    ];
    for (const filter of filters) {
      const counted = must(await api.gql<{ leads: { totalCount: number } }>(COUNT_ONLY, { filter }, officer));
      const summed = must(await api.gql<Summary>(SUMMARY, { filter }, officer));
      expect({ filter, totalCount: summed.leads.totalCount }).toEqual({
        filter,
        totalCount: counted.leads.totalCount,
      });
    }
  });

  it('starts equal to the rows (demo data went through the triggers)', async () => {
    await expectTotalsExact();
  });

  it('follows creates, stage moves and edits of segment, industry, town and planned investment', async () => {
    const a = await createLead({ plannedInvestment: '1234.5678', townCode: 'NANQIAO' });
    const b = await createLead({ segmentCode: 'POLYMERS', plannedInvestment: null });
    const c = await createLead({ segmentCode: 'IVD', plannedInvestment: '0.0001', townCode: 'FENGCHENG' });
    await expectTotalsExact();

    const moved = must(
      await api.gql<{ moveLead: { version: number } }>(
        MOVE,
        { input: { id: a.id, stage: 'CONTACTED', version: a.version } },
        officer,
      ),
    ).moveLead;
    await expectTotalsExact();
    const lost = must(
      await api.gql<{ moveLead: { version: number } }>(
        MOVE,
        { input: { id: a.id, stage: 'LOST', reason: '企业撤回', version: moved.version } },
        officer,
      ),
    ).moveLead;
    await expectTotalsExact();

    // Another industry, another town, another amount — and back to no amount, no town.
    const a2 = must(
      await api.gql<{ updateLead: { version: number } }>(
        UPDATE,
        {
          input: {
            id: a.id,
            version: lost.version,
            segmentCode: 'POLYMERS',
            townCode: 'ZHELIN',
            plannedInvestment: '99',
          },
        },
        officer,
      ),
    ).updateLead;
    await expectTotalsExact();
    must(
      await api.gql(
        UPDATE,
        { input: { id: a.id, version: a2.version, plannedInvestment: null, townCode: null } },
        officer,
      ),
    );
    must(
      await api.gql(UPDATE, { input: { id: b.id, version: b.version, plannedInvestment: '5000' } }, officer),
    );
    // An edit outside the groups (notes) changes no total.
    must(await api.gql(UPDATE, { input: { id: c.id, version: c.version, notes: '只改备注' } }, officer));
    await expectTotalsExact();
  });

  it('follows an enterprise merge', async () => {
    const other = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation { createEnterprise(input: { name: "上海奉贤计数测试重复公司" }) { id } }',
        {},
        officer,
      ),
    ).createEnterprise.id;
    for (const segmentCode of ['HYDROGEN', 'IVD', 'SOLAR_CELLS']) {
      must(
        await api.gql(
          CREATE,
          {
            input: {
              enterpriseId: other,
              projectName: `并入项目${segmentCode}`,
              segmentCode,
              channel: 'SELF',
              plannedInvestment: '10',
            },
          },
          officer,
        ),
      );
    }
    must(
      await api.gql(
        CREATE,
        {
          input: {
            enterpriseId,
            projectName: '保留项目',
            segmentCode: 'IVD',
            channel: 'SELF',
            plannedInvestment: '7',
          },
        },
        officer,
      ),
    );
    await expectTotalsExact();
    must(
      await api.gql(
        'mutation ($input: MergeEnterprisesInput!) { mergeEnterprises(input: $input) { id } }',
        { input: { survivorId: enterpriseId, mergedId: other } },
        admin,
      ),
    );
    const [{ n }] = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM leads WHERE enterprise_id = $1',
      [other],
    );
    expect(n).toBe(0);
    await expectTotalsExact();
  });

  it('follows an Excel import of many rows in one transaction', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索导入');
    sheet.addRow([
      '企业名称*',
      '统一社会信用代码',
      '项目名称*',
      '细分赛道*',
      '招商渠道*',
      '来源机构',
      '意向镇街',
      '计划投资（万元）',
    ]);
    const segments = ['新型储能', '氢能关键材料及装备', '高分子材料', '生物制品', '工业互联网'];
    const towns = ['南桥镇', '奉城镇', null];
    for (let i = 0; i < 30; i++) {
      sheet.addRow([
        `上海奉贤导入计数${i}有限公司`,
        null,
        `导入计数项目${i}`,
        segments[i % 5],
        '自主招商',
        null,
        towns[i % 3],
        i % 4 === 0 ? null : String(i * 10.5),
      ]);
    }
    const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const before = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM leads');
    const result = must(
      await api.gql<{ importLeads: { ok: boolean; leadsCreated: number } }>(
        'mutation ($input: ImportLeadsInput!) { importLeads(input: $input) { ok leadsCreated } }',
        { input: { fileBase64, dryRun: false } },
        officer,
      ),
    ).importLeads;
    expect(result).toEqual({ ok: true, leadsCreated: 30 });
    const after = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM leads');
    expect(after[0].n - before[0].n).toBe(30);
    await expectTotalsExact();
  });

  it('follows deletes (the API deletes no lead; SQL does) and is emptied by TRUNCATE', async () => {
    await db.query("DELETE FROM leads WHERE project_name LIKE '导入计数项目1%' OR project_name = '保留项目'");
    await expectTotalsExact();
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('TRUNCATE leads CASCADE');
      const [{ n }] = await runner.query(
        'SELECT count(*)::int AS n FROM lead_stage_totals WHERE leads <> 0 OR planned_investment <> 0',
      );
      expect(n).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    await expectTotalsExact();
  });

  it('follows rewrites of the stage history: a move backdated, a move deleted (pipeline facts)', async () => {
    const lead = await createLead({ segmentCode: 'IVD', townCode: 'NANQIAO' });
    const moved = must(
      await api.gql<{ moveLead: { version: number } }>(
        MOVE,
        { input: { id: lead.id, stage: 'VISITED', version: lead.version } },
        officer,
      ),
    ).moveLead;
    must(await api.gql(MOVE, { input: { id: lead.id, stage: 'APPROVED', version: moved.version } }, officer));
    await expectTotalsExact();
    await db.query(
      "UPDATE lead_stage_changes SET at = at - interval '40 days' WHERE lead_id = $1 AND to_stage = 'APPROVED'",
      [lead.id],
    );
    await expectTotalsExact();
    await db.query("DELETE FROM lead_stage_changes WHERE lead_id = $1 AND to_stage = 'VISITED'", [lead.id]);
    await expectTotalsExact();
    // A move inserted with an earlier time than the lead's first reach of a stage moves the reach earlier.
    await db.query(
      `INSERT INTO lead_stage_changes (lead_id, from_stage, to_stage, actor_name, at)
       VALUES ($1, 'NEW', 'NEGOTIATING', '测试', now() - interval '400 days')`,
      [lead.id],
    );
    await expectTotalsExact();
  });

  it('is rebuilt from the rows by its migration, and the migration reverts', async () => {
    const migration = MIGRATIONS.map((M) => new M()).find((m) => m.name === 'LeadStageTotals1796056649100');
    if (!migration) throw new Error('migration LeadStageTotals is not registered');
    await db.query('UPDATE lead_stage_totals SET leads = leads + 1');
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await migration.down(runner);
      const left = await runner.query(
        "SELECT count(*)::int AS n FROM pg_class WHERE relname = 'lead_stage_totals' UNION ALL SELECT count(*)::int FROM pg_trigger WHERE tgname LIKE 'lead_stage_totals%' UNION ALL SELECT count(*)::int FROM pg_proc WHERE proname LIKE 'lead_stage_totals%'",
      );
      expect(left.map((r: { n: number }) => r.n)).toEqual([0, 0, 0]);
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    await expectTotalsExact();
    await createLead({ segmentCode: 'ICV', plannedInvestment: '3' });
    await expectTotalsExact();
  });

  describe('the board', () => {
    const STAGES = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'SIGNED', 'ON_HOLD', 'LOST'];
    const CARD =
      'edges { node { id projectName plannedInvestment enterprise { name } owner { displayName } industry { name } segment { name } } }';
    // As the web board asks: one list per column, the sums once (libs/web/leads/src/graphql/leads.graphql).
    const BOARD = `query ($orderBy: LeadOrder, ${STAGES.map((s) => `$${s}: LeadFilter`).join(', ')}) {
      ${STAGES.map((s, i) => `${s}: leads(first: 30, filter: $${s}, orderBy: $orderBy) { ${i === 0 ? 'totalCount stageSummary { stage count plannedInvestment }' : ''} ${CARD} }`).join('\n')}
    }`;
    const variables = (filter: Record<string, unknown>, orderBy?: Record<string, string>) => ({
      orderBy,
      ...Object.fromEntries(STAGES.map((stage) => [stage, { ...filter, stages: [stage] }])),
    });

    /** EXPLAIN of a recorded statement where sorting is the last resort, optionally without some indexes. */
    async function planOf(
      statement: { query: string; parameters: unknown[] },
      withoutIndexes: string[] = [],
    ): Promise<string> {
      const runner = db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query('SET LOCAL enable_sort = off');
        await runner.query('SET LOCAL enable_seqscan = off');
        for (const index of withoutIndexes) await runner.query(`DROP INDEX ${index}`);
        const rows: { 'QUERY PLAN': string }[] = await runner.query(
          `EXPLAIN (COSTS OFF) ${statement.query}`,
          statement.parameters,
        );
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    }

    it('answers one column of the board (industry and stage, by planned investment) in a bounded number of statements, its count and sums from the totals', async () => {
      QueryCounter.reset(true);
      const result = must(
        await api.gql<{ leads: { totalCount: number; edges: unknown[] } }>(
          `query ($filter: LeadFilter, $orderBy: LeadOrder) { leads(first: 2, filter: $filter, orderBy: $orderBy) {
            totalCount stageSummary { stage count plannedInvestment } ${CARD} } }`,
          {
            filter: { industryCode: 'GREEN_ENERGY', stages: ['NEW'] },
            orderBy: { field: 'PLANNED_INVESTMENT', direction: 'DESC' },
          },
          officer,
        ),
      );
      expect(result.leads.edges).toHaveLength(2);
      expect(result.leads.totalCount).toBeGreaterThan(2);
      // the caller + the page + the sums (the count is added up from them) + one per relation
      // (enterprise, owner, industry, segment)
      expect(QueryCounter.total).toBeLessThanOrEqual(7);
      const counting = QueryCounter.statements.filter((s) => /COUNT\(\*\)|SUM\(/i.test(s.query));
      expect(counting).toHaveLength(1);
      for (const s of counting) expect(s.query).toMatch(/\blead_stage_totals\b/);
    });

    it.each([
      {
        name: 'by industry, by planned investment',
        filter: { industryCode: 'GREEN_ENERGY' },
        orderBy: { field: 'PLANNED_INVESTMENT', direction: 'DESC' },
        index: 'leads_industry_stage_investment_idx',
        without: ['leads_stage_investment_idx'],
      },
      {
        name: 'unfiltered, by planned investment',
        filter: {},
        orderBy: { field: 'PLANNED_INVESTMENT', direction: 'ASC' },
        index: 'leads_stage_investment_idx',
        without: [],
      },
      {
        name: 'unfiltered, newest first',
        filter: {},
        orderBy: undefined,
        index: 'leads_stage_created_at_idx',
        without: ['leads_created_at_id_idx'],
      },
      {
        name: "an officer's own, newest first",
        filter: { ownerId: '<owner>' },
        orderBy: undefined,
        index: 'leads_owner_stage_idx',
        without: ['leads_created_at_id_idx', 'leads_stage_created_at_idx'],
      },
    ])(
      '$name: every column reads its page off $index in the list order',
      async ({ filter, orderBy, index, without }) => {
        const [{ id: ownerId }] = await db.query<{ id: string }[]>(
          "SELECT id FROM users WHERE username = 'officer'",
        );
        const own = JSON.parse(JSON.stringify(filter).replace('<owner>', ownerId)) as Record<string, unknown>;
        QueryCounter.reset(true);
        const board = must(
          await api.gql<Record<string, { edges: unknown[] }>>(BOARD, variables(own, orderBy), officer),
        );
        expect(Object.keys(board)).toHaveLength(8);
        const statements = [...QueryCounter.statements];
        const pages = statements.filter((s) => /ORDER BY/i.test(s.query) && /FROM "leads"/.test(s.query));
        expect(pages).toHaveLength(8);
        for (const page of pages) {
          const plan = await planOf(page, without);
          expect(plan).toContain(index);
          expect(plan).not.toMatch(/Sort\b/);
        }
      },
    );
  });

  describe('the API reads them where they answer and counts rows elsewhere', () => {
    let ownerId: string;
    beforeAll(async () => {
      [{ id: ownerId }] = await db.query<{ id: string }[]>("SELECT id FROM users WHERE username = 'officer'");
      // Spread the leads over stages, channels and grades, so every filter below matches some.
      const ids = await db.query<{ id: string }[]>('SELECT id FROM leads ORDER BY id');
      await db.query(
        `UPDATE leads SET stage = (ARRAY['NEW','CONTACTED','VISITED','NEGOTIATING','APPROVED','SIGNED','ON_HOLD','LOST'])[1 + (n % 8)],
           grade = (ARRAY['A','B','C',NULL])[1 + (n % 4)]
         FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM leads) s WHERE s.id = leads.id`,
      );
      expect(ids.length).toBeGreaterThan(20);
      await expectTotalsExact();
    });

    /** A filter, its SQL twin over `l` without the stage part, and the stages it keeps. */
    const CASES: {
      name: string;
      filter: Record<string, unknown>;
      where: string;
      stages?: string[];
      served: boolean;
    }[] = [
      { name: 'no filter', filter: {}, where: 'true', served: true },
      {
        name: 'industry',
        filter: { industryCode: 'GREEN_ENERGY' },
        where: "l.industry_code = 'GREEN_ENERGY'",
        served: true,
      },
      {
        name: 'industry and one stage (a board column)',
        filter: { industryCode: 'GREEN_ENERGY', stages: ['NEW'] },
        where: "l.industry_code = 'GREEN_ENERGY'",
        stages: ['NEW'],
        served: true,
      },
      {
        name: 'segment and stages',
        filter: { segmentCode: 'POLYMERS', stages: ['NEW', 'LOST'] },
        where: "l.segment_code = 'POLYMERS'",
        stages: ['NEW', 'LOST'],
        served: true,
      },
      {
        name: 'town and single stage',
        filter: { townCode: 'NANQIAO', stage: 'CONTACTED' },
        where: "l.town_code = 'NANQIAO'",
        stages: ['CONTACTED'],
        served: true,
      },
      { name: 'empty stage list', filter: { stages: [], townCode: null }, where: 'true', served: true },
      { name: 'owner', filter: { ownerId: '<owner>' }, where: 'l.owner_id = $1', served: false },
      {
        name: 'industry and channel',
        filter: { industryCode: 'GREEN_ENERGY', channels: ['SELF'] },
        where: "l.industry_code = 'GREEN_ENERGY' AND l.channel = 'SELF'",
        served: false,
      },
      {
        name: 'grade and stage',
        filter: { grades: ['A'], stages: ['VISITED'] },
        where: "l.grade = 'A'",
        stages: ['VISITED'],
        served: false,
      },
      {
        name: 'search',
        filter: { search: '导入计数' },
        where:
          "(l.project_name LIKE '%导入计数%' OR EXISTS (SELECT 1 FROM enterprises e WHERE e.id = l.enterprise_id AND e.name LIKE '%导入计数%'))",
        served: false,
      },
      {
        name: 'investment range',
        filter: { investmentMin: '10', investmentMax: '200' },
        where: 'l.planned_investment BETWEEN 10 AND 200',
        served: false,
      },
    ];

    it.each(CASES)(
      '$name: totalCount and stageSummary equal COUNT(*) and GROUP BY',
      async ({ filter, where, stages, served }) => {
        const gqlFilter = JSON.parse(JSON.stringify(filter).replace('<owner>', ownerId)) as Record<
          string,
          unknown
        >;
        const params = where.includes('$1') ? [ownerId] : [];
        QueryCounter.reset(true);
        const summary = must(await api.gql<Summary>(SUMMARY, { filter: gqlFilter }, officer)).leads;
        const counting = QueryCounter.statements.filter((s) => /COUNT\(\*\)|SUM\(/i.test(s.query));
        // The summary always, the count unless the one-row page already held every lead.
        expect(counting.length).toBeGreaterThanOrEqual(1);
        for (const s of counting) expect(/\blead_stage_totals\b/.test(s.query)).toBe(served);

        const stageSql = stages ? ` AND l.stage IN (${stages.map((s) => `'${s}'`).join(', ')})` : '';
        const [{ n }] = await db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM leads l WHERE ${where}${stageSql}`,
          params,
        );
        expect(summary.totalCount).toBe(n);
        const groups = await db.query<{ stage: string; count: number; sum: string }[]>(
          `SELECT l.stage, count(*)::int AS count, trim_scale(COALESCE(sum(l.planned_investment), 0))::text AS sum
         FROM leads l WHERE ${where} GROUP BY l.stage`,
          params,
        );
        const expected = Object.fromEntries(groups.map((g) => [g.stage, [g.count, g.sum]]));
        for (const column of summary.stageSummary) {
          expect([column.stage, column.count, column.plannedInvestment]).toEqual([
            column.stage,
            ...(expected[column.stage] ?? [0, '0']),
          ]);
        }
        expect(summary.stageSummary.reduce((total, column) => total + column.count, 0)).toBeGreaterThan(0);
      },
    );
  });
});
