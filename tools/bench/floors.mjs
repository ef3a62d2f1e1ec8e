// The floor: for each scenario, the best hand-written SQL for the same result the API returns (the
// same rows in the same order, the same counts and sums, the same relations), run through `pg`.
// One SQL string per query, all here, so they are easy to revisit as the schema changes:
//
//   - leads summary (BOARD_SUMMARY): the maintained per-(industry, segment, town, stage) totals,
//     summed per stage — what a hand-written query would read once such a table exists.
//   - search (SEARCH_*): the bigram GIN index over each lead's search document (its project name and
//     its enterprise's name and credit code), then ILIKE on the few candidates; page and summary
//     over one read of the matches.
//   - projects (PROJECTS_*, OVERDUE_*): the denormalised signed date and earliest open plan of the
//     project row, through projects_signed_on_sort_idx; the milestones only for the page's rows.
//
// Parameters are positional; each constant says what they are. Every page asks for one row more
// than it shows, as the API does, to know whether there is a next page.

/** Columns of a lead card (LeadCard), over a page `l` of leads. */
const LEAD_CARD = `l.id, l.project_name, l.stage, l.version, l.planned_investment, l.expected_signing_on, l.grade,
  l.channel, l.created_at, e.id AS enterprise_id, e.name AS enterprise_name, e.credit_code,
  u.id AS owner_id, u.display_name AS owner_name, i.code AS industry_code, i.name AS industry_name,
  i.name_en AS industry_name_en, s.code AS segment_code, s.name AS segment_name, s.name_en AS segment_name_en`;

const LEAD_CARD_JOINS = `JOIN enterprises e ON e.id = l.enterprise_id
  JOIN users u ON u.id = l.owner_id
  JOIN industries i ON i.code = l.industry_code
  JOIN segments s ON s.code = l.segment_code`;

/** The sort of the board: planned investment, none as -1, newest id first among equals. */
const BY_INVESTMENT = 'COALESCE(l.planned_investment, -1) DESC, l.id DESC';

/** $1 industry, $2 stage, $3 rows. The page is cut before the joins, so they run for its rows only. */
export const BOARD_PAGE = `
SELECT ${LEAD_CARD}
FROM (SELECT * FROM leads l WHERE l.industry_code = $1 AND l.stage = $2 ORDER BY ${BY_INVESTMENT} LIMIT $3) l
${LEAD_CARD_JOINS}
ORDER BY ${BY_INVESTMENT}`;

/**
 * $1 industry. The stage summary ignores the stage filter (every column of the board), so the
 * chosen stage's row is also the list's totalCount: one read of the maintained totals gives both.
 */
export const BOARD_SUMMARY = `
SELECT t.stage, sum(t.leads)::int AS count, COALESCE(sum(t.planned_investment), 0)::text AS planned_investment
FROM lead_stage_totals t WHERE t.industry_code = $1
GROUP BY t.stage`;

/**
 * The leads whose search document contains the term: $1 the term, $2 its ILIKE pattern. The bigram
 * containment picks candidates off the GIN index (every match passes it), ILIKE decides.
 */
const SEARCH_MATCH = `lz_bigrams(l.search_text) @> lz_bigrams($1) AND l.search_text ILIKE $2`;

/**
 * $1 term, $2 pattern, $3 rows: the page in the list's default order (newest first) and the
 * per-stage counts and sums of all matches (their total is the totalCount), in one statement that
 * reads the matches once: as two statements, each read the 8,000 matches of 「氢能」 at S=10 from
 * as many heap pages. The matches are kept narrow (the page's rows are read again by key: 27 ms
 * for 「氢能」 here, against 38 with the card's columns kept). The summary comes as one JSON column,
 * on a row of NULLs if the page is empty.
 */
