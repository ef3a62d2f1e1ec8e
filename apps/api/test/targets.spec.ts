import { DataSource } from 'typeorm';
import { TARGET_METRIC_DEFINITIONS } from '@lianzhao/domain';
import { Clock } from '@lianzhao/api-core';
import { errorCode, fieldErrors, startTestApi, type GqlResult, type TestApi } from './harness';

// 年度目标 over HTTP (issue 13): the seeded 2027 targets, computed actuals from the projects' and
// funds' own rules (period edges in Shanghai days, the as-of day), entered actuals with their
// source and who entered them, versioned target edits, field errors and who may do what.
// Computed figures are asserted in 2030, a year the demo data (dated around the real today) never reaches.

const PROGRESS = `year metric name unit unitLabel comparator accumulation source target targetNote targetVersion
  targetUpdatedByName actual actualDay share met yearElapsed trend { month day value }
  lastEntry { periodEnd value sourceNote enteredByName enteredById year } drill { kind }`;

interface Progress {
  year: number;
  metric: string;
  name: string;
  unit: string;
  unitLabel: string;
  comparator: string;
  accumulation: string;
  source: string;
  target: string | null;
  targetNote: string | null;
  targetVersion: number | null;
  targetUpdatedByName: string | null;
  actual: string | null;
  actualDay: string | null;
  share: string | null;
  met: boolean | null;
  yearElapsed: string;
  trend: { month: string; day: string; value: string }[];
  lastEntry: {
    periodEnd: string;
    value: string;
    sourceNote: string;
    enteredByName: string;
    enteredById: string | null;
    year: number;
  } | null;
  drill: { kind: string } | null;
}

const TARGETS = `query ($year: Int!) { targets(year: $year) { ${PROGRESS} } }`;
const DASHBOARD = `query ($filter: DashboardFilter) { dashboard(filter: $filter) { period { from to asOf } targets { ${PROGRESS} } } }`;
const SET_TARGET = `mutation ($input: SetTargetInput!) { setTarget(input: $input) { ${PROGRESS} } }`;
const RECORD = `mutation ($input: RecordTargetActualInput!) { recordTargetActual(input: $input) { ${PROGRESS} } }`;

/** Noon in Shanghai on `date`. */
const shanghai = (date: string) => new Date(`${date}T12:00:00+08:00`);

