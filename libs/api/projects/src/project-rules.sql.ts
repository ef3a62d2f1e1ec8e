import { DUE_WITHIN_DAYS, LANDED_MILESTONE } from '@lianzhao/domain';

// The project rules that also run in SQL, one expression each, over a project aliased `p`.
// Their TypeScript forms live in libs/domain (milestones.ts); keep the two in step.

export const SIGNED_SQL =
  "(SELECT ms.actual_date FROM project_milestones ms WHERE ms.project_id = p.id AND ms.code = 'SIGNED')";
export const LANDED_SQL = `(SELECT ml.actual_date FROM project_milestones ml WHERE ml.project_id = p.id AND ml.code = '${LANDED_MILESTONE}')`;
/** Open milestones past their plan, relative to the :today parameter (a Shanghai date). */
export const OVERDUE_SQL =
  'EXISTS (SELECT 1 FROM project_milestones mo WHERE mo.project_id = p.id AND mo.actual_date IS NULL AND mo.planned_date < CAST(:today AS date))';
export const DUE_SQL = `EXISTS (SELECT 1 FROM project_milestones md WHERE md.project_id = p.id AND md.actual_date IS NULL AND md.planned_date >= CAST(:today AS date) AND md.planned_date <= CAST(:today AS date) + ${DUE_WITHIN_DAYS})`;
export const DAYS_LATE_SQL =
  'COALESCE((SELECT MAX(CAST(:today AS date) - mx.planned_date) FROM project_milestones mx WHERE mx.project_id = p.id AND mx.actual_date IS NULL AND mx.planned_date < CAST(:today AS date)), 0)';
export const NEXT_MILESTONE_SQL =
  '(SELECT mn.code FROM project_milestones mn WHERE mn.project_id = p.id AND mn.actual_date IS NULL ORDER BY mn.position LIMIT 1)';
