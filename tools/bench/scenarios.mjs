// The scenarios: what a screen asks the API (the web client's own operation), and the floor's SQL
// for the same result. Each side reduces its answer to the same shape (ids in order, counts,
// sums), so one sample of each can be compared before the scenario is timed.
import * as FLOOR from './floors.mjs';
import { filingPlan } from './filing.mjs';

const LEAD_STAGES = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'SIGNED', 'ON_HOLD', 'LOST'];

/** Today in Shanghai, the day every rule of the API counts in. */
export function shanghaiToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

const decimal = (v) => Number(v ?? 0);

/** A leads connection as both sides report it. */
function leadsShape(ids, hasNextPage, totalCount, summary) {
  return {
    ids,
    hasNextPage,
    totalCount,
    summary: LEAD_STAGES.map((s) => [s, summary[s]?.[0] ?? 0, summary[s]?.[1] ?? 0]),
  };
}

function apiLeads(data) {
  const { edges, pageInfo, totalCount, stageSummary } = data.leads;
  const summary = Object.fromEntries(
    stageSummary.map((s) => [s.stage, [s.count, decimal(s.plannedInvestment)]]),
  );
  return leadsShape(
    edges.map((e) => e.node.id),
    pageInfo.hasNextPage,
    totalCount,
    summary,
  );
}

function floorLeads(pageRows, summaryRows, page, totalOf) {
  const summary = Object.fromEntries(
    summaryRows.map((r) => [r.stage, [r.count, decimal(r.planned_investment)]]),
  );
  return leadsShape(
    pageRows.slice(0, page).map((r) => r.id),
    pageRows.length > page,
    totalOf(summaryRows),
    summary,
  );
}

function apiProjects(data) {
  const { edges, pageInfo, totalCount } = data.projects;
  return {
    ids: edges.map((e) => e.node.id),
    hasNextPage: pageInfo.hasNextPage,
    totalCount,
    rows: edges.map(({ node: p }) => [
      p.health,
      p.daysLate,
      p.nextMilestone,
      p.signedOn,
      p.landedOn,
      p.milestones.length,
    ]),
  };
}

function floorProjects(rows, page, totalCount) {
  return {
    ids: rows.slice(0, page).map((r) => r.id),
    hasNextPage: rows.length > page,
    totalCount,
    rows: rows
      .slice(0, page)
      .map((r) => [r.health, r.days_late, r.next_milestone, r.signed_on, r.landed_on, r.milestones.length]),
  };
}

/** The project list's first page on the floor, with its count. */
async function projectsFloor(pool, today, page, pageSql, countSql, countParams) {
  const [rows, count] = await Promise.all([
    pool.query(pageSql, [today, page + 1]),
    pool.query(countSql, countParams),
  ]);
  return floorProjects(rows.rows, page, count.rows[0].count);
}

const PATH = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'SIGNED'];
const OPEN = ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD'];
const MILESTONES = [
  'SIGNED',
  'REGISTERED',
  'SITE_SECURED',
  'CONSTRUCTION_STARTED',
  'COMPLETED',
  'IN_PRODUCTION',
  'FULL_OUTPUT',
  'MOVED_IN',
  'OPERATING',
];

/** The cockpit's figures that both sides compute, in one comparable shape. */
function cockpitShape(c) {
  return {
    open: OPEN.map((stage) => c.open.get(stage) ?? 0),
    funnel: PATH.map((stage) => c.reached.get(stage) ?? 0),
    lost: c.lost,
    signed: c.signed,
    landed: c.landed,
    months: c.months,
    onTime: MILESTONES.map((code) => c.onTime.get(code) ?? [0, 0]),
    health: c.health,
    mostDelayed: c.mostDelayed,
    referrals: c.referrals,
    rewards: c.rewards,
  };
}

