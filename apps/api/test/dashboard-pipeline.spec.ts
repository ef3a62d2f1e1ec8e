import { DataSource } from 'typeorm';
import { Clock } from '@lianzhao/api-core';
import { fieldErrors, startTestApi, type TestApi } from './harness';
import { countFigures, drillMismatches, FIGURE, must, type Figure } from './dashboard-drills';

/** A Shanghai wall-clock time (UTC+8, no daylight saving). */
const shanghai = (date: string, time = '12:00:00') => new Date(`${date}T${time}+08:00`);

const PIPELINE = `query ($filter: DashboardFilter) { dashboard(filter: $filter) {
  period { from to asOf historical }
  pipeline {
    open ${FIGURE} openPlannedInvestment ${FIGURE}
    openByStage { stage leads ${FIGURE} plannedInvestment ${FIGURE} }
    funnel { stage reached ${FIGURE} conversionToNext }
    stageDurations { stage medianDays leads ${FIGURE} }
    lost ${FIGURE}
    lostByReason { reason leads ${FIGURE} }
  } } }`;

interface Pipeline {
  open: Figure;
  openPlannedInvestment: Figure<string>;
  openByStage: { stage: string; leads: Figure; plannedInvestment: Figure<string> }[];
  funnel: { stage: string; reached: Figure; conversionToNext: number | null }[];
  stageDurations: { stage: string; medianDays: number | null; leads: Figure }[];
  lost: Figure;
  lostByReason: { reason: string; leads: Figure }[];
}
interface DashboardResult {
  dashboard: { period: { from: string; to: string; asOf: string; historical: boolean }; pipeline: Pipeline };
}

/** The town the test's leads are in, so the demo data's leads stay out of every figure. */
const TOWN = 'PIPELINE_TEST_TOWN';

