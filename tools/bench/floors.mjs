// The floor: for each scenario, the best hand-written SQL for the same result the API returns (the
// same rows in the same order, the same counts and sums, the same relations), run through `pg`.
// One SQL string per query, all here, so they are easy to revisit as the schema changes:
//
//   - leads summary (BOARD_SUMMARY, SEARCH_SUMMARY): today a GROUP BY over the filtered leads. Once
//     lead counts are maintained per (industry, stage, …), BOARD_SUMMARY should read that table.
//   - search (SEARCH_*): the trigram GIN indexes serve terms of 3+ characters only; a 2-character
//     term scans. Once the bigram index (function + GIN indexes) lands, SEARCH_HITS must use it.
//   - projects (PROJECTS_*, OVERDUE_*): the signed date comes from the 签约 milestone through
//     project_milestones_code_actual_idx. Once projects carry denormalised signed/landed dates,
//     these should sort on the projects' own column (and its index).
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
 * chosen stage's row is also the list's totalCount: one aggregate gives both.
 */
export const BOARD_SUMMARY = `
SELECT l.stage, count(*)::int AS count, COALESCE(sum(l.planned_investment), 0)::text AS planned_investment
FROM leads l WHERE l.industry_code = $1
GROUP BY l.stage`;

/**
 * The leads whose project name, or whose enterprise's name or credit code, contains $1 (an ILIKE
 * pattern), as a union so each side can use its own index (the trigram indexes of leads and
 * enterprises, then leads_enterprise_id_idx) and the enterprises are matched once, not once per
 * lead. For every match (the counts) this beat the API's OR over an EXISTS by 1.4–2.5× at 100k
 * leads.
 */
const SEARCH_HITS = `
  SELECT l.id FROM leads l WHERE l.project_name ILIKE $1
  UNION
  SELECT l.id FROM leads l
  WHERE l.enterprise_id IN (SELECT e.id FROM enterprises e WHERE e.name ILIKE $1 OR e.credit_code ILIKE $1)`;

/**
 * $1 pattern, $2 rows: the list's default order, newest first. The page is the OR form: the
 * planner may walk leads_created_at_id_idx and stop at the page's last row, which for a common
 * term was 5–10× faster than collecting every match first (the union); for a rare one it can still
 * choose to scan.
 */
export const SEARCH_PAGE = `
SELECT ${LEAD_CARD}
FROM (SELECT * FROM leads l
  WHERE l.project_name ILIKE $1
    OR EXISTS (SELECT 1 FROM enterprises e WHERE e.id = l.enterprise_id AND (e.name ILIKE $1 OR e.credit_code ILIKE $1))
  ORDER BY l.created_at DESC, l.id DESC LIMIT $2) l
${LEAD_CARD_JOINS}
ORDER BY l.created_at DESC, l.id DESC`;

/** $1 pattern: per-stage counts and sums of the matches; their total is the totalCount. */
export const SEARCH_SUMMARY = `
WITH hits AS (${SEARCH_HITS})
SELECT l.stage, count(*)::int AS count, COALESCE(sum(l.planned_investment), 0)::text AS planned_investment
FROM leads l WHERE l.id IN (SELECT id FROM hits)
GROUP BY l.stage`;

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

/**
 * A project row (ProjectRow) for each project of `page(id, signed_on)`, in the page's order, with
 * its milestones and the rules the API computes from them (health, days late, next milestone,
 * landed date, each milestone's status), over $1 today (Shanghai).
 */
