import { DataSource } from 'typeorm';
import { Clock } from '@lianzhao/api-core';
import { startTestApi, type TestApi } from './harness';
import { countFigures, drillMismatches, FIGURE, must, type Figure } from './dashboard-drills';

/** A Shanghai wall-clock time (UTC+8, no daylight saving). */
const shanghai = (date: string, time = '12:00:00') => new Date(`${date}T${time}+08:00`);

const TALLY = `{ projects ${FIGURE} contractInvestment ${FIGURE} plannedFixedAssetInvestment ${FIGURE}
  actualFixedAssetInvestment ${FIGURE} expectedOutput ${FIGURE} }`;
const ROW = `{ kind label from to signed ${TALLY} landed ${TALLY} }`;
const GROUP = `{ key name landed ${TALLY} }`;
const LANDING = `query ($filter: DashboardFilter) { dashboard(filter: $filter) {
  period { from to asOf historical }
  landing {
    signed ${TALLY} landed ${TALLY}
    byMonth ${ROW} byQuarter ${ROW} byYear ${ROW}
    byIndustry ${GROUP} bySegment ${GROUP} byChannel ${GROUP} byPartner ${GROUP} partnerCount byTown ${GROUP} byPark ${GROUP}
    leadingIndustries { industryCodes landed ${TALLY} projectShare contractInvestmentShare }
  } } }`;

interface Tally {
  projects: Figure;
  contractInvestment: Figure<string>;
  plannedFixedAssetInvestment: Figure<string>;
  actualFixedAssetInvestment: Figure<string>;
  expectedOutput: Figure<string>;
}
interface Row {
  kind: string;
  label: string;
  from: string;
  to: string;
  signed: Tally;
  landed: Tally;
}
interface Group {
  key: string;
  name: string | null;
  landed: Tally;
}
interface Landing {
  signed: Tally;
  landed: Tally;
  byMonth: Row[];
  byQuarter: Row[];
  byYear: Row[];
  byIndustry: Group[];
  bySegment: Group[];
  byChannel: Group[];
  byPartner: Group[];
  partnerCount: number;
  byTown: Group[];
  byPark: Group[];
  leadingIndustries: { industryCodes: string[]; landed: Tally; projectShare: number | null; contractInvestmentShare: number | null };
}
interface DashboardResult {
  dashboard: { period: { from: string; to: string; asOf: string; historical: boolean }; landing: Landing };
}

/** The town of the test's projects, so the demo data's projects stay out of every figure. */
const TOWN = 'LANDING_TEST_TOWN';

/** A tally's values: [projects, contract, planned FAI, actual FAI, expected output]. */
const tallyValues = (t: Tally) => [
  t.projects.value,
  t.contractInvestment.value,
  t.plannedFixedAssetInvestment.value,
  t.actualFixedAssetInvestment.value,
  t.expectedOutput.value,
];
const rowValues = (rows: Row[]) => rows.map((r) => [r.label, r.from, r.to, r.signed.projects.value, r.landed.projects.value]);
const groupValues = (groups: Group[]) => groups.map((g) => [g.key, g.name, g.landed.projects.value]);