export const SEARCH_PAGE_WITH_SUMMARY = `
WITH m AS MATERIALIZED (SELECT l.id, l.stage, l.planned_investment, l.created_at FROM leads l WHERE ${SEARCH_MATCH})
SELECT s.summary, p.*
FROM (SELECT json_agg(g) AS summary FROM (
  SELECT m.stage, count(*)::int AS count, COALESCE(sum(m.planned_investment), 0)::text AS planned_investment
  FROM m GROUP BY m.stage) g) s
LEFT JOIN (
  SELECT ${LEAD_CARD}
  FROM (SELECT m.id FROM m ORDER BY m.created_at DESC, m.id DESC LIMIT $3) page JOIN leads l ON l.id = page.id
  ${LEAD_CARD_JOINS}) p ON true
ORDER BY p.created_at DESC, p.id DESC`;

/**
 * $1 lead id, $2 today (Shanghai): the lead page in one round trip, with its enterprise, owner,
 * partner, town, project, follow-ups, stage changes and audit trail, each list newest first.
 */
export const LEAD_PAGE = `
SELECT ${LEAD_CARD}, l.industry_code AS lead_industry_code, l.segment_code AS lead_segment_code,
  l.source_organization_id, o.name AS source_organization_name, l.owner_id AS lead_owner_id, l.town_code,
  t.name AS town_name, t.name_en AS town_name_en, l.expected_output, l.land_need, l.space_need, l.notes,
  l.stage_changed_at, l.updated_at, p.id AS project_id,
  (SELECT COALESCE(json_agg(f ORDER BY f.occurred_on DESC, f.created_at DESC), '[]') FROM (
     SELECT f.id, f.kind, f.occurred_on, f.participants, f.summary, f.next_step, f.next_step_due_on, f.next_step_done,
       (f.next_step IS NOT NULL AND NOT f.next_step_done AND f.next_step_due_on < $2::date) AS overdue,
       f.author_name, f.created_at
     FROM follow_ups f WHERE f.lead_id = l.id) f) AS follow_ups,
  (SELECT COALESCE(json_agg(c ORDER BY c.at DESC, c.id DESC), '[]') FROM (
     SELECT c.id, c.from_stage, c.to_stage, c.reason, c.actor_name, c.at
     FROM lead_stage_changes c WHERE c.lead_id = l.id) c) AS stage_changes,
  (SELECT COALESCE(json_agg(a ORDER BY a.at DESC, a.id DESC), '[]') FROM (
     SELECT a.id, a.action, a.actor_name, a.at, a.note, a.changes
     FROM audit_entries a WHERE a.entity_type = 'Lead' AND a.entity_id = l.id) a) AS audit_trail
FROM leads l
${LEAD_CARD_JOINS}
LEFT JOIN organizations o ON o.id = l.source_organization_id
LEFT JOIN places t ON t.code = l.town_code
LEFT JOIN projects p ON p.lead_id = l.id
WHERE l.id = $1`;

/** The list's order: signed date newest first (none last), then id; projects_signed_on_sort_idx serves it. */
const BY_SIGNED = `COALESCE(p.signed_on, DATE '0001-01-01') DESC, p.id DESC`;

/**
 * $1 today, $2 rows, over projects `p` matching `where`: a project row (ProjectRow) for each project
 * of the page, in the list's order. The day-independent facts (signed and landed dates, next
 * milestone, earliest open plan) are the row's own columns; health and days late are read off the
 * earliest open plan; the milestones (and each one's status) only for the page's rows.
 */
