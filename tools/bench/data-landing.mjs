// The landing side of the bench data: a project for every signed lead with its milestones from
// milestone_templates, partner referrals in every status with their history, and the audit trail
// of what was created. Consistency rules followed (libs/domain): the project is signed on the day
// its lead moved to 签约; actual dates respect template order and today, optional milestones may
// stay empty; a protection lasts protection_days from filing, acceptance or the lead's last move,
// and a lapsed one reads EXPIRED; at most one PROTECTED/ACCEPTED referral per company.
import { PARKS, REFERRAL_NOTES, REJECT_REASONS, SURNAMES, TIMELINES } from './data-vocab.mjs';
import { at, day, H, pick, plusDays, q, seqUuid, TODAY, U, uuid, wpick } from './data-sql.mjs';
import { stepAt } from './data-pipeline.mjs';

/** Days from 签约 each milestone is planned at; a code not listed gets 90 days per position. */
const OFFSETS = { REGISTERED: 45, SITE_SECURED: 120, CONSTRUCTION_STARTED: 210, COMPLETED: 540, IN_PRODUCTION: 630,
  FULL_OUTPUT: 900, MOVED_IN: 90, OPERATING: 150 };

export function projects() {
  const offset = `CASE t.code ${Object.entries(OFFSETS).map(([k, v]) => `WHEN '${k}' THEN ${v}`).join(' ')} ELSE 90 * t.position END`;
  // How late a project runs against its plan: most keep it, a quarter slip, some slip badly, a few stall.
  const slip = `CASE WHEN ${H('g', 202)} % 100 < 50 THEN -0.25 + 0.25 * ${U('g', 203)}
    WHEN ${H('g', 202)} % 100 < 82 THEN 0.05 + 0.45 * ${U('g', 203)}
    WHEN ${H('g', 202)} % 100 < 94 THEN 0.5 + 0.7 * ${U('g', 203)} ELSE 4 END`;
  const done = 'p.signed_on + round(o.off * p.plan * (1 + p.slip))::int';
  return [
    `CREATE UNLOGGED TABLE bd_p AS
     SELECT l.g, ${uuid('p', 'l.g')} AS id, l.id AS lead_id, CASE WHEN l.industry_code = 'OTHER' THEN 'LIGHT' ELSE 'HEAVY' END AS type,
       ${day('l.stage_changed_at')} AS signed_on, l.stage_changed_at AS created_at, 0.8 + 0.5 * ${U('l.g', 201)} AS plan, ${slip} AS slip,
       ${H('l.g', 204)} % 100 < 25 AS leased, l.planned_investment AS investment
     FROM bd_l l WHERE l.stage = 'SIGNED'`,
    `INSERT INTO projects (id, lead_id, enterprise_id, name, type, industry_code, segment_code, channel, source_organization_id,
       owner_id, town_code, park_code, contract_investment, registered_capital, planned_fixed_asset_investment, expected_output,
       expected_tax, land_area, site_supply_mode, space_area, space_tenure, industrial_high_rise, jobs_planned, created_at, updated_at)
     SELECT p.id, ld.id, ld.enterprise_id, ld.project_name, p.type, ld.industry_code, ld.segment_code, ld.channel,
       ld.source_organization_id, ld.owner_id, ld.town_code,
       CASE WHEN ${H('p.g', 211)} % 100 < 60 THEN ${pick(PARKS, 'p.g', 212)} END,
       p.investment, round(p.investment * (0.1 + 0.2 * ${U('p.g', 213)})),
       CASE WHEN p.type = 'HEAVY' THEN round(p.investment * (0.5 + 0.4 * ${U('p.g', 214)})) END,
       round(p.investment * (0.8 + 1.5 * ${U('p.g', 215)})), round(p.investment * (0.8 + 1.5 * ${U('p.g', 215)}) * 0.04),
       CASE WHEN p.type = 'HEAVY' AND NOT p.leased THEN COALESCE(ld.land_need, (10 + ${H('p.g', 216)} % 190)::numeric) END,
       CASE WHEN p.type = 'HEAVY' AND NOT p.leased THEN ${wpick([['FLEXIBLE_TRANSFER', 40], ['LONG_LEASE', 20], ['LEASE_THEN_TRANSFER', 25], ['LEASE_AND_TRANSFER', 15]], 'p.g', 217)} END,
       CASE WHEN p.type = 'LIGHT' OR p.leased THEN COALESCE(ld.space_need, (1000 + ${H('p.g', 218)} % 30000)::numeric) END,
       CASE WHEN p.type = 'LIGHT' OR p.leased THEN ${wpick([['LEASED', 80], ['BOUGHT', 20]], 'p.g', 219)} END,
       p.type = 'HEAVY' AND p.leased AND ${H('p.g', 220)} % 3 = 0,
       (20 + ${H('p.g', 221)} % 800)::int, p.created_at, p.created_at
     FROM bd_p p JOIN leads ld ON ld.id = p.lead_id ORDER BY p.created_at`,
    // Plans exist for the next steps and often not yet for the far ones; actual dates are the plan
    // stretched by the project's slip, recorded once they are no later than today.
    `CREATE UNLOGGED TABLE bd_m AS
     SELECT p.id AS project_id, p.g, t.code, t.position,
       CASE WHEN t.code = 'SIGNED' OR (t.optional AND p.leased) THEN NULL
            WHEN t.position > 3 AND ${H('p.g * 16 + t.position', 231)} % 10 < 4 THEN NULL
            ELSE p.signed_on + round(o.off * p.plan)::int END AS planned_date,
       CASE WHEN t.code = 'SIGNED' THEN p.signed_on
            WHEN t.optional AND p.leased THEN NULL
            WHEN ${done} <= ${TODAY} THEN ${done} END AS actual_date
     FROM bd_p p JOIN milestone_templates t ON t.project_type = p.type
     CROSS JOIN LATERAL (SELECT ${offset} AS off) o`,
    `INSERT INTO project_milestones (id, project_id, code, position, planned_date, actual_date)
     SELECT ${seqUuid('m', 'g * 16 + position')}, project_id, code, position, planned_date, actual_date FROM bd_m ORDER BY g, position`,
  ];
}

