import { Clock } from '@lianzhao/api-core';
import { fieldErrors, startTestApi, type TestApi } from './harness';
import { drillCheck, FIGURE, type Figure, must } from './dashboard-drills';
import { clearBusinessData, shanghai } from './dashboard-progress-kit';

const FUNDS = `query ($filter: DashboardFilter) { dashboard(filter: $filter) { funds {
  obligation counted ${FIGURE} pending ${FIGURE} gap countedInvestments ${FIGURE} pendingInvestments ${FIGURE}
  leverageScale governmentContribution sciTechProjects ${FIGURE}
  funds { fundId name obligation counted ${FIGURE} pending ${FIGURE} gap ratio countedInvestments ${FIGURE} pendingInvestments ${FIGURE} }
} } }`;
const TOTALS =
  '{ fundTotals { leverageScale governmentContribution funds sciTechProjects obligation counted pending gap } }';

interface FundFigures {
  fundId: string;
  name: string;
  obligation: string;
  counted: Figure<string>;
  pending: Figure<string>;
  gap: string | null;
  ratio: string | null;
  countedInvestments: Figure;
  pendingInvestments: Figure;
}
interface Funds {
  obligation: string;
  counted: Figure<string>;
  pending: Figure<string>;
  gap: string;
  countedInvestments: Figure;
  pendingInvestments: Figure;
  leverageScale: string;
  governmentContribution: string;
  sciTechProjects: Figure;
  funds: FundFigures[];
}