const projectRows = (where) => `
WITH page AS (SELECT p.* FROM projects p WHERE ${where} ORDER BY ${BY_SIGNED} LIMIT $2),
milestones AS (
  SELECT m.project_id,
    json_agg(json_build_object('id', m.id, 'code', m.code, 'position', m.position, 'plannedDate', m.planned_date,
      'actualDate', m.actual_date,
      'status', CASE WHEN m.actual_date IS NOT NULL THEN 'DONE' WHEN m.planned_date IS NULL THEN 'NOT_PLANNED'
        WHEN m.planned_date < $1::date THEN 'OVERDUE' WHEN m.planned_date <= $1::date + 30 THEN 'DUE' ELSE 'PLANNED' END,
      'daysLate', CASE WHEN m.planned_date IS NULL THEN 0 ELSE GREATEST(0, COALESCE(m.actual_date, $1::date) - m.planned_date) END)
      ORDER BY m.position) AS milestones
  FROM project_milestones m WHERE m.project_id IN (SELECT id FROM page)
  GROUP BY m.project_id)
SELECT p.id, p.name, p.type, p.version,
  CASE WHEN p.earliest_open_plan < $1::date THEN 'OVERDUE'
    WHEN p.earliest_open_plan <= $1::date + 30 THEN 'AT_RISK' ELSE 'ON_TRACK' END AS health,
  CASE WHEN p.earliest_open_plan < $1::date THEN $1::date - p.earliest_open_plan ELSE 0 END AS days_late,
  p.next_milestone, p.signed_on, p.landed_on,
  p.contract_investment, p.channel, p.park_code, e.id AS enterprise_id, e.name AS enterprise_name,
  u.id AS owner_id, u.display_name AS owner_name, i.code AS industry_code, i.name AS industry_name,
  i.name_en AS industry_name_en, s.code AS segment_code, s.name AS segment_name, s.name_en AS segment_name_en,
  t.code AS town_code, t.name AS town_name, t.name_en AS town_name_en, COALESCE(ms.milestones, '[]') AS milestones
FROM page p
JOIN enterprises e ON e.id = p.enterprise_id
JOIN users u ON u.id = p.owner_id
JOIN industries i ON i.code = p.industry_code
JOIN segments s ON s.code = p.segment_code
LEFT JOIN places t ON t.code = p.town_code
LEFT JOIN milestones ms ON ms.project_id = p.id
ORDER BY ${BY_SIGNED}`;

/** $1 today, $2 rows: the project list's first page, default order. */
export const PROJECTS_PAGE = projectRows('true');

export const PROJECTS_COUNT = 'SELECT count(*)::int AS count FROM projects';

/** Some open milestone is past its plan on $1 (today): the earliest open plan is before today. */
const OVERDUE = 'p.earliest_open_plan < $1::date';

/** $1 today, $2 rows: the overdue projects in the list's default order. */
export const OVERDUE_PAGE = projectRows(OVERDUE);

/** $1 today: how many projects are overdue (projects_earliest_open_plan_idx). */
export const OVERDUE_COUNT = `SELECT count(*)::int AS count FROM projects p WHERE ${OVERDUE}`;

/**
 * 报备 as one statement (so one round trip, atomic by itself): the filer's organisation may file
 * (active; a platform within its contract), the segment, the protection period; the company's
 * referrals that hold or claim it, lapsed protections among them released with a history line;
 * the decision (the filer's own live referral: refused; another organisation's live protection:
 * CONFLICT; an open lead of the company: EXISTING; else PROTECTED); the referral, its FILED and
 * MATCHED history lines and its audit entry. Filings by name (no credit code), as the bench files.
 *
 * $1 organisation, $2 filing user, $3 name key, $4 segment, $5 today, $6 company name,
 * $7 contact name, $8 contact phone, $9 the user's display name.
 * Returns one row: decided (the outcome) and, unless refused, the new referral.
 */