const REFERRAL_COLUMNS = `id uuid, rk int8, grp text, org_k int, organization_id uuid, filed_by_id uuid, filer_name text, company_name text,
  name_key text, credit_code text, industry_code text, segment_code text, planned_investment numeric, land_need numeric,
  space_need numeric, timeline text, contact_name text, contact_phone text, notes text, status text, filed_status text,
  filed_until date, protected_until date, conflict_with_id uuid, matched_lead_id uuid, lead_id uuid, enterprise_id uuid,
  lead_g int, decision_reason text, decided_at timestamptz, decided_by_id uuid, decider_name text, reward_amount numeric,
  rewarded_on date, created_at timestamptz, match_note text, match_partner_note text, accept_note text`;

/** What a partner writes about the company it files: needs, timeline, contact, notes. */
function filingFields(key, seed) {
  return {
    land_need: `CASE WHEN ${H(key, seed)} % 100 < 40 THEN (10 + ${H(key, seed + 1)} % 150)::numeric END`,
    space_need: `CASE WHEN ${H(key, seed)} % 100 >= 60 THEN (1000 + ${H(key, seed + 2)} % 20000)::numeric END`,
    timeline: `CASE WHEN ${H(key, seed + 3)} % 100 < 70 THEN ${pick(TIMELINES, key, seed + 4)} END`,
    contact_name: `${pick(SURNAMES, key, seed + 5)} || ${pick(['先生', '女士', '总'], key, seed + 6)}`,
    contact_phone: `'13' || lpad((${H(key, seed + 7)} % 1000000000)::text, 9, '0')`,
    notes: `CASE WHEN ${H(key, seed + 8)} % 100 < 40 THEN ${pick(REFERRAL_NOTES, key, seed + 9)} END`,
  };
}

/** An INSERT INTO bd_r from a SELECT whose columns are given by name. */
function into(columns, from) {
  const names = Object.keys(columns);
  return `INSERT INTO bd_r (${names.join(', ')}) SELECT ${names.map((n) => columns[n]).join(', ')} ${from}`;
}

