import { MILESTONE_CODES } from '@lianzhao/domain';
import { Clock } from '@lianzhao/api-core';
import { startTestApi, type TestApi } from './harness';
import { drillCheck, FIGURE, type Figure, must } from './dashboard-drills';
import { clearBusinessData, shanghai } from './dashboard-progress-kit';

const MILESTONES = `query ($filter: DashboardFilter) { dashboard(filter: $filter) {
  period { from to asOf historical }
  milestones {
    onTime { code name done ${FIGURE} onTime ${FIGURE} late ${FIGURE} onTimeRate averageDaysLate }
    overdue ${FIGURE} atRisk ${FIGURE} averageDaysLate
    mostDelayed { projectId name daysLate plannedDate drill { kind filter } }
  } } }`;

interface OnTime {
  code: string;
  name: string;
  done: Figure;
  onTime: Figure;
  late: Figure;
  onTimeRate: number | null;
  averageDaysLate: number | null;
}
interface Milestones {
  onTime: OnTime[];
  overdue: Figure;
  atRisk: Figure;
  averageDaysLate: number | null;
  mostDelayed: {
    projectId: string;
    name: string;
    daysLate: number;
    plannedDate: string;
    drill: Figure['drill'];
  }[];
}
interface Result {
  dashboard: {
    period: { from: string; to: string; asOf: string; historical: boolean };
    milestones: Milestones;
  };
}

const PROJECT = 'id version';