function must<T>(result: GqlResult<T>): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe('年度目标', () => {
  let api: TestApi;
  let db: DataSource;
  let admin: string;
  let officer: string;
  let leader: string;
  let partner: string;
  let adminId: string;
  let n = 0;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    admin = await api.login('admin');
    officer = await api.login('officer');
    leader = await api.login('leader');
    partner = await api.login('partner');
    adminId = must(await api.gql<{ me: { id: string } }>('{ me { id } }', {}, admin)).me.id;
  });
  afterAll(async () => {
    api.app.get(Clock).fix(null);
    await api.close();
  });

  const at = (date: string) => api.app.get(Clock).fix(shanghai(date));
  const targets = async (year: number, token = leader) =>
    must(await api.gql<{ targets: Progress[] }>(TARGETS, { year }, token)).targets;
  const one = async (year: number, metric: string, token = leader) =>
    (await targets(year, token)).find((p) => p.metric === metric) as Progress;
  const dashboardTargets = async (filter: Record<string, unknown>) =>
    must(await api.gql<{ dashboard: { targets: Progress[] } }>(DASHBOARD, { filter }, leader)).dashboard
      .targets;

  /** A project with its 工商注册 (and optionally 土地/空间落实) actual dates, created as the officer. */
  async function project(input: {
    segmentCode: string;
    contractInvestment?: string;
    landArea?: string;
    landed?: string;
    siteSecured?: string;
  }): Promise<void> {
    n++;
    const enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name: `目标测试企业${n}有限公司` } },
        officer,
      ),
    ).createEnterprise.id;
    let p = must(
      await api.gql<{ createProject: { id: string; version: number } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }',
        {
          input: {
            enterpriseId,
            name: `目标测试项目${n}`,
            segmentCode: input.segmentCode,
            channel: 'SELF',
            signedOn: '2029-06-01',
            contractInvestment: input.contractInvestment ?? null,
            landArea: input.landArea ?? null,
          },
        },
        officer,
      ),
    ).createProject;
    for (const [code, actualDate] of [
      ['REGISTERED', input.landed],
      ['SITE_SECURED', input.siteSecured],
    ] as const) {
      if (!actualDate) continue;
      p = must(
        await api.gql<{ recordMilestone: { id: string; version: number } }>(
          'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id version } }',
          { input: { projectId: p.id, code, actualDate, version: p.version } },
          officer,
        ),
      ).recordMilestone;
    }
  }

  it('is seeded with the 2027 targets of DOMAIN.md, shown in each metric’s unit', async () => {
    const rows = await targets(2027);
    expect(rows.map((r) => r.metric)).toEqual(TARGET_METRIC_DEFINITIONS.map((d) => d.code));
    for (const d of TARGET_METRIC_DEFINITIONS) {
      const row = rows.find((r) => r.metric === d.code) as Progress;
      expect({
        metric: row.metric,
        target: row.target,
        unit: row.unit,
        source: row.source,
        name: row.name,
      }).toEqual({
        metric: d.code,
        target: d.target2027,
        unit: d.unit,
        source: d.source,
        name: d.label.zh,
      });
    }
    const output = rows.find((r) => r.metric === 'INDUSTRIAL_OUTPUT') as Progress;
    expect(output).toMatchObject({
      unitLabel: '亿元',
      comparator: 'EQ',
      accumulation: 'PER_YEAR',
      targetVersion: 1,
    });
    expect(rows.find((r) => r.metric === 'HIGH_TECH_ENTERPRISES')).toMatchObject({
      comparator: 'GT',
      unitLabel: '家',
    });
    // Stored in 万元 like every amount; shown in 亿元 exactly.
    const [stored] = await db.query(
      "SELECT value FROM targets WHERE year = 2027 AND metric = 'INDUSTRIAL_OUTPUT'",
    );
    expect(Number(stored.value)).toBe(36000000);
  });

  it('computes the leading industries’ landed investment and the land secured per year, in Shanghai days', async () => {
    at('2029-12-31');
    await project({
      segmentCode: 'BIOLOGICS',
      contractInvestment: '7000',
      landArea: '20',
      landed: '2029-12-30',
      siteSecured: '2029-12-31',
    });
    at('2030-06-15');
    await project({
      segmentCode: 'BIOLOGICS',
      contractInvestment: '12345.6789',
      landArea: '150.5',
      landed: '2030-03-31',
      siteSecured: '2030-04-01',
    });
    await project({ segmentCode: 'HYDROGEN', contractInvestment: '0.0001', landed: '2030-01-01' });
    // The "N" industry is not one of the four leading ones.
    await project({ segmentCode: 'TRADE', contractInvestment: '5000', landed: '2030-02-01' });
    // Not landed: no 工商注册 actual date.
    await project({ segmentCode: 'HYDROGEN', contractInvestment: '900' });

    const invested = await one(2030, 'LEADING_INDUSTRY_INVESTMENT_LANDED');
    expect(invested).toMatchObject({
      source: 'COMPUTED',
      unit: 'YI_YUAN',
      actual: '1.2345679',
      actualDay: '2030-06-15',
      target: null,
      share: null,
      met: null,
      lastEntry: null,
    });
    expect(invested.trend).toEqual([
      { month: '2030-01', day: '2030-01-31', value: '0.00000001' },
      { month: '2030-02', day: '2030-02-28', value: '0.00000001' },
      { month: '2030-03', day: '2030-03-31', value: '1.2345679' },
      { month: '2030-04', day: '2030-04-30', value: '1.2345679' },
      { month: '2030-05', day: '2030-05-31', value: '1.2345679' },
      { month: '2030-06', day: '2030-06-15', value: '1.2345679' },
    ]);
    const land = await one(2030, 'MANUFACTURING_LAND');
    expect(land).toMatchObject({ actual: '150.5', unit: 'MU' });
    expect(land.trend.map((p) => p.value)).toEqual(['0', '0', '0', '150.5', '150.5', '150.5']);
    // 2029 holds the project landed on 12-30 and the land secured on 12-31, not the 2030 ones.
    expect(await one(2029, 'LEADING_INDUSTRY_INVESTMENT_LANDED')).toMatchObject({
      actual: '0.7',
      actualDay: '2029-12-31',
    });
    expect(await one(2029, 'MANUFACTURING_LAND')).toMatchObject({ actual: '20' });
    // A year that has not begun has no actual yet.
    expect(await one(2031, 'MANUFACTURING_LAND')).toMatchObject({
      actual: null,
      trend: [],
      yearElapsed: '0.0000',
    });
    // 165 of 365 days of 2030 have passed at the end of 06-14… and of 06-15: 166.
    expect(land.yearElapsed).toBe((166 / 365).toFixed(4));
  });

  it('reproduces computed figures as of a past day, and against a target gives the share', async () => {
    const asOf = await dashboardTargets({ asOf: '2030-03-30' });
    expect(asOf.find((p) => p.metric === 'LEADING_INDUSTRY_INVESTMENT_LANDED')).toMatchObject({
      year: 2030,
      actual: '0.00000001',
      actualDay: '2030-03-30',
    });
    expect(asOf.find((p) => p.metric === 'MANUFACTURING_LAND')?.actual).toBe('0');
    const set = must(
      await api.gql<{ setTarget: Progress }>(
        SET_TARGET,
        {
          input: {
            year: 2030,
            metric: 'LEADING_INDUSTRY_INVESTMENT_LANDED',
            value: '2.4691358',
            note: '年初会议确定',
          },
        },
        admin,
      ),
    ).setTarget;
    expect(set).toMatchObject({
      target: '2.4691358',
      actual: '1.2345679',
      share: '0.5',
      met: false,
      targetVersion: 1,
    });
    expect(set).toMatchObject({ targetNote: '年初会议确定', targetUpdatedByName: '系统管理员' });
  });

  it('takes the funds’ leverage and invested 科创 projects from the 返投 totals', async () => {
    const totals = must(
      await api.gql<{ fundTotals: { leverageScale: string; sciTechProjects: number } }>(
        '{ fundTotals { leverageScale sciTechProjects } }',
        {},
        leader,
      ),
    ).fundTotals;
    const rows = await targets(2030);
    const leverage = rows.find((r) => r.metric === 'FUND_LEVERAGE') as Progress;
    const yi = (wan: string) => (Number(wan) / 10000).toString();
    expect(leverage.actual).toBe(yi(totals.leverageScale));
    expect(leverage.trend).toEqual([{ month: '2030-06', day: '2030-06-15', value: leverage.actual }]);
    expect(rows.find((r) => r.metric === 'SCI_TECH_INVESTMENTS')?.actual).toBe(
      String(totals.sciTechProjects),
    );
  });

  it('records entered actuals with their source and who entered them; the latest figure stands', async () => {
    at('2030-04-10');
    must(
      await api.gql(
        RECORD,
        {
          input: {
            metric: 'INDUSTRIAL_OUTPUT',
            periodEnd: '2030-03-31',
            value: '800.5',
            sourceNote: '区统计局一季度快报',
          },
        },
        admin,
      ),
    );
    at('2030-06-15');
    const may = must(
      await api.gql<{ recordTargetActual: Progress }>(
        RECORD,
        {
          input: {
            metric: 'INDUSTRIAL_OUTPUT',
            periodEnd: '2030-05-31',
            value: '1,500',
            sourceNote: '区统计局 1–5 月快报',
          },
        },
        admin,
      ),
    ).recordTargetActual;
    expect(may).toMatchObject({
      actual: '1500',
      actualDay: '2030-05-31',
      lastEntry: {
        periodEnd: '2030-05-31',
        value: '1500',
        sourceNote: '区统计局 1–5 月快报',
        enteredByName: '系统管理员',
        enteredById: adminId,
        year: 2030,
      },
    });
    expect(may.trend).toEqual([
      { month: '2030-03', day: '2030-03-31', value: '800.5' },
      { month: '2030-04', day: '2030-04-30', value: '800.5' },
      { month: '2030-05', day: '2030-05-31', value: '1500' },
      { month: '2030-06', day: '2030-06-15', value: '1500' },
    ]);
    // A correction of the March figure, entered in June: now it stands, but not as of April.
    must(
      await api.gql(
        RECORD,
        {
          input: {
            metric: 'INDUSTRIAL_OUTPUT',
            periodEnd: '2030-03-31',
            value: '810',
            sourceNote: '一季度修正数',
          },
        },
        admin,
      ),
    );
    expect((await one(2030, 'INDUSTRIAL_OUTPUT')).trend[0]).toEqual({
      month: '2030-03',
      day: '2030-03-31',
      value: '810',
    });
    const april = (await dashboardTargets({ asOf: '2030-04-30' })).find(
      (p) => p.metric === 'INDUSTRIAL_OUTPUT',
    ) as Progress;
    expect(april).toMatchObject({
      actual: '800.5',
      actualDay: '2030-03-31',
      lastEntry: { sourceNote: '区统计局一季度快报' },
    });
    // Stored in 万元.
    const stored = await db.query(
      "SELECT value FROM target_actuals WHERE metric = 'INDUSTRIAL_OUTPUT' ORDER BY period_end, entered_at",
    );
    expect(stored.map((r: { value: string }) => Number(r.value))).toEqual([8005000, 8100000, 15000000]);
  });

  it('carries a cumulative figure into the next year, a per-year one not', async () => {
    for (const metric of ['SPECIALIZED_ENTERPRISES', 'APPLICATION_SCENARIOS']) {
      must(
        await api.gql(
          RECORD,
          { input: { metric, periodEnd: '2029-12-31', value: '12', sourceNote: '2029 年报' } },
          admin,
        ),
      );
    }
    expect(await one(2030, 'SPECIALIZED_ENTERPRISES')).toMatchObject({
      actual: '12',
      actualDay: '2029-12-31',
    });
    expect(await one(2030, 'APPLICATION_SCENARIOS')).toMatchObject({ actual: null, lastEntry: null });
    expect(await one(2029, 'APPLICATION_SCENARIOS')).toMatchObject({ actual: '12', yearElapsed: '1.0000' });
  });

  it('edits a target with its version; a stale version is a CONFLICT; both writes are audited', async () => {
    const first = (await one(2027, 'GREEN_FACTORIES')) as Progress;
    const edited = must(
      await api.gql<{ setTarget: Progress }>(
        SET_TARGET,
        { input: { year: 2027, metric: 'GREEN_FACTORIES', value: '35', version: first.targetVersion } },
        admin,
      ),
    ).setTarget;
    expect(edited).toMatchObject({ target: '35', targetVersion: 2, targetNote: null });
    const stale = await api.gql(
      SET_TARGET,
      { input: { year: 2027, metric: 'GREEN_FACTORIES', value: '40', version: 1 } },
      admin,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const unversioned = await api.gql(
      SET_TARGET,
      { input: { year: 2027, metric: 'GREEN_FACTORIES', value: '40' } },
      admin,
    );
    expect(errorCode(unversioned)).toBe('CONFLICT');
    expect((await one(2027, 'GREEN_FACTORIES')).target).toBe('35');

    const trail = await db.query(
      "SELECT entity_type, action, actor_name, changes, note FROM audit_entries WHERE entity_type IN ('Target', 'TargetActual') ORDER BY at, id",
    );
    const update = trail.find((e: { action: string }) => e.action === 'UPDATE');
    // A target is set as a whole: the form sends its note too, and none clears the seeded one.
    expect(update.changes).toEqual([
      { field: 'value', before: '30', after: '35' },
      { field: 'note', before: '2027 年目标（沪奉府发〔2024〕20号）', after: null },
    ]);
    expect(
      trail
        .filter((e: { entity_type: string }) => e.entity_type === 'Target')
        .map((e: { action: string }) => e.action),
    ).toEqual(['CREATE', 'UPDATE']);
    expect(trail.filter((e: { entity_type: string }) => e.entity_type === 'TargetActual')).toHaveLength(5);
    expect(trail.every((e: { actor_name: string }) => e.actor_name === '系统管理员')).toBe(true);
  });

  it.each([
    [{ year: 2030, metric: 'GREEN_FACTORIES', value: '1.005' }, { value: '目标值最多保留 2 位小数' }],
    [{ year: 2030, metric: 'GREEN_FACTORIES', value: '-3' }, { value: '目标值不能为负数' }],
    [{ year: 2030, metric: 'STRATEGIC_EMERGING_SHARE', value: '120' }, { value: '目标值占比不能超过 100%' }],
    [{ year: 2030, metric: 'GREEN_FACTORIES', value: '' }, { value: '请输入目标值' }],
    [{ year: 1999, metric: 'GREEN_FACTORIES', value: '3' }, { year: '年度不能早于 2020' }],
    [
      { year: 2030, metric: 'GREEN_FACTORIES', value: '3', note: '长'.repeat(501) },
      { note: '说明最多 500 个字' },
    ],
  ])('refuses target input %# with field errors', async (input, fields) => {
    const result = await api.gql(SET_TARGET, { input }, admin);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual(fields);
  });

  it.each([
    [
      { metric: 'MANUFACTURING_LAND', periodEnd: '2030-05-31', value: '10', sourceNote: '手工' },
      { metric: '「制造业用地新增和消化」由系统根据项目和基金数据计算，不能填报' },
    ],
    [
      { metric: 'FUND_LEVERAGE', periodEnd: '2030-05-31', value: '10', sourceNote: '手工' },
      { metric: '「政府引导基金撬动规模」由系统根据项目和基金数据计算，不能填报' },
    ],
    [
      { metric: 'INDUSTRIAL_OUTPUT', periodEnd: '2030-06-16', value: '10', sourceNote: '快报' },
      { periodEnd: '截止日期不能晚于今天' },
    ],
    [
      { metric: 'INDUSTRIAL_OUTPUT', periodEnd: '2030-02-30', value: '10', sourceNote: '快报' },
      { periodEnd: '请输入有效日期（如 2025-03-15）' },
    ],
    [
      { metric: 'INDUSTRIAL_OUTPUT', periodEnd: '2030-05-31', value: '10', sourceNote: '  ' },
      { sourceNote: '请填写数据来源' },
    ],
    [
      { metric: 'INDUSTRIAL_OUTPUT', periodEnd: '2030-05-31', value: 'abc', sourceNote: '快报' },
      { value: '实际值请输入数字' },
    ],
  ])('refuses actual input %# with field errors', async (input, fields) => {
    const result = await api.gql(RECORD, { input }, admin);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual(fields);
  });

  it('lets staff read, only an admin write, and a partner nothing', async () => {
    for (const token of [officer, leader]) {
      expect((await targets(2027, token)).length).toBe(TARGET_METRIC_DEFINITIONS.length);
      const set = await api.gql(
        SET_TARGET,
        { input: { year: 2030, metric: 'GREEN_FACTORIES', value: '3' } },
        token,
      );
      expect(errorCode(set)).toBe('FORBIDDEN');
      const record = await api.gql(
        RECORD,
        { input: { metric: 'INDUSTRIAL_OUTPUT', periodEnd: '2030-05-31', value: '1', sourceNote: 'x' } },
        token,
      );
      expect(errorCode(record)).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.gql(TARGETS, { year: 2027 }, partner))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(DASHBOARD, { filter: {} }, partner))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(TARGETS, { year: 2027 }))).toBe('UNAUTHENTICATED');
    const farOff = await api.gql(TARGETS, { year: 1 }, leader);
    expect(fieldErrors(farOff)).toEqual({ year: '年度须在 2020–2100 之间' });
  });

  it('shows the targets of the dashboard period’s year', async () => {
    const rows = await dashboardTargets({ from: '2029-01-01', to: '2029-12-31' });
    expect(rows.every((r) => r.year === 2029)).toBe(true);
    expect(rows.find((r) => r.metric === 'MANUFACTURING_LAND')?.actual).toBe('20');
    expect((await dashboardTargets({})).every((r) => r.year === 2030)).toBe(true);
  });
});