const protectedNote = (pd, until) => ({
  match_note: q(`未匹配到其他报备或在管道中的线索，保护期 ${pd} 天`),
  match_partner_note: `'报备有效，保护期至 ' || (${until})`,
});

/**
 * Referrals: A accepted into leads (EXPIRED once the lead stopped moving for a protection
 * period), P live protections, X lapsed protections, J rejected, C conflicts with a live
 * protection, E companies already in the pipeline. P, X and J name companies only partners know.
 */
export function referrals(c) {
  const { pd, groups: n } = c;
  // Three in four accepted referrals are still live (the lead signed or moved within the period).
  const live = Math.round(n.A * 0.75);
  const firstPartnerLeads = `FROM (SELECT l.*, row_number() OVER (PARTITION BY l.live ORDER BY ${H('l.g', 301)}) AS pick FROM (
      SELECT l.*, row_number() OVER (PARTITION BY l.e ORDER BY l.created_at, l.g) AS nth,
        l.stage = 'SIGNED' OR ${day('l.stage_changed_at')} + ${pd} >= ${TODAY} AS live FROM bd_l l) l
      WHERE l.nth = 1 AND l.org_k IS NOT NULL) l
    JOIN bd_c c ON c.n = l.e JOIN bd_o o ON o.k = l.org_k
    CROSS JOIN LATERAL (SELECT l.created_at - make_interval(secs => 86400.0 * (1 + 19 * ${U('l.g', 302)})) AS filed,
      ${day('l.stage_changed_at')} + ${pd} AS until) t
    WHERE l.pick <= CASE WHEN l.live THEN ${live} ELSE ${n.A - live} END`;
  const partnerCompany = (grp, lo, filed, extra, joins = '') => {
    const f = filingFields('c.n', 320);
    return into({
      id: uuid('r', `${2 * c.L} + c.n`), rk: `${2 * c.L} + c.n`, grp: q(grp), org_k: 'o.k', organization_id: 'o.id', filed_by_id: 'o.user_id',
      filer_name: 'o.user_name', company_name: 'c.name', name_key: 'c.name_key', credit_code: 'c.credit_code',
      industry_code: 'c.industry_code', segment_code: 'c.segment_code',
      planned_investment: `(round(power(10, 2.7 + 2.0 * ${U('c.n', 311)}) / 100) * 100)::numeric`, ...f,
      filed_status: "'PROTECTED'", filed_until: `${day('t.filed')} + ${pd}`, protected_until: `${day('t.filed')} + ${pd}`,
      created_at: 't.filed', ...protectedNote(pd, `${day('t.filed')} + ${pd}`), ...extra,
    }, `FROM bd_c c JOIN bd_o o ON o.k = 1 + ${H('c.n', 312)} % ${c.NORG} ${joins}
       CROSS JOIN LATERAL (SELECT ${filed} AS filed) t
       WHERE c.n > ${c.E + lo} AND c.n <= ${c.E + lo + n[grp]}`);
  };
  const a = filingFields('l.g', 340);
  return [
    `CREATE UNLOGGED TABLE bd_r (${REFERRAL_COLUMNS})`,
    into({
      id: uuid('r', 'l.g'), rk: 'l.g', grp: "'A'", org_k: 'o.k', organization_id: 'o.id', filed_by_id: 'o.user_id', filer_name: 'o.user_name',
      company_name: 'c.name', name_key: 'c.name_key', credit_code: 'c.credit_code', industry_code: 'l.industry_code',
      segment_code: 'l.segment_code', planned_investment: 'l.planned_investment', ...a,
      status: `CASE WHEN l.stage = 'SIGNED' OR t.until >= ${TODAY} THEN 'ACCEPTED' ELSE 'EXPIRED' END`,
      filed_status: "'PROTECTED'", filed_until: `${day('t.filed')} + ${pd}`, protected_until: 't.until',
      lead_id: 'l.id', enterprise_id: 'l.enterprise_id', lead_g: 'l.g', decided_at: 'l.created_at',
      decided_by_id: 'l.owner_id', decider_name: 'l.owner_name', created_at: 't.filed',
      ...protectedNote(pd, `${day('t.filed')} + ${pd}`),
      accept_note: `'新建线索“' || l.project_name || '”'`,
    }, firstPartnerLeads),
    partnerCompany('P', 0, `now() - make_interval(secs => 86400.0 * ${pd - 1} * ${U('c.n', 313)})`, { status: "'PROTECTED'" }),
    partnerCompany('X', n.P, `now() - make_interval(secs => 86400.0 * (${pd + 1} + 600 * ${U('c.n', 314)}))`, { status: "'EXPIRED'" }),
    partnerCompany('J', n.P + n.X, `now() - make_interval(secs => 86400.0 * (2 + 700 * ${U('c.n', 315)}))`, {
      status: "'REJECTED'", decision_reason: pick(REJECT_REASONS, 'c.n', 316),
      decided_at: `LEAST(now(), ${plusDays('t.filed', `1 + 29 * ${U('c.n', 317)}`)})`,
      decided_by_id: 'u.id', decider_name: 'u.display_name',
    }, `JOIN bd_u u ON u.role = 'OFFICER' AND u.k = 1 + ${H('c.n', 318)} % ${c.NO}`),
    `ANALYZE bd_r`,
    `CREATE UNLOGGED TABLE bd_h AS
     SELECT r.*, row_number() OVER (ORDER BY r.id) AS hk FROM bd_r r WHERE r.status IN ('PROTECTED', 'ACCEPTED')`,
    // Another organisation files a company inside its live protection: a conflict pointing at it.
    into({
      id: uuid('r', `${2 * c.L + c.E + c.referralCompanies} + x`), rk: `${2 * c.L + c.E + c.referralCompanies} + x`, grp: "'C'", org_k: 'o.k', organization_id: 'o.id', filed_by_id: 'o.user_id', filer_name: 'o.user_name',
      company_name: `CASE WHEN ${H('x', 331)} % 10 < 3 THEN h.name_key ELSE h.company_name END`, name_key: 'h.name_key',
      credit_code: `CASE WHEN ${H('x', 332)} % 2 = 0 THEN h.credit_code END`, industry_code: 'h.industry_code',
      segment_code: 'h.segment_code', planned_investment: 'h.planned_investment', ...filingFields('x', 350),
      status: "'CONFLICT'", filed_status: "'CONFLICT'", conflict_with_id: 'h.id', created_at: 't.filed',
      match_note: `'与“' || h.company_name || '”的在先报备冲突（报备编号 ' || h.id || '）'`,
      match_partner_note: q('该企业已被报备，处于保护期内'),
    }, `FROM generate_series(1, ${n.C}) x
       JOIN bd_h h ON h.hk = 1 + ${H('x', 333)} % (SELECT greatest(count(*), 1) FROM bd_h)
       JOIN bd_o o ON o.k = 1 + (h.org_k + ${H('x', 334)} % ${Math.max(1, c.NORG - 1)}) % ${c.NORG}
       CROSS JOIN LATERAL (SELECT h.created_at + (now() - h.created_at) * ${U('x', 335)} AS filed) t
       WHERE o.k <> h.org_k`),
    // A company with an open lead (and no accepted referral): flagged for review.
    into({
      id: uuid('r', `${c.L} + l.g`), rk: `${c.L} + l.g`, grp: "'E'", org_k: 'o.k', organization_id: 'o.id', filed_by_id: 'o.user_id', filer_name: 'o.user_name',
      company_name: 'c.name', name_key: 'c.name_key', credit_code: 'c.credit_code', industry_code: 'l.industry_code',
      segment_code: 'l.segment_code', planned_investment: 'l.planned_investment', ...filingFields('l.g', 360),
      status: "'EXISTING'", filed_status: "'EXISTING'", matched_lead_id: 'l.id', created_at: 't.filed',
      match_note: `'企业已有在管道中的线索“' || l.project_name || '”'`, match_partner_note: q('该企业已在招商管道中，等待投促办处理'),
    }, `FROM (SELECT l.*, row_number() OVER (ORDER BY ${H('l.g', 371)}) AS pick FROM (
         SELECT l.*, row_number() OVER (PARTITION BY l.e ORDER BY l.created_at, l.g) AS nth FROM bd_l l WHERE l.open) l
         WHERE l.nth = 1 AND l.enterprise_id NOT IN (SELECT r.enterprise_id FROM bd_r r WHERE r.grp = 'A')) l
       JOIN bd_c c ON c.n = l.e JOIN bd_o o ON o.k = 1 + ${H('l.g', 372)} % ${c.NORG}
       CROSS JOIN LATERAL (SELECT l.created_at + (now() - l.created_at) * ${U('l.g', 373)} AS filed) t
       WHERE l.pick <= ${n.E}`),
    // 引荐奖励 paid for about half the accepted referrals whose project reached the reward milestone two months ago.
    `UPDATE bd_r r SET reward_amount = least(round(r.planned_investment * 0.002, 4), 300), rewarded_on = m.actual_date + 60
     FROM bd_p p JOIN bd_m m ON m.project_id = p.id AND m.code = ${q(c.rewardMilestone)}
     WHERE r.grp = 'A' AND r.status = 'ACCEPTED' AND p.lead_id = r.lead_id AND m.actual_date + 60 <= ${TODAY}
       AND ${H('r.lead_g', 381)} % 2 = 0`,
    `INSERT INTO referrals (id, organization_id, filed_by_id, company_name, name_key, credit_code, industry_code, segment_code,
       planned_investment, land_need, space_need, timeline, contact_name, contact_phone, notes, status, protected_until,
       conflict_with_id, matched_lead_id, lead_id, enterprise_id, decision_reason, decided_at, decided_by_id, reward_amount,
       rewarded_on, created_at, updated_at)
     SELECT id, organization_id, filed_by_id, company_name, name_key, credit_code, industry_code, segment_code,
       planned_investment, land_need, space_need, timeline, contact_name, contact_phone, notes, status, protected_until,
       conflict_with_id, matched_lead_id, lead_id, enterprise_id, decision_reason, decided_at, decided_by_id, reward_amount,
       rewarded_on, created_at, greatest(created_at, decided_at)
     FROM bd_r ORDER BY created_at`,
    referralHistory(pd),
  ];
}