function apiCockpit(data) {
  const d = data.dashboard;
  const month = (r) => `${r.from.slice(0, 7)}-01`;
  return cockpitShape({
    open: new Map(d.pipeline.openByStage.map((s) => [s.stage, s.leads.value])),
    reached: new Map(d.pipeline.funnel.map((s) => [s.stage, s.reached.value])),
    lost: d.pipeline.lost.value,
    signed: [d.landing.signed.projects.value, decimal(d.landing.signed.contractInvestment.value)],
    landed: [d.landing.landed.projects.value, decimal(d.landing.landed.contractInvestment.value)],
    months: d.landing.byMonth.map((r) => [month(r), r.signed.projects.value, r.landed.projects.value]),
    onTime: new Map(d.milestones.onTime.map((m) => [m.code, [m.done.value, m.onTime.value]])),
    health: [d.milestones.overdue.value, d.milestones.atRisk.value],
    mostDelayed: d.milestones.mostDelayed.map((p) => p.projectId),
    referrals: ['filed', 'accepted', 'signed', 'landed'].map((k) => d.referrals.total[k].value),
    rewards: [d.referrals.rewardsDue.value, d.referrals.rewardsAwarded.value],
  });
}

/** 基金与返投, which no filter changes: the page asks for it once (DashboardFunds), apart from the filtered figures. */
function apiCockpitFunds(data) {
  const f = data.dashboard.funds;
  return [
    decimal(f.counted.value),
    decimal(f.pending.value),
    f.countedInvestments.value,
    f.pendingInvestments.value,
    f.sciTechProjects.value,
  ];
}

/** The floor's statements run side by side, as ten users' connections would let them. */
async function cockpitFloor(db, industry, today, leading) {
  const from = `${today.slice(0, 4)}-01-01`;
  const period = [industry, from, today];
  const [open, funnel, , lost, signed, landed, , onTime, health, delayed, referrals, rewards] =
    await Promise.all([
      db.query(FLOOR.COCKPIT_OPEN, [industry]),
      db.query(FLOOR.COCKPIT_FUNNEL, period),
      db.query(FLOOR.COCKPIT_DURATIONS, period),
      db.query(FLOOR.COCKPIT_LOST, period),
      db.query(FLOOR.COCKPIT_SIGNED, period),
      db.query(FLOOR.COCKPIT_LANDED, period),
      db.query(FLOOR.COCKPIT_BREAKDOWNS, [...period, leading]),
      db.query(FLOOR.COCKPIT_ON_TIME, period),
      db.query(FLOOR.COCKPIT_HEALTH, [industry, today]),
      db.query(FLOOR.COCKPIT_MOST_DELAYED, [industry, today]),
      db.query(FLOOR.COCKPIT_REFERRALS, period),
      db.query(FLOOR.COCKPIT_REWARDS, period),
    ]);
  const reached = new Map(funnel.rows.map((r) => [r.stage, r.count]));
  const total = (rows) => rows.find((r) => r.no_month === 1 && r.no_quarter === 1 && r.no_year === 1);
  const monthly = (rows) => new Map(rows.filter((r) => r.no_month === 0).map((r) => [r.month, r.count]));
  const signedMonths = monthly(signed.rows);
  const landedMonths = monthly(landed.rows);
  const months = [];
  for (let m = 1; `${from.slice(0, 5)}${String(m).padStart(2, '0')}-01` <= today; m++) {
    const key = `${from.slice(0, 5)}${String(m).padStart(2, '0')}-01`;
    months.push([key, signedMonths.get(key) ?? 0, landedMonths.get(key) ?? 0]);
  }
  const funnelOf = referrals.rows.reduce(
    (sum, r) => sum.map((v, i) => v + [r.filed, r.accepted, r.signed, r.landed][i]),
    [0, 0, 0, 0],
  );
  const [h] = health.rows;
  return cockpitShape({
    open: new Map(open.rows.map((r) => [r.stage, r.count])),
    reached,
    lost: lost.rows.find((r) => r.total === 1)?.count ?? 0,
    signed: [total(signed.rows)?.count ?? 0, decimal(total(signed.rows)?.contract)],
    landed: [total(landed.rows)?.count ?? 0, decimal(total(landed.rows)?.contract)],
    months,
    onTime: new Map(onTime.rows.map((r) => [r.code, [r.done, r.on_time]])),
    health: [h.overdue, h.at_risk],
    mostDelayed: delayed.rows.map((r) => r.id),
    referrals: funnelOf,
    rewards: [rewards.rows[0].due, rewards.rows[0].awarded],
  });
}