describe('cockpit pipeline (驾驶舱·招商管道)', () => {
  let api: TestApi;
  let db: DataSource;
  let clock: Clock;
  let officer: string;
  let leader: string;
  let enterpriseId: string;
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};

  async function lead(name: string, plannedInvestment: string, channel = 'SELF'): Promise<void> {
    const created = must(
      await api.gql<{ createLead: { id: string; version: number } }>(
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }',
        {
          input: {
            enterpriseId,
            projectName: `管道测试${name}`,
            segmentCode: 'HYDROGEN',
            channel,
            townCode: TOWN,
            plannedInvestment,
          },
        },
        officer,
      ),
    ).createLead;
    ids[name] = created.id;
    versions[name] = created.version;
  }

  async function move(name: string, stage: string, reason?: string): Promise<void> {
    const moved = must(
      await api.gql<{ moveLead: { version: number } }>(
        'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version } }',
        { input: { id: ids[name], stage, reason, version: versions[name] } },
        officer,
      ),
    ).moveLead;
    versions[name] = moved.version;
  }

  /**
   * Puts a lead's recorded history at the given Shanghai times: its creation and each move, in
   * the order they were made. The API stamps them with the database's clock; a history reaching
   * back months is written here.
   */
  async function history(name: string, times: string[]): Promise<void> {
    const changes: { id: string }[] = await db.query(
      'SELECT id FROM lead_stage_changes WHERE lead_id = $1 ORDER BY at, id',
      [ids[name]],
    );
    expect(changes).toHaveLength(times.length);
    const at = times.map((t) => new Date(`${t}+08:00`));
    for (const [i, change] of changes.entries()) {
      await db.query('UPDATE lead_stage_changes SET at = $1 WHERE id = $2', [at[i], change.id]);
    }
    await db.query('UPDATE leads SET created_at = $1, stage_changed_at = $2 WHERE id = $3', [
      at[0],
      at[at.length - 1],
      ids[name],
    ]);
  }

  async function pipeline(filter: Record<string, unknown>): Promise<DashboardResult['dashboard']> {
    return must(await api.gql<DashboardResult>(PIPELINE, { filter: { town: TOWN, ...filter } }, leader)).dashboard;
  }

  const values = (figures: { stage: string; leads?: Figure; reached?: Figure }[]) =>
    Object.fromEntries(figures.map((f) => [f.stage, (f.leads ?? f.reached)?.value]));

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    clock = api.app.get(Clock);
    clock.fix(shanghai('2026-02-15'));
    officer = await api.login('officer');
    leader = await api.login('leader');
    await db.query(
      "INSERT INTO places (code, kind, name, name_en, sort_order) VALUES ($1, 'TOWN', '管道测试镇', 'Pipeline test town', 99)",
      [TOWN],
    );
    enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation { createEnterprise(input: { name: "奉贤管道测试有限公司" }) { id } }',
        {},
        officer,
      ),
    ).createEnterprise.id;

    // A: moved to 实地考察 at 23:30 on 12-31 (Shanghai): December's.
    await lead('A', '1000');
    await move('A', 'CONTACTED');
    await move('A', 'VISITED');
    await history('A', ['2025-11-10T10:00:00', '2025-11-20T23:30:00', '2025-12-31T23:30:00']);
    // B: moved to 初步接洽 at 00:30 on 01-01 (Shanghai): January's.
    await lead('B', '2000.5');
    await move('B', 'CONTACTED');
    await history('B', ['2025-12-05T09:00:00', '2026-01-01T00:30:00']);
    // C: the whole path in December, created ten minutes into 12-01 (still 11-30 in UTC).
    await lead('C', '3000');
    await move('C', 'CONTACTED');
    await move('C', 'APPROVED');
    await move('C', 'SIGNED');
    await history('C', ['2025-12-01T00:10:00', '2025-12-11T00:10:00', '2025-12-21T00:10:00', '2025-12-26T00:10:00']);
    // D, E, F: lost in December, two for one reason.
    await lead('D', '400');
    await move('D', 'LOST', '去了其他区');
    await history('D', ['2025-12-02T12:00:00', '2025-12-12T12:00:00']);
    await lead('E', '500');
    await move('E', 'ON_HOLD', '资金未到位');
    await move('E', 'LOST', '去了其他区');
    await history('E', ['2025-12-03T12:00:00', '2025-12-08T12:00:00', '2025-12-20T12:00:00']);
    await lead('F', '600');
    await move('F', 'LOST', '政策不匹配');
    await history('F', ['2025-12-04T12:00:00', '2025-12-09T12:00:00']);
    // G: in January; its move to 深度洽谈 comes after the as-of day 01-10.
    await lead('G', '700.25');
    await move('G', 'VISITED');
    await move('G', 'NEGOTIATING');
    await history('G', ['2026-01-05T12:00:00', '2026-01-08T12:00:00', '2026-01-20T12:00:00']);
    // Z: another channel, left out by the channel filter.
    await lead('Z', '9', 'EVENT');
    await history('Z', ['2025-12-15T12:00:00']);
  });
  afterAll(async () => {
    clock.fix(null);
    await api.close();
  });

  it('December: the funnel, stage durations and losses, with the 12-31 23:30 move in it and the 01-01 00:30 one not', async () => {
    const { period, pipeline: p } = await pipeline({ from: '2025-12-01', to: '2025-12-31', channel: 'SELF' });
    expect(period).toEqual({ from: '2025-12-01', to: '2025-12-31', asOf: '2026-02-15', historical: false });
    // First reached in December: 线索 by B–F (A was created in November), 实地考察 by A (12-31
    // 23:30) and C (its jump to 立项 reaches 实地考察 and 深度洽谈 too), the rest by C alone.
    expect(values(p.funnel)).toEqual({ NEW: 5, CONTACTED: 1, VISITED: 2, NEGOTIATING: 1, APPROVED: 1, SIGNED: 1 });
    expect(p.funnel.map((f) => f.conversionToNext)).toEqual([1 / 5, 2, 0.5, 1, 1, null]);
    expect(p.stageDurations.map((d) => [d.stage, d.medianDays, d.leads.value])).toEqual([
      ['NEW', 7.5, 4],
      ['CONTACTED', 25.5, 2],
      ['VISITED', null, 0],
      ['NEGOTIATING', null, 0],
      ['APPROVED', 5, 1],
      ['ON_HOLD', 12, 1],
      ['LOST', null, 0],
    ]);
    expect(p.lost.value).toBe(3);
    expect(p.lostByReason.map((r) => [r.reason, r.leads.value])).toEqual([
      ['去了其他区', 2],
      ['政策不匹配', 1],
    ]);
    expect(p.funnel[2].reached.drill).toEqual({
      kind: 'LEADS',
      filter: {
        townCode: TOWN,
        channels: ['SELF'],
        reached: { stage: 'VISITED', from: '2025-12-01', to: '2025-12-31' },
      },
    });
    expect(await drillMismatches(api, leader, p)).toEqual([]);
  });

  it('January: the 01-01 00:30 move counts here, the 12-31 23:30 one does not', async () => {
    const { pipeline: p } = await pipeline({ from: '2026-01-01', to: '2026-01-31', channel: 'SELF' });
    // B reached 初步接洽 at 00:30 on 01-01; G was created, jumped to 实地考察 and reached 深度洽谈.
    expect(values(p.funnel)).toEqual({ NEW: 1, CONTACTED: 2, VISITED: 1, NEGOTIATING: 1, APPROVED: 0, SIGNED: 0 });
    expect(p.funnel.map((f) => f.conversionToNext)).toEqual([2, 0.5, 1, 0, null, null]);
    // B waited 26 days 15.5 hours in 线索 (26 whole days), G 3 days: the median is their mean, 14.5.
    expect(p.stageDurations.map((d) => [d.stage, d.medianDays, d.leads.value])).toEqual([
      ['NEW', 14.5, 2],
      ['CONTACTED', null, 0],
      ['VISITED', 12, 1],
      ['NEGOTIATING', null, 0],
      ['APPROVED', null, 0],
      ['ON_HOLD', null, 0],
      ['LOST', null, 0],
    ]);
    expect(p.lost.value).toBe(0);
    expect(p.lostByReason).toEqual([]);
    expect(await drillMismatches(api, leader, p)).toEqual([]);
  });

  it('the channel filter cuts every figure; without it the other channel counts', async () => {
    const { pipeline: p } = await pipeline({ from: '2025-12-01', to: '2025-12-31' });
    expect(p.funnel[0].reached.value).toBe(6);
    expect(p.funnel[0].reached.drill.filter).toEqual({
      townCode: TOWN,
      reached: { stage: 'NEW', from: '2025-12-01', to: '2025-12-31' },
    });
    expect(values(p.openByStage)).toEqual({ NEW: 1, CONTACTED: 1, VISITED: 1, NEGOTIATING: 1, APPROVED: 0, ON_HOLD: 0 });
    expect(await drillMismatches(api, leader, p)).toEqual([]);
  });

  it('without a town or channel the funnel sums the daily totals, and each drill lists as many leads', async () => {
    const { pipeline: p } = await pipeline({ town: null, segmentCode: 'HYDROGEN', from: '2025-12-01', to: '2025-12-31' });
    expect(p.funnel[0].reached.drill.filter).toMatchObject({
      segmentCode: 'HYDROGEN',
      reached: { stage: 'NEW', from: '2025-12-01', to: '2025-12-31' },
    });
    expect(p.funnel[0].reached.drill.filter).not.toHaveProperty('townCode');
    // The test leads are all there (other leads of the segment may be too).
    expect(p.funnel[0].reached.value).toBeGreaterThanOrEqual(6);
    expect(await drillMismatches(api, leader, p.funnel)).toEqual([]);
    const all = (await pipeline({ town: null, from: '2025-12-01', to: '2025-12-31' })).pipeline;
    expect(await drillMismatches(api, leader, all.funnel)).toEqual([]);
  });

  it('without a town, channel or segment the stage durations read whole months from the monthly histogram and the ends from the stays', async () => {
    for (const period of [
      { from: '2025-12-01', to: '2025-12-31' },
      { from: '2025-11-15', to: '2026-01-10' },
      { from: '2025-12-20', to: '2026-01-05' },
    ]) {
      const { pipeline: p } = await pipeline({ town: null, ...period });
      // The median recounted from the history: whole days since the lead's move before.
      const rows: { stage: string; median: number | null }[] = await db.query(
        `SELECT c.from_stage AS stage, percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(EXTRACT(EPOCH FROM c.at -
           (SELECT max(q.at) FROM lead_stage_changes q WHERE q.lead_id = c.lead_id AND (q.at, q.id) < (c.at, c.id))) / 86400)) AS median
         FROM lead_stage_changes c
         WHERE c.from_stage IS NOT NULL AND c.at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
           AND c.at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
         GROUP BY c.from_stage`,
        [period.from, period.to],
      );
      const expected = new Map(rows.map((r) => [r.stage, r.median === null ? null : Number(r.median)]));
      expect(p.stageDurations.map((d) => [d.stage, d.medianDays])).toEqual(
        p.stageDurations.map((d) => [d.stage, expected.get(d.stage) ?? null]),
      );
      expect(await drillMismatches(api, leader, p)).toEqual([]);
    }
  });

  it('moves a lead’s reach with an edit of its attribution', async () => {
    const december = { from: '2025-12-01', to: '2025-12-31', channel: 'SELF' };
    const before = values((await pipeline(december)).pipeline.funnel);
    const updated = must(
      await api.gql<{ updateLead: { version: number } }>(
        'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { version } }',
        { input: { id: ids.C, version: versions.C, channel: 'EVENT' } },
        officer,
      ),
    ).updateLead;
    versions.C = updated.version;
    const after = (await pipeline(december)).pipeline;
    expect(values(after.funnel)).toEqual({ NEW: 4, CONTACTED: 0, VISITED: 1, NEGOTIATING: 0, APPROVED: 0, SIGNED: 0 });
    expect(before).toEqual({ NEW: 5, CONTACTED: 1, VISITED: 2, NEGOTIATING: 1, APPROVED: 1, SIGNED: 1 });
    expect(await drillMismatches(api, leader, after)).toEqual([]);
    const back = must(
      await api.gql<{ updateLead: { version: number } }>(
        'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { version } }',
        { input: { id: ids.C, version: versions.C, channel: 'SELF' } },
        officer,
      ),
    ).updateLead;
    versions.C = back.version;
    expect(values((await pipeline(december)).pipeline.funnel)).toEqual(before);
  });

  it('open leads by stage now and as of past days, from the stage history', async () => {
    const now = (await pipeline({ channel: 'SELF' })).pipeline;
    expect(values(now.openByStage)).toEqual({ NEW: 0, CONTACTED: 1, VISITED: 1, NEGOTIATING: 1, APPROVED: 0, ON_HOLD: 0 });
    expect(now.open.value).toBe(3);
    expect(now.openPlannedInvestment.value).toBe('3700.75');
    expect(now.openByStage.map((s) => s.plannedInvestment.value)).toEqual(['0', '2000.5', '1000', '700.25', '0', '0']);
    expect(now.open.drill.filter).toEqual({
      townCode: TOWN,
      channels: ['SELF'],
      stages: ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD'],
    });
    expect(await drillMismatches(api, leader, now)).toEqual([]);

    // The end of 01-10: G had reached 实地考察, not yet 深度洽谈.
    const jan10 = await pipeline({ asOf: '2026-01-10', channel: 'SELF' });
    expect(jan10.period).toEqual({ from: '2026-01-01', to: '2026-01-10', asOf: '2026-01-10', historical: true });
    expect(values(jan10.pipeline.openByStage)).toEqual({ NEW: 0, CONTACTED: 1, VISITED: 2, NEGOTIATING: 0, APPROVED: 0, ON_HOLD: 0 });
    expect(jan10.pipeline.openPlannedInvestment.value).toBe('3700.75');
    expect(jan10.pipeline.open.drill.filter).toMatchObject({ asOf: '2026-01-10' });
    expect(await drillMismatches(api, leader, jan10.pipeline)).toEqual([]);

    // The end of 12-31: A's 23:30 move is in, B's 00:30 move is not, G does not exist yet.
    const dec31 = await pipeline({ asOf: '2025-12-31', channel: 'SELF' });
    expect(values(dec31.pipeline.openByStage)).toEqual({ NEW: 1, CONTACTED: 0, VISITED: 1, NEGOTIATING: 0, APPROVED: 0, ON_HOLD: 0 });
    expect(await drillMismatches(api, leader, dec31.pipeline)).toEqual([]);

    // The end of 12-10: C moved on at 00:10 on 12-11, so it was still 线索; E was on hold.
    const dec10 = await pipeline({ asOf: '2025-12-10', channel: 'SELF' });
    expect(values(dec10.pipeline.openByStage)).toEqual({ NEW: 3, CONTACTED: 1, VISITED: 0, NEGOTIATING: 0, APPROVED: 0, ON_HOLD: 1 });
    expect(dec10.pipeline.open.value).toBe(5);
    expect(await drillMismatches(api, leader, dec10.pipeline)).toEqual([]);
  });

  it('edits after the as-of day leave its figures alone and show in today’s', async () => {
    const asOf = { asOf: '2026-01-10', from: '2025-12-01', to: '2026-01-10', channel: 'SELF' };
    const before = (await pipeline(asOf)).pipeline;
    const todayBefore = (await pipeline({ channel: 'SELF' })).pipeline;
    // Today: B moves on, a new lead arrives.
    await move('B', 'VISITED');
    await lead('H', '50');
    const after = (await pipeline(asOf)).pipeline;
    expect(after).toEqual(before);
    const todayAfter = (await pipeline({ channel: 'SELF' })).pipeline;
    expect(values(todayAfter.openByStage)).toEqual({
      ...values(todayBefore.openByStage),
      NEW: 1,
      CONTACTED: 0,
      VISITED: 2,
    });
    expect(await drillMismatches(api, leader, after)).toEqual([]);
    expect(await drillMismatches(api, leader, todayAfter)).toEqual([]);
    expect(countFigures(after).length).toBeGreaterThan(20);
  });

  it('counts a lead that left a stage twice in the period once, and both stays in the median', async () => {
    // R in October: 线索 2 days, back from 初步接洽 after 1 day, 线索 again 6 days.
    await lead('R', '10');
    await move('R', 'CONTACTED');
    await move('R', 'NEW');
    await move('R', 'CONTACTED');
    await history('R', ['2025-10-01T10:00:00', '2025-10-03T10:00:00', '2025-10-04T10:00:00', '2025-10-10T10:00:00']);
    const { pipeline: p } = await pipeline({ from: '2025-10-01', to: '2025-10-31', channel: 'SELF' });
    expect(p.stageDurations.map((d) => [d.stage, d.medianDays, d.leads.value])).toEqual([
      ['NEW', 4, 1],
      ['CONTACTED', 1, 1],
      ['VISITED', null, 0],
      ['NEGOTIATING', null, 0],
      ['APPROVED', null, 0],
      ['ON_HOLD', null, 0],
      ['LOST', null, 0],
    ]);
    expect(values(p.funnel)).toEqual({ NEW: 1, CONTACTED: 1, VISITED: 0, NEGOTIATING: 0, APPROVED: 0, SIGNED: 0 });
    expect(await drillMismatches(api, leader, p)).toEqual([]);
    // From 10-04 on, only the second stay in 线索 falls in the period.
    const later = (await pipeline({ from: '2025-10-04', to: '2025-10-31', channel: 'SELF' })).pipeline;
    expect(later.stageDurations[0]).toMatchObject({ stage: 'NEW', medianDays: 6, leads: { value: 1 } });
    expect(await drillMismatches(api, leader, later)).toEqual([]);
  });

  it('checks the new lead filter fields like the others, with zh-CN field errors', async () => {
    const LIST = 'query ($filter: LeadFilter) { leads(filter: $filter) { totalCount } }';
    const badDay = await api.gql(LIST, { filter: { asOf: '2026-13-01' } }, leader);
    expect(Object.keys(fieldErrors(badDay))).toEqual(['filter.asOf']);
    const backwards = await api.gql(LIST, { filter: { movedTo: { from: '2026-01-10', to: '2026-01-01' } } }, leader);
    expect(fieldErrors(backwards)['filter.movedTo.to']).toBe('变更日期止不能早于起始日期');
    const offPath = await api.gql(LIST, { filter: { reached: { stage: 'LOST' } } }, leader);
    expect(fieldErrors(offPath)['filter.reached.stage']).toBe('请选择推进阶段');
    const reachedBackwards = await api.gql(
      LIST,
      { filter: { reached: { stage: 'NEW', from: '2026-01-10', to: '2026-01-01' } } },
      leader,
    );
    expect(fieldErrors(reachedBackwards)['filter.reached.to']).toBe('到达日期止不能早于起始日期');
  });

  it('is closed to partners', async () => {
    const partner = await api.login('partner');
    const result = await api.gql(PIPELINE, {}, partner);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
