import ExcelJS from 'exceljs';
import { Clock } from '@lianzhao/api-core';
import { LEAD_STAGE_LABELS } from '@lianzhao/domain';
import { errorCode, startTestApi, type TestApi } from './harness';
import { drillCheck, must } from './dashboard-drills';
import { webOperation } from './web-operations';

// The whole cockpit over the demo office's two years of history, as the page asks for it: every
// count figure of every group opens a list whose totalCount is that figure, under each kind of
// filter the page offers; the export carries the page's figures; partners never see it.

interface DashboardData {
  dashboard: {
    period: { from: string; to: string; asOf: string; historical: boolean };
    pipeline: { open: { value: number }; openByStage: Array<{ stage: string; leads: { value: number } }> };
    landing: { landed: { projects: { value: number } }; signed: { projects: { value: number } } };
    milestones: { overdue: { value: number }; atRisk: { value: number } };
    referrals: { total: { filed: { value: number } } };
    funds: { sciTechProjects: { value: number } };
    targets: Array<{ metric: string; actual: string | null; drill: { kind: string; filter: Record<string, unknown> } | null }>;
  };
}

const EXPORT = `query ($filter: DashboardFilter) { dashboardExport(filter: $filter) { filename contentBase64 } }`;

describe('cockpit (领导驾驶舱) over the demo history', () => {
  let api: TestApi;
  let leader: string;
  let today: string;

  beforeAll(async () => {
    api = await startTestApi({ demoHistory: true });
    leader = await api.login('leader');
    today = api.app.get(Clock).today();
  });
  afterAll(() => api.close());

  // The page's two questions: the filtered figures, and 基金与返投, which no filter changes.
  const dashboard = async (filter: Record<string, unknown> | null): Promise<DashboardData['dashboard']> => {
    const [page, funds] = await Promise.all([
      api.gql<{ dashboard: Omit<DashboardData['dashboard'], 'funds'> }>(webOperation('Dashboard'), { filter }, leader),
      api.gql<{ dashboard: Pick<DashboardData['dashboard'], 'funds'> }>(webOperation('DashboardFunds'), {}, leader),
    ]);
    return { ...must(page).dashboard, funds: must(funds).dashboard.funds };
  };

  it.each([
    ['this year', () => null],
    ['last year', () => ({ from: `${Number(today.slice(0, 4)) - 1}-01-01`, to: `${Number(today.slice(0, 4)) - 1}-12-31` })],
    ['one industry', () => ({ industryCode: 'GREEN_ENERGY' })],
    ['one channel', () => ({ channel: 'CHAIN' })],
    ['as of the end of last month', () => ({ asOf: lastDayBefore(`${today.slice(0, 8)}01`) })],
  ])('%s: every count figure equals its drill-down list', async (_, filter) => {
    const given: Record<string, unknown> | null = filter();
    const page = await dashboard(given);
    // The demo office is busy enough that the figures are not all zero.
    expect(page.pipeline.open.value + page.landing.signed.projects.value).toBeGreaterThan(0);
    if (given?.['asOf']) expect(page.period).toMatchObject({ asOf: given['asOf'], historical: true });
    const { checked, mismatches } = await drillCheck(api, leader, page);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('opens the invested 科创 enterprises behind the target of that name', async () => {
    const page = await dashboard(null);
    const target = page.targets.find((t) => t.metric === 'SCI_TECH_INVESTMENTS');
    expect(target?.drill?.kind).toBe('INVESTMENTS');
    const list = must(
      await api.gql<{ investments: { totalCount: number } }>(
        'query ($filter: InvestmentFilter) { investments(filter: $filter, first: 1) { totalCount } }',
        { filter: target?.drill?.filter },
        leader,
      ),
    );
    expect(String(list.investments.totalCount)).toBe(target?.actual);
    expect(list.investments.totalCount).toBe(page.funds.sciTechProjects.value);
  });

  it('exports the page as a workbook holding the same figures', async () => {
    const filter = { industryCode: 'GREEN_ENERGY' };
    const page = await dashboard(filter);
    const file = must(
      await api.gql<{ dashboardExport: { filename: string; contentBase64: string } }>(EXPORT, { filter }, leader),
    ).dashboardExport;
    expect(file.filename).toMatch(/^驾驶舱-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '概览',
      '线索管道',
      '流失原因',
      '签约与落地',
      '落地分布',
      '节点准时率',
      '延期最多的项目',
      '报备转化',
      '基金返投',
      '年度目标',
    ]);
    const overview = new Map<string, unknown>();
    workbook.getWorksheet('概览')?.eachRow((row) => overview.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(overview.get('产业')).toBe('GREEN_ENERGY');
    expect(overview.get('在谈线索（条）')).toBe(page.pipeline.open.value);
    expect(overview.get('期间签约项目（个）')).toBe(page.landing.signed.projects.value);
    expect(overview.get('期间落地项目（个）')).toBe(page.landing.landed.projects.value);
    expect(overview.get('逾期项目（红牌）')).toBe(page.milestones.overdue.value);
    expect(overview.get('临近项目（黄牌）')).toBe(page.milestones.atRisk.value);
    expect(overview.get('期间报备（条）')).toBe(page.referrals.total.filed.value);
    const stages = workbook.getWorksheet('线索管道');
    const byStage = new Map<string, unknown>();
    stages?.eachRow((row, i) => {
      if (i > 1) byStage.set(String(row.getCell(1).value), row.getCell(2).value);
    });
    expect(byStage.get(LEAD_STAGE_LABELS.NEW.zh)).toBe(page.pipeline.openByStage.find((s) => s.stage === 'NEW')?.leads.value);
  });

  it('is never shown to a partner, and a bad period is a field error', async () => {
    const partner = await api.login('partner');
    expect(errorCode(await api.gql('{ dashboard { period { from } } }', {}, partner))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(EXPORT, {}, partner))).toBe('FORBIDDEN');
    const bad = await api.gql(EXPORT, { filter: { from: '2026-03-01', to: '2026-02-01' } }, leader);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('期间止不能早于期间起');
  });
});

/** The day before `date` (YYYY-MM-DD). */
function lastDayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
