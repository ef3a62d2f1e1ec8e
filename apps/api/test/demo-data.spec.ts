import { DataSource } from 'typeorm';
import {
  CHANNELS,
  effectiveReferralStatus,
  LEAD_STAGES,
  normalizeCompanyName,
  ORGANIZATION_KINDS,
  TARGET_METRIC_DEFINITIONS,
  type LeadStage,
  type MilestoneCode,
  type ReferralStatus,
} from '@lianzhao/domain';
import { Clock } from '@lianzhao/api-core';
import { startTestApi, type TestApi } from './harness';
import { expectHistoriesFollowThePipeline, expectMilestonesFollowTheRules } from './history-checks';

// The demo's two years of history (issue 13), as `npm start` writes it on first start: enough of
// everything for the cockpit, obeying the rules the services enforce one by one, and the same
// office on every first start.

const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

/** What makes one demo office: names, stages and dates of its history, ids left out (the base demo is dated now). */
async function fingerprint(db: DataSource): Promise<string> {
  const rows = await db.query(`
    SELECT string_agg(x, '|' ORDER BY x) AS print FROM (
      SELECT l.project_name || ':' || l.stage || ':' || l.channel || ':' || to_char(l.stage_changed_at, 'YYYY-MM-DD HH24:MI:SS.MS') AS x
        FROM leads l WHERE l.created_at < now() - interval '1 day'
      UNION ALL
      SELECT p.name || ':' || coalesce(p.next_milestone, '-') || ':' || coalesce(p.landed_on::text, '-') || ':' || coalesce(p.contract_investment::text, '-')
        FROM projects p JOIN leads l ON l.id = p.lead_id WHERE l.created_at < now() - interval '1 day'
      UNION ALL
      SELECT r.company_name || ':' || r.status || ':' || to_char(r.created_at, 'YYYY-MM-DD HH24:MI:SS.MS') FROM referrals r WHERE r.created_at < now() - interval '1 day'
      UNION ALL
      SELECT i.amount::text || ':' || i.invested_on::text || ':' || i.stage FROM investments i
    ) t`);
  return rows[0].print;
}