const PROJECT_ROWS = `
facts AS (
  SELECT m.project_id,
    json_agg(json_build_object('id', m.id, 'code', m.code, 'position', m.position, 'plannedDate', m.planned_date,
      'actualDate', m.actual_date,
      'status', CASE WHEN m.actual_date IS NOT NULL THEN 'DONE' WHEN m.planned_date IS NULL THEN 'NOT_PLANNED'
        WHEN m.planned_date < $1::date THEN 'OVERDUE' WHEN m.planned_date <= $1::date + 30 THEN 'DUE' ELSE 'PLANNED' END,
      'daysLate', CASE WHEN m.planned_date IS NULL THEN 0 ELSE GREATEST(0, COALESCE(m.actual_date, $1::date) - m.planned_date) END)
      ORDER BY m.position) AS milestones,
    max($1::date - m.planned_date) FILTER (WHERE m.actual_date IS NULL AND m.planned_date < $1::date) AS days_late,
    bool_or(m.actual_date IS NULL AND m.planned_date >= $1::date AND m.planned_date <= $1::date + 30) AS due,
    (array_agg(m.code ORDER BY m.position) FILTER (WHERE m.actual_date IS NULL))[1] AS next_milestone,
    max(m.actual_date) FILTER (WHERE m.code = 'REGISTERED') AS landed_on
  FROM project_milestones m WHERE m.project_id IN (SELECT id FROM page)
  GROUP BY m.project_id)
SELECT p.id, p.name, p.type, p.version,
  CASE WHEN f.days_late IS NOT NULL THEN 'OVERDUE' WHEN f.due THEN 'AT_RISK' ELSE 'ON_TRACK' END AS health,
  COALESCE(f.days_late, 0) AS days_late, f.next_milestone, page.signed_on, f.landed_on,
  p.contract_investment, p.channel, p.park, e.id AS enterprise_id, e.name AS enterprise_name,
  u.id AS owner_id, u.display_name AS owner_name, i.code AS industry_code, i.name AS industry_name,
  i.name_en AS industry_name_en, s.code AS segment_code, s.name AS segment_name, s.name_en AS segment_name_en,
  t.code AS town_code, t.name AS town_name, t.name_en AS town_name_en, COALESCE(f.milestones, '[]') AS milestones
FROM page
JOIN projects p ON p.id = page.id
JOIN enterprises e ON e.id = p.enterprise_id
JOIN users u ON u.id = p.owner_id
JOIN industries i ON i.code = p.industry_code
JOIN segments s ON s.code = p.segment_code
LEFT JOIN places t ON t.code = p.town_code
LEFT JOIN facts f ON f.project_id = p.id
ORDER BY COALESCE(page.signed_on, DATE '0001-01-01') DESC, page.id DESC`;

/** Some open milestone of project `x` is past its plan on $1 (today). */
const OVERDUE = (x) =>
  `EXISTS (SELECT 1 FROM project_milestones mo WHERE mo.project_id = ${x} AND mo.actual_date IS NULL AND mo.planned_date < $1::date)`;

/**
 * $1 today, $2 rows: the project list's default order (signed date, newest first), read off the
 * 签约 milestones' (code, actual_date) index. Projects without a signed date sort last and are
 * read by PROJECTS_UNSIGNED only when a page is not full without them.
 */
export const PROJECTS_PAGE = `
WITH page AS (
  SELECT ms.project_id AS id, ms.actual_date AS signed_on FROM project_milestones ms
  WHERE ms.code = 'SIGNED' AND ms.actual_date IS NOT NULL
  ORDER BY ms.actual_date DESC, ms.project_id DESC LIMIT $2),
${PROJECT_ROWS}`;

/** $1 today, $2 rows: the projects without a signed date, newest id first (the end of the list). */
export const PROJECTS_UNSIGNED = `
WITH page AS (
  SELECT p.id, NULL::date AS signed_on FROM projects p
  WHERE NOT EXISTS (SELECT 1 FROM project_milestones ms WHERE ms.project_id = p.id AND ms.code = 'SIGNED' AND ms.actual_date IS NOT NULL)
  ORDER BY p.id DESC LIMIT $2),
${PROJECT_ROWS}`;

export const PROJECTS_COUNT = 'SELECT count(*)::int AS count FROM projects';

/** $1 today, $2 rows: the overdue projects in the list's default order. */
export const OVERDUE_PAGE = `
WITH page AS (
  SELECT ms.project_id AS id, ms.actual_date AS signed_on FROM project_milestones ms
  WHERE ms.code = 'SIGNED' AND ms.actual_date IS NOT NULL AND ${OVERDUE('ms.project_id')}
  ORDER BY ms.actual_date DESC, ms.project_id DESC LIMIT $2),
${PROJECT_ROWS}`;

/** $1 today, $2 rows: overdue projects without a signed date. */
export const OVERDUE_UNSIGNED = `
WITH page AS (
  SELECT p.id, NULL::date AS signed_on FROM projects p
  WHERE ${OVERDUE('p.id')}
    AND NOT EXISTS (SELECT 1 FROM project_milestones ms WHERE ms.project_id = p.id AND ms.code = 'SIGNED' AND ms.actual_date IS NOT NULL)
  ORDER BY p.id DESC LIMIT $2),
${PROJECT_ROWS}`;

/** $1 today: how many projects have an open milestone past its plan. */
export const OVERDUE_COUNT = `
SELECT count(DISTINCT m.project_id)::int AS count FROM project_milestones m
WHERE m.actual_date IS NULL AND m.planned_date < $1::date`;

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
