import { DUE_WITHIN_DAYS, type ProjectHealth } from '@lianzhao/domain';
import type { SqlCondition } from '@lianzhao/api-core';

// The project rules that also run in SQL, over a project aliased `p` and the :today parameter
// (a Shanghai date). Their TypeScript forms live in libs/domain (milestones.ts: milestoneStatus,
// projectHealth, nextMilestone, signedOn, landedOn; project-facts.ts); project-rules.spec.ts runs
// both over the same cases. Statistics reuse these: no third copy.
//
// What does not depend on the day is a column of the project row (ProjectFacts), written only by
// the database function refresh_project_facts, which the project_milestones triggers call in the
// statement that changes a milestone (migration 1796056504833-ProjectFacts holds its SQL). What
// depends on the day is read off those columns here, so no rule needs a subquery per row.

/** One milestone aliased `m` is open and past its planned day (milestoneStatus OVERDUE). */
export const milestoneOverdueSql = (m: string) =>
  `(${m}.actual_date IS NULL AND ${m}.planned_date < CAST(:today AS date))`;
/** One milestone aliased `m` is open and planned today or within DUE_WITHIN_DAYS (milestoneStatus DUE). */
export const milestoneDueSql = (m: string) =>
  `(${m}.actual_date IS NULL AND ${m}.planned_date >= CAST(:today AS date) AND ${m}.planned_date <= CAST(:today AS date) + ${DUE_WITHIN_DAYS})`;

/** signedOn: the 签约 milestone's actual date. */
export const SIGNED_SQL = 'p.signed_on';
/** landedOn: the 工商注册 milestone's actual date. */
export const LANDED_SQL = 'p.landed_on';
/** nextMilestone: the first milestone by position without an actual date. */
export const NEXT_MILESTONE_SQL = 'p.next_milestone';

/** healthOfEarliestOpenPlan, one condition per health, each a range an index on earliest_open_plan serves. */
export const HEALTH_CONDITION_SQL: Readonly<Record<ProjectHealth, string>> = {
  OVERDUE: 'p.earliest_open_plan < CAST(:today AS date)',
  AT_RISK: `p.earliest_open_plan BETWEEN CAST(:today AS date) AND CAST(:today AS date) + ${DUE_WITHIN_DAYS}`,
  ON_TRACK: `(p.earliest_open_plan IS NULL OR p.earliest_open_plan > CAST(:today AS date) + ${DUE_WITHIN_DAYS})`,
};
/** Some open milestone is past its plan (health OVERDUE). */
export const OVERDUE_SQL = HEALTH_CONDITION_SQL.OVERDUE;
/** projectHealth(...).health: OVERDUE, else AT_RISK, else ON_TRACK. */
export const HEALTH_SQL = `(CASE WHEN ${HEALTH_CONDITION_SQL.OVERDUE} THEN 'OVERDUE' WHEN ${HEALTH_CONDITION_SQL.AT_RISK} THEN 'AT_RISK' ELSE 'ON_TRACK' END)`;
/** projectHealth(...).daysLate: days late of the worst (earliest planned) open overdue milestone, else 0. */
export const DAYS_LATE_SQL = `(CASE WHEN ${HEALTH_CONDITION_SQL.OVERDUE} THEN CAST(:today AS date) - p.earliest_open_plan ELSE 0 END)`;

/** The project's health is one of `healths` (none: no condition), as index-friendly ranges. */
export function healthCondition(healths: readonly ProjectHealth[] | null | undefined): SqlCondition[] {
  const wanted = [...new Set(healths ?? [])];
  if (!wanted.length) return [];
  return [{ sql: wanted.map((h) => `(${HEALTH_CONDITION_SQL[h]})`).join(' OR ') }];
}