describe('demo data with history', () => {
  let api: TestApi;
  let db: DataSource;
  let today: string;

  beforeAll(async () => {
    api = await startTestApi({ demoHistory: true });
    db = api.app.get(DataSource);
    today = api.app.get(Clock).today();
  });
  afterAll(() => api.close());

  it('has a few hundred leads in every stage and channel, with histories over two years', async () => {
    const leads: Array<{ stage: LeadStage; channel: string }> = await db.query(
      'SELECT stage, channel FROM leads',
    );
    expect(leads.length).toBeGreaterThanOrEqual(300);
    expect(new Set(leads.map((l) => l.stage))).toEqual(new Set(LEAD_STAGES));
    expect(new Set(leads.map((l) => l.channel))).toEqual(new Set(CHANNELS));
    const [span] = await db.query('SELECT min(at) AS first, max(at) AS last FROM lead_stage_changes');
    const first = shanghaiDay(span.first);
    const months =
      (Number(today.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
      Number(today.slice(5, 7)) -
      Number(first.slice(5, 7));
    expect(months).toBe(23);
    expect(span.last.getTime()).toBeLessThanOrEqual(Date.now());
    // Moves in every month of the two years.
    const [{ n }] = await db.query(
      "SELECT count(DISTINCT to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'))::int AS n FROM lead_stage_changes",
    );
    expect(n).toBeGreaterThanOrEqual(23);
  });

  // The base demo's few leads move inside the seeding transaction, all at its one now(): their
  // order is not in the timestamps, so only the history's leads are checked here.
  it('gives every history lead a history of allowed moves ending in its stage', async () => {
    const leads: Array<{ id: string; stage: LeadStage; stage_changed_at: Date }> = await db.query(
      "SELECT id, stage, stage_changed_at FROM leads WHERE created_at < now() - interval '1 day'",
    );
    const changes: Array<{
      lead_id: string;
      from_stage: LeadStage | null;
      to_stage: LeadStage;
      reason: string | null;
      at: Date;
    }> = await db.query(
      'SELECT lead_id, from_stage, to_stage, reason, at FROM lead_stage_changes ORDER BY lead_id, at',
    );
    expectHistoriesFollowThePipeline(leads, changes);
  });

  // As above, the base demo's four projects are left out (signed on days relative to today, moved now).
  it('lands about sixty projects at every milestone, some late, with dates the milestone rules accept', async () => {
    const projects: Array<{
      id: string;
      type: string;
      next_milestone: string | null;
      overdue: boolean;
      signed: Date;
    }> = await db.query(
      `SELECT p.id, p.type, p.next_milestone, p.earliest_open_plan < CAST($1 AS date) AS overdue, l.stage_changed_at AS signed
         FROM projects p JOIN leads l ON l.id = p.lead_id WHERE l.created_at < now() - interval '1 day'`,
      [today],
    );
    expect(projects.length).toBeGreaterThanOrEqual(55);
    expect(projects.length).toBeLessThanOrEqual(70);
    const next = new Set(projects.map((p) => p.next_milestone));
    for (const code of [
      'REGISTERED',
      'SITE_SECURED',
      'CONSTRUCTION_STARTED',
      'COMPLETED',
      'IN_PRODUCTION',
      'FULL_OUTPUT',
      'MOVED_IN',
      'OPERATING',
    ]) {
      expect({ code, present: next.has(code) }).toEqual({ code, present: true });
    }
    expect(projects.filter((p) => p.overdue).length).toBeGreaterThanOrEqual(5);
    expect(projects.filter((p) => !p.overdue).length).toBeGreaterThanOrEqual(10);

    const milestones: Array<{
      project_id: string;
      code: MilestoneCode;
      planned_date: string | null;
      actual_date: string | null;
    }> = await db.query(
      "SELECT project_id, code, to_char(planned_date, 'YYYY-MM-DD') AS planned_date, to_char(actual_date, 'YYYY-MM-DD') AS actual_date FROM project_milestones ORDER BY project_id, position",
    );
    const optional: Array<{ project_type: string; code: MilestoneCode }> = await db.query(
      'SELECT project_type, code FROM milestone_templates WHERE optional',
    );
    expectMilestonesFollowTheRules(
      projects.map((p) => ({ id: p.id, type: p.type, signedOn: shanghaiDay(p.signed) })),
      milestones,
      optional,
      today,
    );
  });

  it('has referrals from every kind of partner, in statuses their protection agrees with', async () => {
    const referrals: Array<{
      kind: string;
      status: ReferralStatus;
      protected_until: string | null;
      lead_stage: LeadStage | null;
      company_name: string;
      name_key: string;
    }> =
      await db.query(`SELECT o.kind, r.status, to_char(r.protected_until, 'YYYY-MM-DD') AS protected_until, l.stage AS lead_stage, r.company_name, r.name_key
                        FROM referrals r JOIN organizations o ON o.id = r.organization_id LEFT JOIN leads l ON l.id = r.lead_id`);
    expect(new Set(referrals.map((r) => r.kind))).toEqual(new Set(ORGANIZATION_KINDS));
    for (const r of referrals) {
      expect(
        effectiveReferralStatus(
          { status: r.status, protectedUntil: r.protected_until, leadStage: r.lead_stage },
          today,
        ),
      ).toBe(r.status);
      expect(r.name_key).toBe(normalizeCompanyName(r.company_name));
    }
    expect(new Set(referrals.map((r) => r.status))).toEqual(
      new Set(['PROTECTED', 'ACCEPTED', 'EXPIRED', 'REJECTED', 'CONFLICT']),
    );
  });

  it('has funds with investments, 科创 ones among them, and the entered target actuals', async () => {
    const token = await api.login('leader');
    const response = await api.gql<{
      fundTotals: { sciTechProjects: number; leverageScale: string };
      targets: Array<{ metric: string; source: string; actual: string | null; target: string | null }>;
      leads: { totalCount: number };
      projects: { totalCount: number };
    }>(
      `query ($year: Int!) { fundTotals { sciTechProjects leverageScale } targets(year: $year) { metric source actual target }
         leads(first: 1) { totalCount } projects(first: 1) { totalCount } }`,
      { year: Number(today.slice(0, 4)) },
      token,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as NonNullable<typeof response.data>;
    expect(data.fundTotals.sciTechProjects).toBeGreaterThanOrEqual(5);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM investments');
    expect(n).toBeGreaterThan(15);
    const [{ leads, projects }] = await db.query(
      'SELECT (SELECT count(*)::int FROM leads) AS leads, (SELECT count(*)::int FROM projects) AS projects',
    );
    expect(data.leads.totalCount).toBe(leads);
    expect(data.projects.totalCount).toBe(projects);
    // Every metric of this year has a target and an actual (the year has begun at least a quarter ago)…
    for (const row of data.targets)
      expect({ metric: row.metric, target: row.target !== null }).toEqual({
        metric: row.metric,
        target: true,
      });
    const entered = TARGET_METRIC_DEFINITIONS.filter((d) => d.source === 'ENTERED').map((d) => d.code);
    const [{ metrics }] = await db.query('SELECT count(DISTINCT metric)::int AS metrics FROM target_actuals');
    expect(metrics).toBe(entered.length);
    expect(data.targets.find((t) => t.metric === 'LEADING_INDUSTRY_INVESTMENT_LANDED')?.actual).not.toBe('0');
  });

  it('keeps the base demo accounts and records, and seeds fast', async () => {
    for (const username of [
      'admin',
      'officer',
      'officer2',
      'leader',
      'partner',
      'partner2',
      'fundpartner',
      'partner3',
      'partner4',
      'partner5',
    ]) {
      await api.login(username);
    }
    const [{ n }] = await db.query(
      "SELECT count(*)::int AS n FROM projects WHERE name = '人形机器人整机制造项目'",
    );
    expect(n).toBe(1);
  });

  it('is the same office on every first start', async () => {
    const first = await fingerprint(db);
    // One embedded database at a time in a process: the first one is closed before the next starts.
    await api.close();
    api = await startTestApi({ demoHistory: true });
    expect(await fingerprint(api.app.get(DataSource))).toBe(first);
  });
});