/** The history a referral's life leaves: filed, matched, then accepted/extended, rejected, expired, rewarded. */
function referralHistory(pd) {
  const row = (tag, event, status, until, note, partnerNote, actorId, actorName, when) =>
    `SELECT ${seqUuid('rh', `r.rk * 16 + ${tag}`)}, r.id, '${event}', ${status}, ${until}, ${note}, ${partnerNote}, ${actorId}, ${actorName}, ${when}`;
  const expiredAt = at('r.protected_until + 1', 120);
  return `INSERT INTO referral_history (id, referral_id, event, status, protected_until, note, partner_note, actor_id, actor_name, at)
    ${row(0, 'FILED', 'r.filed_status', 'r.filed_until', 'NULL', 'NULL', 'r.filed_by_id', 'r.filer_name', 'r.created_at')} FROM bd_r r
    UNION ALL ${row(1, 'MATCHED', 'r.filed_status', 'r.filed_until', 'r.match_note', 'r.match_partner_note', 'r.filed_by_id', 'r.filer_name', "r.created_at + interval '1 millisecond'")} FROM bd_r r
    UNION ALL ${row(2, 'ACCEPTED', "'ACCEPTED'", `${day('r.decided_at')} + ${pd}`, 'r.accept_note', q('投促办已受理，项目进入招商管道'), 'r.decided_by_id', 'r.decider_name', 'r.decided_at')} FROM bd_r r WHERE r.grp = 'A'
    UNION ALL SELECT ${seqUuid('rh', 'r.rk * 16 + 7 + i')}, r.id, 'EXTENDED', 'ACCEPTED', ${day(stepAt('i'))} + ${pd},
        '线索进入新阶段，保护期延至 ' || (${day(stepAt('i'))} + ${pd}), '项目有新进展，保护期延至 ' || (${day(stepAt('i'))} + ${pd}),
        l.owner_id, l.owner_name, ${stepAt('i')}
      FROM bd_r r JOIN bd_l l ON l.g = r.lead_g CROSS JOIN LATERAL generate_series(1, l.nsteps - 1) i
      WHERE r.grp = 'A' AND ${day(stepAt('i'))} > ${day(stepAt('(i - 1)'))}
    UNION ALL ${row(3, 'EXPIRED', "'EXPIRED'", 'r.protected_until', "'保护期至 ' || r.protected_until || ' 届满，未见进展，释放保护'", "'保护期已于 ' || r.protected_until || ' 届满'", 'NULL::uuid', q('系统'), expiredAt)} FROM bd_r r WHERE r.status = 'EXPIRED'
    UNION ALL ${row(4, 'REJECTED', "'REJECTED'", 'r.protected_until', 'r.decision_reason', 'r.decision_reason', 'r.decided_by_id', 'r.decider_name', 'r.decided_at')} FROM bd_r r WHERE r.status = 'REJECTED'
    UNION ALL ${row(5, 'REWARDED', "'ACCEPTED'", 'r.protected_until', "'发放引荐奖励 ' || r.reward_amount || ' 万元（' || r.rewarded_on || '）'", "'引荐奖励 ' || r.reward_amount || ' 万元已于 ' || r.rewarded_on || ' 发放'", 'r.decided_by_id', 'r.decider_name', at('r.rewarded_on', 600))} FROM bd_r r WHERE r.rewarded_on IS NOT NULL`;
}