describe('cockpit: milestone progress (Dashboard.milestones)', () => {
  let api: TestApi;
  let clock: Clock;
  let officer: string;
  let leader: string;
  let n = 0;
  const ids: Record<string, { id: string; version: number }> = {};

  const at = (day: string) => clock.fix(shanghai(day));

  async function create(key: string, signedOn: string, segmentCode = 'HYDROGEN'): Promise<void> {
    n++;
    const enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($name: String!) { createEnterprise(input: { name: $name }) { id } }',
        { name: `驾驶舱节点测试企业${n}有限公司` },
        officer,
      ),
    ).createEnterprise.id;
    ids[key] = must(
      await api.gql<{ createProject: { id: string; version: number } }>(
        `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`,
        { input: { enterpriseId, name: `项目${key}`, segmentCode, channel: 'SELF', signedOn } },
        officer,
      ),
    ).createProject;
  }

  async function plan(key: string, code: string, plannedDate: string, reason?: string): Promise<void> {
    ids[key] = must(
      await api.gql<{ planMilestone: { id: string; version: number } }>(
        `mutation ($input: PlanMilestoneInput!) { planMilestone(input: $input) { ${PROJECT} } }`,
        { input: { projectId: ids[key].id, code, plannedDate, reason, version: ids[key].version } },
        officer,
      ),
    ).planMilestone;
  }

  async function done(key: string, code: string, actualDate: string): Promise<void> {
    ids[key] = must(
      await api.gql<{ recordMilestone: { id: string; version: number } }>(
        `mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { ${PROJECT} } }`,
        { input: { projectId: ids[key].id, code, actualDate, version: ids[key].version } },
        officer,
      ),
    ).recordMilestone;
  }

  async function milestones(filter: Record<string, unknown>): Promise<Result['dashboard']> {
    const data = must(await api.gql<Result>(MILESTONES, { filter }, leader));
    const drills = await drillCheck(api, leader, data);
    expect(drills.mismatches).toEqual([]);
    expect(drills.checked).toBeGreaterThan(0);
    return data.dashboard;
  }

  const registered = (m: Milestones) => m.onTime.find((r) => r.code === 'REGISTERED');
  const counts = (r: OnTime | undefined) =>
    r && [r.done.value, r.onTime.value, r.late.value, r.onTimeRate, r.averageDaysLate];

  beforeAll(async () => {
    api = await startTestApi();
    clock = api.app.get(Clock);
    officer = await api.login('officer');
    leader = await api.login('leader');
    await clearBusinessData(api);
    // The history, day by day, so each plan and actual date is recorded when it happened.
    at('2026-10-01');
    await create('A', '2026-10-01');
    await plan('A', 'REGISTERED', '2026-12-20');
    await plan('A', 'SITE_SECURED', '2027-01-10');
    await create('B', '2026-10-01');
    await plan('B', 'REGISTERED', '2027-01-05');
    await plan('B', 'SITE_SECURED', '2027-02-05');
    at('2026-11-01');
    await create('C', '2026-11-01');
    await plan('C', 'REGISTERED', '2026-12-01');
    at('2026-12-15');
    await create('D', '2026-12-15');
    await plan('D', 'REGISTERED', '2026-12-31');
    // 落地 on 12-31 (A late by 11 days, D on time) and on 01-01 (B, on time).
    at('2026-12-31');
    await done('A', 'REGISTERED', '2026-12-31');
    await done('D', 'REGISTERED', '2026-12-31');
    at('2027-01-01');
    await done('B', 'REGISTERED', '2027-01-01');
    at('2027-01-10');
    await create('E', '2027-01-10');
    await plan('E', 'REGISTERED', '2027-01-12');
    // Another industry: cut away by the industry filter.
    await create('X', '2027-01-10', 'SOFTWARE_IT');
    await plan('X', 'REGISTERED', '2027-01-11');
    at('2027-01-20');
    // Starting the API on a fresh embedded database and building the history takes a while on a busy machine.
  }, 240_000);
  afterAll(async () => {
    clock.fix(null);
    await api.close();
  });

  it('counts milestones done on time per milestone within Shanghai periods: 12-31 in December, 01-01 in January', async () => {
    const december = await milestones({ from: '2026-12-01', to: '2026-12-31' });
    expect(december.period).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      asOf: '2027-01-20',
      historical: false,
    });
    expect(counts(registered(december.milestones))).toEqual([2, 1, 1, 0.5, 5.5]);
    expect(december.milestones.onTime.map((r) => r.code)).toEqual([...MILESTONE_CODES]);
    // 签约 has no plan, so it has no on-time rate; nothing else was done.
    for (const r of december.milestones.onTime.filter((x) => x.code !== 'REGISTERED')) {
      expect(counts(r)).toEqual([0, 0, 0, null, null]);
    }
    expect(registered(december.milestones)?.name).toBe('工商注册');
    expect(registered(december.milestones)?.onTime.drill).toEqual({
      kind: 'PROJECTS',
      filter: { milestoneDone: { code: 'REGISTERED', from: '2026-12-01', to: '2026-12-31', onTime: true } },
    });

    const january = await milestones({ from: '2027-01-01', to: '2027-01-31' });
    expect(january.period.to).toBe('2027-01-20');
    expect(counts(registered(january.milestones))).toEqual([1, 1, 0, 1, 0]);
  });

  it('shows 红牌 and 黄牌 now, their average delay and the most delayed projects', async () => {
    const now = (await milestones({})).milestones;
    // A: 土地/空间落实 planned 01-10 (10 days late); C: 工商注册 planned 12-01 (50); E: planned 01-12 (8); X: 01-11 (9).
    expect(now.overdue.value).toBe(4);
    expect(now.atRisk.value).toBe(1); // B: 02-05 is within 30 days of 01-20.
    expect(now.averageDaysLate).toBe(19.3); // (10 + 50 + 8 + 9) / 4 = 19.25
    expect(now.mostDelayed.map((p) => [p.name, p.daysLate, p.plannedDate])).toEqual([
      ['项目C', 50, '2026-12-01'],
      ['项目A', 10, '2027-01-10'],
      ['项目X', 9, '2027-01-11'],
      ['项目E', 8, '2027-01-12'],
    ]);
    expect(now.mostDelayed[0].drill).toEqual({ kind: 'PROJECTS', filter: { ids: [ids['C'].id] } });
    expect(now.overdue.drill).toEqual({ kind: 'PROJECTS', filter: { healths: ['OVERDUE'] } });

    const hydrogen = (await milestones({ industryCode: 'GREEN_ENERGY' })).milestones;
    expect([hydrogen.overdue.value, hydrogen.atRisk.value, hydrogen.averageDaysLate]).toEqual([3, 1, 22.7]);
    expect(hydrogen.overdue.drill.filter).toEqual({ industryCode: 'GREEN_ENERGY', healths: ['OVERDUE'] });
  });

  it('reproduces a past day, and keeps it after later edits', async () => {
    const asOf = { asOf: '2027-01-05', industryCode: 'GREEN_ENERGY' };
    const expectAsOf = (d: Result['dashboard']) => {
      expect(d.period).toEqual({
        from: '2027-01-01',
        to: '2027-01-05',
        asOf: '2027-01-05',
        historical: true,
      });
      const m = d.milestones;
      // At the end of 01-05: C late by 35 days; A's 土地/空间落实 (01-10) due within 30 days; B's
      // next plan (02-05) 31 days ahead; E not signed yet.
      expect([m.overdue.value, m.atRisk.value, m.averageDaysLate]).toEqual([1, 1, 35]);
      expect(m.mostDelayed.map((p) => [p.name, p.daysLate])).toEqual([['项目C', 35]]);
      expect(counts(registered(m))).toEqual([1, 1, 0, 1, 0]);
      expect(m.overdue.drill.filter).toEqual({
        industryCode: 'GREEN_ENERGY',
        asOf: '2027-01-05',
        healths: ['OVERDUE'],
      });
    };
    expectAsOf(await milestones(asOf));

    // After the day: C registers (late), A's plan moves out, B's next milestone is done.
    await done('C', 'REGISTERED', '2027-01-15');
    await plan('A', 'SITE_SECURED', '2027-03-01', '土地出让推迟');
    await done('B', 'SITE_SECURED', '2027-01-18');
    expectAsOf(await milestones(asOf));

    const now = (await milestones({ industryCode: 'GREEN_ENERGY' })).milestones;
    // Now only E is late (8 days); A's plan is 40 days ahead; nothing is due within 30 days.
    expect([now.overdue.value, now.atRisk.value, now.averageDaysLate]).toEqual([1, 0, 8]);
    const january = (await milestones({ from: '2027-01-01', to: '2027-01-31', industryCode: 'GREEN_ENERGY' }))
      .milestones;
    // 工商注册 in January: B on time, C 45 days late; 土地/空间落实: B on time (planned 02-05).
    expect(counts(registered(january))).toEqual([2, 1, 1, 0.5, 22.5]);
    expect(counts(january.onTime.find((r) => r.code === 'SITE_SECURED'))).toEqual([1, 1, 0, 1, 0]);
  });

  it('is for staff only', async () => {
    const partner = await api.login('partner');
    const result = await api.gql('{ dashboard { milestones { overdue { value } } } }', {}, partner);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