async function cockpitFundsFloor(db, today) {
  const { rows } = await db.query(FLOOR.COCKPIT_FUNDS, [today]);
  const f = rows[0];
  return [decimal(f.counted), decimal(f.pending), f.counted_investments, f.pending_investments, f.sci_tech];
}

/**
 * The values the scenarios use, taken from the data: the industry with the most leads and its
 * most common stage (the board's heaviest column), and real lead ids for the lead page.
 */
export async function pickParameters(pool, settings) {
  const industry =
    settings.industry ??
    (
      await pool.query(
        'SELECT industry_code FROM leads GROUP BY industry_code ORDER BY count(*) DESC LIMIT 1',
      )
    ).rows[0]?.industry_code;
  if (!industry)
    throw new Error('the database has no leads: fill it with `npm run bench:data -- --scale 1` first');
  const stage =
    settings.stage ??
    (
      await pool.query(
        'SELECT stage FROM leads WHERE industry_code = $1 GROUP BY stage ORDER BY count(*) DESC LIMIT 1',
        [industry],
      )
    ).rows[0].stage;
  // Ids in uuid order: a spread over the table that is the same on every run over the same data.
  const leadIds = (await pool.query('SELECT id FROM leads ORDER BY id LIMIT 500')).rows.map((r) => r.id);
  const leadingIndustries = (
    await pool.query('SELECT code FROM industries WHERE "leading" ORDER BY code')
  ).rows.map((r) => r.code);
  return { industry, stage, leadIds, leadingIndustries };
}