export const FILE_REFERRAL = `
WITH org AS (
  SELECT o.id FROM organizations o
  WHERE o.id = $1 AND o.active
    AND (o.kind <> 'PLATFORM' OR (o.contract_starts_on <= $5::date AND o.contract_ends_on >= $5::date))),
seg AS (
  SELECT s.code, s.industry_code, s.name, s.name_en, i.name AS industry_name, i.name_en AS industry_name_en
  FROM segments s JOIN industries i ON i.code = s.industry_code WHERE s.code = $4),
settings AS (SELECT protection_days FROM referral_settings ORDER BY id LIMIT 1),
same AS (
  SELECT r.id, r.organization_id, r.status, r.company_name, r.created_at, r.protected_until,
    (r.status IN ('PROTECTED', 'ACCEPTED') AND r.protected_until < $5::date AND rl.stage IS DISTINCT FROM 'SIGNED') AS lapsed
  FROM referrals r LEFT JOIN leads rl ON rl.id = r.lead_id
  WHERE r.name_key = $3 AND r.status IN ('PROTECTED', 'ACCEPTED', 'EXISTING')),
released AS (
  UPDATE referrals r SET status = 'EXPIRED' FROM same
  WHERE same.lapsed AND r.id = same.id AND r.status = same.status
  RETURNING r.id, r.protected_until),
released_history AS (
  INSERT INTO referral_history (referral_id, event, status, protected_until, note, partner_note, actor_id, actor_name)
  SELECT id, 'EXPIRED', 'EXPIRED', protected_until, '保护期至 ' || protected_until || ' 届满，未见进展，释放保护',
    '保护期已于 ' || protected_until || ' 届满', $2, $9
  FROM released),
live AS (SELECT * FROM same WHERE NOT lapsed),
holder AS (
  SELECT id, company_name FROM live WHERE status IN ('PROTECTED', 'ACCEPTED') ORDER BY created_at LIMIT 1),
open_lead AS (
  SELECT l.id, l.project_name FROM enterprises e JOIN leads l ON l.enterprise_id = e.id
  WHERE e.name_normalized = $3 AND l.stage IN ('NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD')
  ORDER BY l.created_at LIMIT 1),
decision AS (
  SELECT CASE WHEN EXISTS (SELECT 1 FROM live WHERE organization_id = $1) THEN 'ALREADY_FILED'
    WHEN EXISTS (SELECT 1 FROM holder) THEN 'CONFLICT'
    WHEN EXISTS (SELECT 1 FROM open_lead) THEN 'EXISTING'
    ELSE 'PROTECTED' END AS status),
filed AS (
  INSERT INTO referrals (organization_id, filed_by_id, company_name, name_key, credit_code, industry_code, segment_code,
    contact_name, contact_phone, status, protected_until, conflict_with_id, matched_lead_id)
  SELECT org.id, $2, $6, $3, NULL, seg.industry_code, seg.code, $7, $8, d.status,
    CASE WHEN d.status = 'PROTECTED' THEN $5::date + settings.protection_days END,
    CASE WHEN d.status = 'CONFLICT' THEN (SELECT id FROM holder) END,
    CASE WHEN d.status = 'EXISTING' THEN (SELECT id FROM open_lead) END
  FROM org, seg, settings, decision d WHERE d.status <> 'ALREADY_FILED'
  RETURNING *),
history AS (
  INSERT INTO referral_history (referral_id, event, status, protected_until, note, partner_note, actor_id, actor_name)
  SELECT f.id, h.event, f.status, f.protected_until, h.note, h.partner_note, $2, $9
  FROM filed f CROSS JOIN LATERAL (VALUES
    (1, 'FILED', NULL, NULL),
    (2, 'MATCHED',
      CASE f.status
        WHEN 'PROTECTED' THEN '未匹配到其他报备或在管道中的线索，保护期 ' || (SELECT protection_days FROM settings) || ' 天'
        WHEN 'CONFLICT' THEN '与“' || (SELECT company_name FROM holder) || '”的在先报备冲突（报备编号 ' || f.conflict_with_id || '）'
        ELSE '企业已有在管道中的线索“' || (SELECT project_name FROM open_lead) || '”' END,
      CASE f.status
        WHEN 'PROTECTED' THEN '报备有效，保护期至 ' || f.protected_until
        WHEN 'CONFLICT' THEN '该企业已被报备，处于保护期内'
        ELSE '该企业已在招商管道中，等待投促办处理' END)) AS h(n, event, note, partner_note)
  ORDER BY h.n),
audit AS (
  INSERT INTO audit_entries (entity_type, entity_id, action, actor_id, actor_name, changes)
  SELECT 'Referral', f.id, 'CREATE', $2, $9,
    (SELECT jsonb_agg(jsonb_build_object('field', c.field, 'before', NULL, 'after', c.value) ORDER BY c.n)
     FROM (VALUES (1, 'companyName', f.company_name), (2, 'segmentCode', f.segment_code), (3, 'status', f.status),
       (4, 'protectedUntil', f.protected_until::text)) AS c(n, field, value) WHERE c.value IS NOT NULL)
  FROM filed f)
SELECT d.status AS decided, f.id, f.company_name, f.credit_code, f.status, f.protected_until, f.decision_reason,
  f.created_at, f.version, seg.industry_code, seg.industry_name, seg.industry_name_en, seg.code AS segment_code,
  seg.name AS segment_name, seg.name_en AS segment_name_en
FROM decision d LEFT JOIN filed f ON true LEFT JOIN seg ON true`;

