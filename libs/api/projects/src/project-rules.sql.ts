import { DUE_WITHIN_DAYS, LANDED_MILESTONE } from '@lianzhao/domain';

// The project rules that also run in SQL, one expression each, over a project aliased `p` and
// the :today parameter (a Shanghai date). Their TypeScript forms live in libs/domain
// (milestones.ts: milestoneStatus, projectHealth, nextMilestone, signedOn, landedOn);
// project-rules.spec.ts runs both over the same cases. Statistics reuse these: no third copy.

/** One milestone aliased `m` is open and past its planned day (milestoneStatus OVERDUE). */
export const milestoneOverdueSql = (m: string) =>
  `(${m}.actual_date IS NULL AND ${m}.planned_date < CAST(:today AS date))`;
/** One milestone aliased `m` is open and planned today or within DUE_WITHIN_DAYS (milestoneStatus DUE). */
export const milestoneDueSql = (m: string) =>
  `(${m}.actual_date IS NULL AND ${m}.planned_date >= CAST(:today AS date) AND ${m}.planned_date <= CAST(:today AS date) + ${DUE_WITHIN_DAYS})`;

export const SIGNED_SQL =
  "(SELECT ms.actual_date FROM project_milestones ms WHERE ms.project_id = p.id AND ms.code = 'SIGNED')";
export const LANDED_SQL = `(SELECT ml.actual_date FROM project_milestones ml WHERE ml.project_id = p.id AND ml.code = '${LANDED_MILESTONE}')`;
/** Some open milestone is past its plan. */
export const OVERDUE_SQL = `EXISTS (SELECT 1 FROM project_milestones mo WHERE mo.project_id = p.id AND ${milestoneOverdueSql('mo')})`;
/** Some open milestone is due within DUE_WITHIN_DAYS. */
export const DUE_SQL = `EXISTS (SELECT 1 FROM project_milestones md WHERE md.project_id = p.id AND ${milestoneDueSql('md')})`;
/** projectHealth(...).health: OVERDUE, else AT_RISK, else ON_TRACK. */
export const HEALTH_SQL = `(CASE WHEN ${OVERDUE_SQL} THEN 'OVERDUE' WHEN ${DUE_SQL} THEN 'AT_RISK' ELSE 'ON_TRACK' END)`;
/** projectHealth(...).daysLate: days late of the worst open overdue milestone, else 0. */
export const DAYS_LATE_SQL = `COALESCE((SELECT MAX(CAST(:today AS date) - mx.planned_date) FROM project_milestones mx WHERE mx.project_id = p.id AND ${milestoneOverdueSql('mx')}), 0)`;
export const NEXT_MILESTONE_SQL =
  '(SELECT mn.code FROM project_milestones mn WHERE mn.project_id = p.id AND mn.actual_date IS NULL ORDER BY mn.position LIMIT 1)';