/** Every scenario of the run, in the order they are measured. */
export async function buildScenarios({ pool, settings, params, users }) {
  const page = settings.pageSize;
  const today = shanghaiToday();
  const leadsSearch = (term) => ({
    operation: 'Leads',
    token: 'officer',
    variables: () => ({ first: page, filter: { search: term } }),
    result: apiLeads,
  });
  // The cockpit under the busiest industry, this year: at the bench's concurrency, and alone (below).
  const cockpit = {
    key: 'cockpit',
    label: `cockpit, ${params.industry} this year`,
    api: {
      operation: 'Dashboard',
      token: 'officer',
      variables: () => ({ filter: { industryCode: params.industry } }),
      result: apiCockpit,
    },
    floor: (n, db) => cockpitFloor(db, params.industry, today, params.leadingIndustries),
  };
  const searchFloor = (term) => async (n, db) => {
    const pattern = `%${term}%`;
    const { rows } = await db.query(FLOOR.SEARCH_PAGE_WITH_SUMMARY, [term, pattern, page + 1]);
    const pageRows = rows.filter((r) => r.id !== null);
    return floorLeads(pageRows, rows[0]?.summary ?? [], page, (s) => s.reduce((sum, r) => sum + r.count, 0));
  };
  const filing = await filingPlan({ pool, users, today });

  return [
    {
      key: 'board',
      label: `board ${params.industry}/${params.stage} by investment`,
      api: {
        operation: 'Leads',
        token: 'officer',
        variables: () => ({
          first: page,
          filter: { industryCode: params.industry, stage: params.stage },
          orderBy: { field: 'PLANNED_INVESTMENT', direction: 'DESC' },
        }),
        result: apiLeads,
      },
      floor: async (n, db) => {
        const [rows, summary] = await Promise.all([
          db.query(FLOOR.BOARD_PAGE, [params.industry, params.stage, page + 1]),
          db.query(FLOOR.BOARD_SUMMARY, [params.industry]),
        ]);
        return floorLeads(
          rows.rows,
          summary.rows,
          page,
          (s) => s.find((r) => r.stage === params.stage)?.count ?? 0,
        );
      },
    },
    {
      key: 'search2',
      label: `search 「${settings.search2}」`,
      api: leadsSearch(settings.search2),
      floor: searchFloor(settings.search2),
    },
    {
      key: 'search4',
      label: `search 「${settings.search4}」`,
      api: leadsSearch(settings.search4),
      floor: searchFloor(settings.search4),
    },
    {
      key: 'lead',
      label: 'lead page + timeline',
      api: {
        operation: 'Lead',
        token: 'officer',
        variables: (n) => ({ id: params.leadIds[n % params.leadIds.length] }),
        result: (data) => ({
          id: data.lead.id,
          project: data.lead.project?.id ?? null,
          followUps: data.lead.followUps.map((f) => f.id),
          stageChanges: data.lead.stageChanges.map((c) => c.id),
          auditTrail: data.lead.auditTrail.map((a) => a.id),
        }),
      },
      floor: async (n, db) => {
        const [lead] = (await db.query(FLOOR.LEAD_PAGE, [params.leadIds[n % params.leadIds.length], today]))
          .rows;
        return {
          id: lead.id,
          project: lead.project_id,
          followUps: lead.follow_ups.map((f) => f.id),
          stageChanges: lead.stage_changes.map((c) => c.id),
          auditTrail: lead.audit_trail.map((a) => a.id),
        };
      },
    },
    {
      key: 'projects',
      label: 'projects, by signed date',
      api: {
        operation: 'Projects',
        token: 'officer',
        variables: () => ({ first: page }),
        result: apiProjects,
      },
      floor: (n, db) => projectsFloor(db, today, page, FLOOR.PROJECTS_PAGE, FLOOR.PROJECTS_COUNT, []),
    },
    {
      key: 'overdue',
      label: 'projects, overdue',
      api: {
        operation: 'Projects',
        token: 'officer',
        variables: () => ({ first: page, filter: { healths: ['OVERDUE'] } }),
        result: apiProjects,
      },
      floor: (n, db) => projectsFloor(db, today, page, FLOOR.OVERDUE_PAGE, FLOOR.OVERDUE_COUNT, [today]),
    },
    {
      key: 'filing',
      label: 'referral filing',
      notes: filing.mix,
      api: {
        operation: 'FileReferral',
        token: 'partner',
        variables: (n) => ({ input: filing.input(n) }),
        // A filing that does not get the status its company calls for is an error, not a result.
        check: (data, n) => filing.expect(n, data.fileReferral.status),
        result: (data) => ({ status: data.fileReferral.status }),
        trail: (data) => data.fileReferral.id,
      },
      floor: async (n, db) => {
        const [row] = (await db.query(FLOOR.FILE_REFERRAL, filing.floorParams(n))).rows;
        filing.expect(n, row.decided);
        return { status: row.status, id: row.id };
      },
      sample: filing.sample,
      reset: () => filing.reset(),
    },
    cockpit,
    // Issue 13's target: one leader changing a filter, so one request at a time.
    { ...cockpit, key: 'cockpit1', label: `${cockpit.label}, one leader`, concurrency: 1 },
    // The rest of the page, asked once when it opens (no filter changes it).
    {
      key: 'cockpitFunds1',
      label: 'cockpit 基金与返投 (page opening), one leader',
      concurrency: 1,
      api: { operation: 'DashboardFunds', token: 'officer', variables: () => ({}), result: apiCockpitFunds },
      floor: (n, db) => cockpitFundsFloor(db, today),
    },
  ];
}