describe('cockpit: funds and 返投 (Dashboard.funds)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let leader: string;
  let f1: string;
  let f2: string;
  let p2: { id: string; version: number };
  let n = 0;

  async function enterprise(tagCodes: string[] = []): Promise<string> {
    n++;
    return must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name: `驾驶舱基金测试企业${n}有限公司`, tagCodes } },
        officer,
      ),
    ).createEnterprise.id;
  }

  async function project(enterpriseId: string): Promise<{ id: string; version: number }> {
    return must(
      await api.gql<{ createProject: { id: string; version: number } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }',
        {
          input: {
            enterpriseId,
            name: `驾驶舱基金项目${n}`,
            segmentCode: 'HYDROGEN',
            channel: 'SELF',
            signedOn: '2025-05-01',
          },
        },
        officer,
      ),
    ).createProject;
  }

  async function land(p: { id: string; version: number }, actualDate: string): Promise<void> {
    must(
      await api.gql(
        'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }',
        { input: { projectId: p.id, code: 'REGISTERED', actualDate, version: p.version } },
        officer,
      ),
    );
  }

  async function invest(fundId: string, input: Record<string, unknown>): Promise<void> {
    must(
      await api.gql(
        'mutation ($input: RecordInvestmentInput!) { recordInvestment(input: $input) { id } }',
        { input: { fundId, round: 'A', stage: 'PAID', date: '2025-06-01', ...input } },
        officer,
      ),
    );
  }

  async function funds(filter: Record<string, unknown> = {}): Promise<Funds> {
    const data = must(await api.gql<{ dashboard: { funds: Funds } }>(FUNDS, { filter }, leader));
    const drills = await drillCheck(api, leader, data);
    expect(drills.mismatches).toEqual([]);
    expect(drills.checked).toBe(3 + 2 * data.dashboard.funds.funds.length);
    return data.dashboard.funds;
  }

  beforeAll(async () => {
    api = await startTestApi();
    api.app.get(Clock).fix(shanghai('2026-03-10'));
    [admin, officer, leader] = await Promise.all(['admin', 'officer', 'leader'].map((u) => api.login(u)));
    await clearBusinessData(api);
    const manager = must(
      await api.gql<{ createOrganization: { id: string } }>(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name: '驾驶舱测试基金管理有限公司', kind: 'FUND_MANAGER' } },
        admin,
      ),
    ).createOrganization.id;
    const fund = async (input: Record<string, unknown>) =>
      must(
        await api.gql<{ createFund: { id: string } }>(
          'mutation ($input: CreateFundInput!) { createFund(input: $input) { id } }',
          {
            input: {
              kind: 'GOVERNMENT_GUIDANCE',
              vintageDate: '2024-01-01',
              reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
              managerOrganizationId: manager,
              ...input,
            },
          },
          officer,
        ),
      ).createFund.id;
    // 返投任务 1.5 × 30000 = 45000; the second fund has no government money.
    f1 = await fund({
      name: '驾驶舱引导基金',
      size: '100000',
      governmentContribution: '30000',
      reinvestmentMultiple: '1.5',
    });
    f2 = await fund({
      name: '驾驶舱市场化基金',
      size: '50000',
      governmentContribution: '0',
      reinvestmentMultiple: '1',
    });

    const e1 = await enterprise(['HIGH_TECH']);
    const p1 = await project(e1);
    await land(p1, '2025-08-15');
    await invest(f1, { enterpriseId: e1, amount: '3000', projectId: p1.id });
    await invest(f1, { enterpriseId: e1, amount: '1000', projectId: p1.id, date: '2025-07-01' });
    const e2 = await enterprise();
    p2 = await project(e2);
    await invest(f1, { enterpriseId: e2, amount: '2000', projectId: p2.id });
    await invest(f2, { enterpriseId: await enterprise(['INNOVATIVE']), amount: '500' });
    await invest(f2, { enterpriseId: await enterprise(['HIGH_TECH']), amount: '800', stage: 'INTENDED' });
    // Starting the API on a fresh embedded database and building the history takes a while on a busy machine.
  }, 240_000);
  afterAll(async () => {
    api.app.get(Clock).fix(null);
    await api.close();
  });

  it('shows 返投 counted, pending and gap per fund and in total, 撬动规模 and 投资科创项目', async () => {
    const figures = await funds();
    expect(
      figures.funds.map((f) => [f.name, f.obligation, f.counted.value, f.pending.value, f.gap, f.ratio]),
    ).toEqual([
      ['驾驶舱引导基金', '45000', '4000', '2000', '41000', '0.0889'],
      ['驾驶舱市场化基金', '0', '0', '500', '0', null],
    ]);
    expect(figures.funds.map((f) => [f.countedInvestments.value, f.pendingInvestments.value])).toEqual([
      [2, 1],
      [0, 1],
    ]);
    expect(figures.funds[0].countedInvestments.drill).toEqual({
      kind: 'INVESTMENTS',
      filter: { fundIds: [f1], recognition: ['COUNTED'] },
    });
    expect(figures.funds.map((f) => f.fundId)).toEqual([f1, f2]); // largest first
    expect({
      obligation: figures.obligation,
      counted: figures.counted.value,
      pending: figures.pending.value,
      gap: figures.gap,
      leverageScale: figures.leverageScale,
      governmentContribution: figures.governmentContribution,
      sciTechProjects: figures.sciTechProjects.value,
      countedInvestments: figures.countedInvestments.value,
      pendingInvestments: figures.pendingInvestments.value,
    }).toEqual({
      obligation: '45000',
      counted: '4000',
      pending: '2500',
      gap: '41000',
      leverageScale: '100000',
      governmentContribution: '30000',
      // Two 科创 enterprises with paid money (one of them twice); the intended one does not count.
      sciTechProjects: 2,
      countedInvestments: 2,
      pendingInvestments: 2,
    });
    expect(figures.sciTechProjects.drill).toEqual({
      kind: 'INVESTMENTS',
      filter: { sciTech: true, firstPaidOfEnterprise: true },
    });
    // The same figures as the funds page's district totals.
    const totals = must(await api.gql<{ fundTotals: Record<string, unknown> }>(TOTALS, {}, leader)).fundTotals;
    expect(totals).toEqual({
      leverageScale: '100000',
      governmentContribution: '30000',
      funds: 2,
      sciTechProjects: 2,
      obligation: '45000',
      counted: '4000',
      pending: '2500',
      gap: '41000',
    });
  });

  it('lists the largest funds first when asked for the first few, and counts them all', async () => {
    const all = await funds();
    const top = must(
      await api.gql<{ dashboard: { funds: { fundCount: number; funds: { fundId: string; obligation: string }[] } } }>(
        '{ dashboard { funds { fundCount funds(first: 1) { fundId obligation } } } }',
        {},
        leader,
      ),
    ).dashboard.funds;
    expect(top).toEqual({
      fundCount: all.funds.length,
      funds: [{ fundId: all.funds[0].fundId, obligation: all.funds[0].obligation }],
    });
    const refused = await api.gql('{ dashboard { funds { funds(first: 0) { fundId } } } }', {}, leader);
    expect(fieldErrors(refused)).toEqual({ first: '条数至少为 1' });
  });

  it('is the state now, whatever the period and cut, and follows a landing at once', async () => {
    const before = await funds({ from: '2025-01-01', to: '2025-12-31', industryCode: 'OTHER' });
    expect([before.counted.value, before.pending.value, before.sciTechProjects.value]).toEqual([
      '4000',
      '2500',
      2,
    ]);
    await land(p2, '2026-03-01');
    const after = await funds();
    expect([after.counted.value, after.pending.value, after.gap]).toEqual(['6000', '500', '39000']);
    expect([after.countedInvestments.value, after.pendingInvestments.value]).toEqual([3, 1]);
  });
});