describe('cockpit landing (驾驶舱·项目签约与落地)', () => {
  let api: TestApi;
  let clock: Clock;
  let officer: string;
  let leader: string;
  let chainOrg: { id: string; name: string };
  let enterpriseN = 0;
  const projects: Record<string, { id: string; version: number }> = {};

  async function project(key: string, input: Record<string, unknown>, landedOn?: string): Promise<void> {
    enterpriseN++;
    const enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($name: String!) { createEnterprise(input: { name: $name }) { id } }',
        { name: `奉贤落地统计测试企业${enterpriseN}有限公司` },
        officer,
      ),
    ).createEnterprise.id;
    projects[key] = must(
      await api.gql<{ createProject: { id: string; version: number } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }',
        { input: { enterpriseId, name: `落地统计${key}`, channel: 'SELF', townCode: TOWN, ...input } },
        officer,
      ),
    ).createProject;
    if (landedOn) await land(key, landedOn);
  }

  async function land(key: string, actualDate: string): Promise<void> {
    projects[key] = must(
      await api.gql<{ recordMilestone: { id: string; version: number } }>(
        'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id version landedOn } }',
        { input: { projectId: projects[key].id, code: 'REGISTERED', actualDate, version: projects[key].version } },
        officer,
      ),
    ).recordMilestone;
  }

  async function landing(filter: Record<string, unknown>): Promise<DashboardResult['dashboard']> {
    return must(await api.gql<DashboardResult>(LANDING, { filter: { town: TOWN, ...filter } }, leader)).dashboard;
  }

  beforeAll(async () => {
    api = await startTestApi();
    clock = api.app.get(Clock);
    clock.fix(shanghai('2026-02-15'));
    officer = await api.login('officer');
    leader = await api.login('leader');
    await api.app
      .get(DataSource)
      .query(
        "INSERT INTO places (code, kind, name, name_en, sort_order) VALUES ($1, 'TOWN', '落地测试镇', 'Landing test town', 98)",
        [TOWN],
      );
    // Parks are reference data (migration Parks): two of the test town's own.
    await api.app
      .get(DataSource)
      .query(
        "INSERT INTO parks (code, name, name_en, town_code, sort_order) VALUES ('LANDING_PARK_A', '东方美谷', 'A', $1, 1), ('LANDING_PARK_B', '临港奉贤园', 'B', $1, 2)",
        [TOWN],
      );
    chainOrg = must(
      await api.gql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
        '{ organizations(filter: { kind: CHAIN_MASTER }) { edges { node { id name } } } }',
        {},
        officer,
      ),
    ).organizations.edges[0].node;

    // P1 lands on 12-31, P2 on 01-01: either side of the year's edge.
    await project(
      'P1',
      {
        segmentCode: 'HYDROGEN',
        signedOn: '2025-11-15',
        parkCode: 'LANDING_PARK_B',
        contractInvestment: '1000',
        plannedFixedAssetInvestment: '800',
        actualFixedAssetInvestment: '100.5',
        expectedOutput: '2000',
      },
      '2025-12-31',
    );
    await project(
      'P2',
      {
        segmentCode: 'BIOLOGICS',
        channel: 'CHAIN',
        sourceOrganizationId: chainOrg.id,
        signedOn: '2025-12-20',
        parkCode: 'LANDING_PARK_A',
        contractInvestment: '3000',
        plannedFixedAssetInvestment: '2500',
        expectedOutput: '5000',
      },
      '2026-01-01',
    );
    await project(
      'P3',
      {
        segmentCode: 'SOFTWARE_IT',
        type: 'LIGHT',
        signedOn: '2026-01-10',
        contractInvestment: '500',
        plannedFixedAssetInvestment: '400',
        actualFixedAssetInvestment: '0',
        expectedOutput: '100',
      },
      '2026-02-10',
    );
    // Signed, not landed: P4 on 12-31, P5 on 01-01.
    await project('P4', { segmentCode: 'HYDROGEN', signedOn: '2025-12-31', contractInvestment: '200' });
    await project('P5', { segmentCode: 'HYDROGEN', channel: 'EVENT', signedOn: '2026-01-01', contractInvestment: '50' });
  });
  afterAll(async () => {
    clock.fix(null);
    await api.close();
  });

  it('December and January: signed and landed per month, quarter and year, edges on 12-31 and 01-01', async () => {
    const { period, landing: l } = await landing({ from: '2025-12-01', to: '2026-01-31' });
    expect(period).toEqual({ from: '2025-12-01', to: '2026-01-31', asOf: '2026-02-15', historical: false });
    expect(tallyValues(l.signed)).toEqual([4, '3750', '2900', '0', '5100']);
    expect(tallyValues(l.landed)).toEqual([2, '4000', '3300', '100.5', '7000']);
    expect(rowValues(l.byMonth)).toEqual([
      ['2025年12月', '2025-12-01', '2025-12-31', 2, 1],
      ['2026年1月', '2026-01-01', '2026-01-31', 2, 1],
    ]);
    expect(rowValues(l.byQuarter)).toEqual([
      ['2025年四季度', '2025-12-01', '2025-12-31', 2, 1],
      ['2026年一季度', '2026-01-01', '2026-01-31', 2, 1],
    ]);
    expect(rowValues(l.byYear)).toEqual([
      ['2025年', '2025-12-01', '2025-12-31', 2, 1],
      ['2026年', '2026-01-01', '2026-01-31', 2, 1],
    ]);
    expect(tallyValues(l.byMonth[0].landed)).toEqual([1, '1000', '800', '100.5', '2000']);
    expect(tallyValues(l.byMonth[1].landed)).toEqual([1, '3000', '2500', '0', '5000']);
    expect(tallyValues(l.byMonth[0].signed)).toEqual([2, '3200', '2500', '0', '5000']);
    expect(tallyValues(l.byMonth[1].signed)).toEqual([2, '550', '400', '0', '100']);
    expect(l.byMonth[1].landed.projects.drill).toEqual({
      kind: 'PROJECTS',
      filter: { townCode: TOWN, landedFrom: '2026-01-01', landedTo: '2026-01-31' },
    });
    expect(groupValues(l.byIndustry)).toEqual([
      ['BEAUTY_HEALTH', '美丽大健康', 1],
      ['GREEN_ENERGY', '绿色新能源', 1],
    ]);
    expect(groupValues(l.bySegment)).toEqual([
      ['BIOLOGICS', '生物制品', 1],
      ['HYDROGEN', '氢能关键材料及装备', 1],
    ]);
    expect(groupValues(l.byChannel)).toEqual([
      ['CHAIN', '链式招商', 1],
      ['SELF', '自主招商', 1],
    ]);
    expect(groupValues(l.byPartner)).toEqual([[chainOrg.id, chainOrg.name, 1]]);
    expect(l.partnerCount).toBe(1);
    expect(groupValues(l.byTown)).toEqual([[TOWN, '落地测试镇', 2]]);
    expect(groupValues(l.byPark)).toEqual([
      ['LANDING_PARK_A', '东方美谷', 1],
      ['LANDING_PARK_B', '临港奉贤园', 1],
    ]);
    expect(l.byPark[0].landed.projects.drill.filter).toEqual({
      townCode: TOWN,
      landedFrom: '2025-12-01',
      landedTo: '2026-01-31',
      parkCode: 'LANDING_PARK_A',
    });
    expect(tallyValues(l.byPartner[0].landed)).toEqual([1, '3000', '2500', '0', '5000']);
    expect(l.leadingIndustries.industryCodes.sort()).toEqual([
      'BEAUTY_HEALTH',
      'GREEN_ENERGY',
      'NEW_MATERIALS',
      'SMART_EQUIPMENT',
    ]);
    expect(l.leadingIndustries.projectShare).toBe(1);
    expect(await drillMismatches(api, leader, l)).toEqual([]);
  });

  it('四大主导产业 share of the projects landed, by count and by contract investment', async () => {
    const { period, landing: l } = await landing({ from: '2025-12-01', to: '2026-02-28' });
    // Nothing after today (02-15) has happened: the period stops there.
    expect(period.to).toBe('2026-02-15');
    expect(tallyValues(l.landed)).toEqual([3, '4500', '3700', '100.5', '7100']);
    expect(tallyValues(l.leadingIndustries.landed)).toEqual([2, '4000', '3300', '100.5', '7000']);
    expect(l.leadingIndustries.projectShare).toBe(0.666667);
    expect(l.leadingIndustries.contractInvestmentShare).toBe(0.888889);
    expect(groupValues(l.byIndustry)).toEqual([
      ['BEAUTY_HEALTH', '美丽大健康', 1],
      ['GREEN_ENERGY', '绿色新能源', 1],
      ['OTHER', '其他', 1],
    ]);
    expect(rowValues(l.byMonth)).toEqual([
      ['2025年12月', '2025-12-01', '2025-12-31', 2, 1],
      ['2026年1月', '2026-01-01', '2026-01-31', 2, 1],
      ['2026年2月', '2026-02-01', '2026-02-15', 0, 1],
    ]);
    expect(await drillMismatches(api, leader, l)).toEqual([]);
  });

  it('industry and channel filters cut every figure', async () => {
    const { landing: l } = await landing({ from: '2025-12-01', to: '2026-01-31', industryCode: 'GREEN_ENERGY', channel: 'SELF' });
    expect(tallyValues(l.signed)).toEqual([1, '200', '0', '0', '0']);
    expect(tallyValues(l.landed)).toEqual([1, '1000', '800', '100.5', '2000']);
    expect(l.landed.projects.drill.filter).toEqual({
      townCode: TOWN,
      industryCode: 'GREEN_ENERGY',
      channels: ['SELF'],
      landedFrom: '2025-12-01',
      landedTo: '2026-01-31',
    });
    expect(await drillMismatches(api, leader, l)).toEqual([]);
  });

  it('as of a past day: later landings leave it alone, a landing dated on or before it rewrites it', async () => {
    const asOf = { from: '2025-12-01', to: '2026-01-31', asOf: '2026-01-05' };
    const before = await landing(asOf);
    expect(before.period).toEqual({ from: '2025-12-01', to: '2026-01-05', asOf: '2026-01-05', historical: true });
    expect(before.landing.signed.projects.value).toBe(3);
    expect(before.landing.landed.projects.value).toBe(2);
    expect(await drillMismatches(api, leader, before.landing)).toEqual([]);

    // P4 lands on 01-20, after the as-of day: the figures as of 01-05 stay as they were.
    await land('P4', '2026-01-20');
    const after = await landing(asOf);
    expect(after).toEqual(before);
    const today = await landing({ from: '2025-12-01', to: '2026-01-31' });
    expect(today.landing.landed.projects.value).toBe(3);

    // Recording a landing dated before the as-of day rewrites that day's history, as it should.
    await land('P4', '2026-01-04');
    const rewritten = await landing(asOf);
    expect(rewritten.landing.landed.projects.value).toBe(3);
    expect(await drillMismatches(api, leader, rewritten.landing)).toEqual([]);
    expect(countFigures(rewritten.landing).length).toBeGreaterThan(20);
  });
});