/** The rows one filing wrote, for the sample check: its history lines and audit entries. */
export const FILING_TRAIL = `
SELECT (SELECT count(*)::int FROM referral_history h WHERE h.referral_id = $1) AS history,
  (SELECT count(*)::int FROM audit_entries a WHERE a.entity_type = 'Referral' AND a.entity_id = $1) AS audit`;

// ── The cockpit (领导驾驶舱) under one industry for a period: $1 industry, $2 first day, $3 last day
// (Shanghai), the same figures the Dashboard query returns, one statement per figure group. The
// funds group (COCKPIT_FUNDS) is current and district-wide: it takes only $1 today.

/** $1 industry: open leads and planned investment per open stage, from the maintained totals. */
export const COCKPIT_OPEN = `
SELECT stage, SUM(leads)::int AS count, COALESCE(SUM(planned_investment), 0)::text AS sum
FROM lead_stage_totals
WHERE industry_code = $1 AND stage IN ('NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD')
GROUP BY stage`;

/** Shanghai day bounds of the period's stays and moves (lead_stage_dwell.left_at). */
const dayStart = (date) => `(${date})::timestamp AT TIME ZONE 'Asia/Shanghai'`;

/**
 * The leads that first reached each forward stage in the period: the daily totals the writing
 * transaction keeps (lead_stage_reached → lead_reached_daily, migration PipelineFacts).
 */
export const COCKPIT_FUNNEL = `
SELECT stage, SUM(leads)::int AS count FROM lead_reached_daily
WHERE industry_code = $1 AND day BETWEEN $2::date AND $3::date
GROUP BY stage`;

/**
 * Whole-day stays per stage left in the period (the median is read off the histogram): the monthly
 * histogram for the whole months inside the period, the stay rows for the days at its ends.
 */
export const COCKPIT_DURATIONS = `
WITH b AS (
  SELECT CASE WHEN extract(day FROM $2::date) = 1 THEN $2::date
              ELSE (date_trunc('month', $2::date) + interval '1 month')::date END AS mf,
         CASE WHEN extract(day FROM $3::date + 1) = 1 THEN $3::date + 1
              ELSE date_trunc('month', $3::date)::date END AS mt,
         $3::date + 1 AS past
), e AS (SELECT mf, mt, past, LEAST(mf, past) AS head_end, GREATEST(mt, LEAST(mf, past)) AS tail_start FROM b)
SELECT from_stage AS stage, days, SUM(moves)::int AS moves FROM (
  SELECT h.from_stage, h.days, h.moves FROM lead_dwell_monthly h, e
  WHERE h.industry_code = $1 AND h.month >= e.mf AND h.month < e.mt
    AND h.from_stage IN ('NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD', 'LOST')
  UNION ALL
  SELECT d.from_stage, d.days, 1 FROM lead_stage_dwell d, e
  WHERE d.industry_code = $1 AND d.left_at >= ${dayStart('$2::date')} AND d.left_at < ${dayStart('e.head_end')}
    AND d.from_stage IN ('NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD', 'LOST')
  UNION ALL
  SELECT d.from_stage, d.days, 1 FROM lead_stage_dwell d, e
  WHERE d.industry_code = $1 AND d.left_at >= ${dayStart('e.tail_start')} AND d.left_at < ${dayStart('e.past')}
    AND d.from_stage IN ('NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD', 'LOST')
) x
GROUP BY from_stage, days`;