const change = (field, after) => `jsonb_build_object('field', '${field}', 'before', NULL, 'after', (${after})::text)`;
const changes = (pairs) => `jsonb_build_array(${pairs.map(([f, v]) => change(f, v)).join(', ')})`;

/** 操作记录: one CREATE entry per enterprise, lead, project and referral, by whoever created it. */
export function audit(c) {
  return [
    `INSERT INTO audit_entries (id, entity_type, entity_id, action, actor_id, actor_name, at, changes, note)
     SELECT ${seqUuid('ae', 'c.n')}, 'Enterprise', e.id, 'CREATE', u.id, u.display_name, e.created_at,
       ${changes([['name', 'e.name'], ['industryCode', 'e.industry_code'], ['segmentCode', 'e.segment_code']])}, NULL
     FROM bd_c c JOIN enterprises e ON e.id = ${uuid('e', 'c.n')}
     JOIN bd_u u ON u.role = 'OFFICER' AND u.k = 1 + ${H('c.n', 401)} % ${c.NO}
     UNION ALL
     SELECT ${seqUuid('al', 'l.g')}, 'Lead', l.id, 'CREATE', l.owner_id, l.owner_name, l.created_at,
       ${changes([['projectName', 'l.project_name'], ['enterpriseId', 'l.enterprise_id'], ['segmentCode', 'l.segment_code'], ['channel', 'l.channel'], ['ownerId', 'l.owner_id'], ['stage', "'NEW'"]])}, NULL
     FROM bd_l l
     UNION ALL
     SELECT ${seqUuid('ap', 'p.g')}, 'Project', p.id, 'CREATE', l.owner_id, l.owner_name, p.created_at,
       ${changes([['name', 'l.project_name'], ['type', 'p.type'], ['leadId', 'l.id'], ['ownerId', 'l.owner_id'], ['SIGNED.actualDate', 'p.signed_on']])},
       '由线索签约生成'
     FROM bd_p p JOIN bd_l l ON l.g = p.g
     UNION ALL
     SELECT ${seqUuid('ar', 'r.rk')}, 'Referral', r.id, 'CREATE', r.filed_by_id, r.filer_name, r.created_at,
       ${changes([['companyName', 'r.company_name'], ['segmentCode', 'r.segment_code'], ['status', 'r.filed_status']])}, NULL
     FROM bd_r r`,
  ];
}