/** Leads lost in the period, per reason and in total (GROUPING = 1): the maintained copies of the moves to 流失. */
export const COCKPIT_LOST = `
SELECT d.reason, GROUPING(d.reason) AS total, count(DISTINCT d.lead_id)::int AS count
FROM lead_stage_dwell d
WHERE d.to_stage = 'LOST' AND d.industry_code = $1
  AND d.left_at >= ${dayStart('$2::date')} AND d.left_at < ${dayStart('$3::date + 1')}
GROUP BY GROUPING SETS ((d.reason), ())`;

const TALLY = `count(*)::int AS count, COALESCE(SUM(contract_investment), 0)::text AS contract,
  COALESCE(SUM(planned_fixed_asset_investment), 0)::text AS planned,
  COALESCE(SUM(actual_fixed_asset_investment), 0)::text AS actual, COALESCE(SUM(expected_output), 0)::text AS output`;

const byCalendar = (date) => `
SELECT date_trunc('month', ${date})::date::text AS month, date_trunc('quarter', ${date})::date::text AS quarter,
  date_trunc('year', ${date})::date::text AS year, GROUPING(date_trunc('month', ${date})) AS no_month,
  GROUPING(date_trunc('quarter', ${date})) AS no_quarter, GROUPING(date_trunc('year', ${date})) AS no_year, ${TALLY}
FROM projects WHERE industry_code = $1 AND ${date} BETWEEN $2::date AND $3::date
GROUP BY GROUPING SETS ((date_trunc('month', ${date})), (date_trunc('quarter', ${date})), (date_trunc('year', ${date})), ())`;

/** Projects signed in the period per month, quarter, year and in total. */
export const COCKPIT_SIGNED = byCalendar('signed_on');
/** Projects landed (工商注册) in the period per month, quarter, year and in total. */
export const COCKPIT_LANDED = byCalendar('landed_on');

/** $4 the leading industries' codes: landed projects per breakdown value, and of the leading industries. */
export const COCKPIT_BREAKDOWNS = `
SELECT industry_code, segment_code, channel, source_organization_id::text AS partner, town_code, park_code,
  (industry_code = ANY($4)) AS is_leading,
  GROUPING(industry_code, segment_code, channel, source_organization_id, town_code, park_code) AS grouping, ${TALLY}
FROM projects WHERE industry_code = $1 AND landed_on BETWEEN $2::date AND $3::date
GROUP BY GROUPING SETS ((industry_code), (segment_code), (channel), (source_organization_id), (town_code), (park_code),
  ((industry_code = ANY($4))))`;

/** Milestones done in the period with a plan: per code, done, on time, average days late. */
export const COCKPIT_ON_TIME = `
SELECT m.code, count(*)::int AS done, (count(*) FILTER (WHERE m.actual_date <= m.planned_date))::int AS on_time,
  AVG(GREATEST(m.actual_date - m.planned_date, 0)) AS days_late
FROM project_milestones m JOIN projects p ON p.id = m.project_id AND p.industry_code = $1
WHERE m.actual_date BETWEEN $2::date AND $3::date AND m.planned_date IS NOT NULL
GROUP BY m.code`;

/** $2 today: 红牌, 黄牌 and the red cards' average days late, from the earliest open plan. */
export const COCKPIT_HEALTH = `
SELECT (count(*) FILTER (WHERE earliest_open_plan < $2::date))::int AS overdue,
  (count(*) FILTER (WHERE earliest_open_plan >= $2::date))::int AS at_risk,
  AVG($2::date - earliest_open_plan) FILTER (WHERE earliest_open_plan < $2::date) AS days_late
FROM projects WHERE industry_code = $1 AND earliest_open_plan <= $2::date + 30`;

/** $2 today: the ten red-card projects longest past their plan. */
export const COCKPIT_MOST_DELAYED = `
SELECT id, name, $2::date - earliest_open_plan AS days_late, earliest_open_plan::text AS planned_date
FROM projects WHERE industry_code = $1 AND earliest_open_plan < $2::date
ORDER BY days_late DESC, id LIMIT 10`;

/** Referrals filed in the period per organisation: accepted, signed, landed (the referrals context's progress rule). */
export const COCKPIT_REFERRALS = `
SELECT o.id, o.name, o.kind, count(*)::int AS filed,
  (count(*) FILTER (WHERE r.lead_id IS NOT NULL AND (r.status = 'ACCEPTED' OR rl.stage = 'SIGNED')))::int AS accepted,
  (count(*) FILTER (WHERE r.lead_id IS NOT NULL AND rl.stage = 'SIGNED'))::int AS signed,
  (count(*) FILTER (WHERE r.lead_id IS NOT NULL AND rl.stage = 'SIGNED' AND rp.landed_on IS NOT NULL))::int AS landed
FROM referrals r
JOIN organizations o ON o.id = r.organization_id
LEFT JOIN leads rl ON rl.id = r.lead_id
LEFT JOIN projects rp ON rp.lead_id = r.lead_id
WHERE r.industry_code = $1
  AND r.created_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
  AND r.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
GROUP BY o.id, o.name, o.kind`;

/** 引荐奖励 due now and awarded in the period (the suggestion itself is the reward rule, in Node for both). */
export const COCKPIT_REWARDS = `
SELECT (SELECT count(*)::int FROM referrals r
        WHERE r.industry_code = $1 AND r.status = 'ACCEPTED' AND r.lead_id IS NOT NULL AND r.rewarded_on IS NULL
          AND EXISTS (SELECT 1 FROM projects p JOIN project_milestones rm ON rm.project_id = p.id
                      WHERE p.lead_id = r.lead_id AND rm.actual_date IS NOT NULL
                        AND rm.code = (SELECT rs.reward_milestone FROM referral_settings rs WHERE rs.id = 1))) AS due,
       (SELECT count(*)::int FROM referrals r
        WHERE r.industry_code = $1 AND r.rewarded_on BETWEEN $2::date AND $3::date) AS awarded`;

/**
 * $1 today (Shanghai): 基金与返投 over every fund — the counted and pending 返投 amounts, the
 * investments counted and pending, and 投资科创项目 (distinct 科创 enterprises with a PAID
 * investment). The 返投 rules (libs/domain/src/reinvestment.ts) written out by hand: an
 * investment's landing project is the one it names, else its lead's; it is a subsidiary's when
 * that project's (else the lead's) enterprise is another; it counts from the landing date, or for
 * its own enterprise from the earlier of that and the local-stock day (the officer's mark, or a
 * 奉贤 credit code's founding day, 310120 = FENGXIAN_DIVISION). A 招引落地 line is an accepted
 * referral of the fund's manager whose lead's project landed, counted once per organisation and
 * project against the manager's latest fund of the landing day, unless any fund of the manager
 * invested in that enterprise or project. The sci-tech tags are SCI_TECH_TAG_CODES.
 */
export const COCKPIT_FUNDS = `
WITH inv AS (
  SELECT i.fund_id, i.stage, i.amount, i.local_amount, i.enterprise_id, f.count_local, f.local_coefficient,
         f.count_subsidiary, f.subsidiary_coefficient, p.landed_on,
         COALESCE(p.enterprise_id, il.enterprise_id) <> i.enterprise_id AS subsidiary,
         LEAST(e.local_stock_since, CASE WHEN substring(e.credit_code FROM 3 FOR 6) = '310120'
                                         THEN COALESCE(e.founded_on, i.invested_on) END) AS stock_since
    FROM investments i
    JOIN funds f ON f.id = i.fund_id
    JOIN enterprises e ON e.id = i.enterprise_id
    LEFT JOIN leads il ON il.id = i.lead_id
    LEFT JOIN LATERAL (SELECT * FROM projects p WHERE p.id = COALESCE(i.project_id,
      (SELECT lp.id FROM projects lp WHERE lp.lead_id = i.lead_id)) LIMIT 1) p ON TRUE
), rec AS (
  SELECT COALESCE(subsidiary, FALSE) AS subsidiary, stage, amount, local_amount, local_coefficient, subsidiary_coefficient,
         CASE WHEN stage <> 'PAID' THEN 'PIPELINE'
              WHEN NOT CASE WHEN COALESCE(subsidiary, FALSE) THEN count_subsidiary ELSE count_local END THEN 'NOT_COUNTED'
              WHEN (CASE WHEN COALESCE(subsidiary, FALSE) THEN landed_on ELSE LEAST(landed_on, stock_since) END) IS NULL THEN 'PENDING'
              ELSE 'COUNTED' END AS status
    FROM inv
), candidates AS (
  SELECT DISTINCT ON (r.organization_id, p.id) r.organization_id, p.id AS project_id, p.lead_id, p.enterprise_id, p.landed_on,
         COALESCE(e.registered_capital, p.registered_capital, p.contract_investment, 0) AS base
    FROM referrals r
    JOIN leads rl ON rl.id = r.lead_id
    JOIN LATERAL (SELECT * FROM projects p WHERE p.lead_id = r.lead_id LIMIT 1) p ON TRUE
    JOIN enterprises e ON e.id = p.enterprise_id
   WHERE r.status = 'ACCEPTED' AND p.landed_on IS NOT NULL
     AND NOT COALESCE(r.protected_until < $1::date AND rl.stage <> 'SIGNED', FALSE)
     AND r.organization_id IN (SELECT manager_organization_id FROM funds)
   ORDER BY r.organization_id, p.id, r.id
), referred AS (
  SELECT c.base * f.referred_coefficient AS amount
    FROM candidates c
    JOIN LATERAL (SELECT * FROM funds f WHERE f.manager_organization_id = c.organization_id AND f.vintage_date <= c.landed_on
                  ORDER BY f.vintage_date DESC, f.id DESC LIMIT 1) f ON TRUE
   WHERE f.count_referred
     AND NOT EXISTS (SELECT 1 FROM investments i JOIN funds mf ON mf.id = i.fund_id
                      WHERE mf.manager_organization_id = c.organization_id
                        AND (i.enterprise_id = c.enterprise_id OR i.project_id = c.project_id
                             OR (i.project_id IS NULL AND i.lead_id = c.lead_id)))
)
SELECT (SELECT COALESCE(SUM(CASE WHEN subsidiary THEN COALESCE(local_amount, amount) * subsidiary_coefficient
                                 ELSE amount * local_coefficient END), 0) FROM rec WHERE status = 'COUNTED')
         + (SELECT COALESCE(SUM(amount), 0) FROM referred) AS counted,
       (SELECT COALESCE(SUM(CASE WHEN subsidiary THEN COALESCE(local_amount, amount) * subsidiary_coefficient
                                 ELSE amount * local_coefficient END), 0) FROM rec WHERE status = 'PENDING') AS pending,
       (SELECT count(*)::int FROM rec WHERE status = 'COUNTED') AS counted_investments,
       (SELECT count(*)::int FROM rec WHERE status = 'PENDING') AS pending_investments,
       (SELECT count(DISTINCT i.enterprise_id)::int FROM investments i JOIN enterprises e ON e.id = i.enterprise_id
         WHERE i.stage = 'PAID' AND e.tag_codes && ARRAY['HIGH_TECH', 'INNOVATIVE']::varchar[]) AS sci_tech`;
