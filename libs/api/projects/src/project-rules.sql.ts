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

/**
 * The day a health is read on and the earliest open plan it is read from: the project row's
 * fact column against :today for the live health, or the same fact rebuilt from the milestones
 * and the plan history at the end of a past day (`asOfHealthBasis`). The rules below are written
 * once over a basis, so an as-of figure and the live list share them.
 */
export interface HealthBasis {
  /** SQL for projectFacts(...).earliestOpenPlan over `p`. */
  readonly earliestOpenPlan: string;
  /** SQL for the Shanghai day the health is read on. */
  readonly day: string;
}

/** The live health: the fact column the triggers keep, against the kit's :today. */
export const LIVE_HEALTH_BASIS: HealthBasis = {
  earliestOpenPlan: 'p.earliest_open_plan',
  day: 'CAST(:today AS date)',
};

/** The end of the Shanghai day bound as `:<param>`, as a timestamptz (what happened before it had happened by then). */
export const shanghaiDayEndSql = (param: string) =>
  `((CAST(:${param} AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

/**
 * A milestone `m`'s planned date as it stood at the end of the day `:<param>`: the plan the first
 * later replanning replaced (project_plan_changes keeps every replanning with the plan before it),
 * else the plan it has now.
 */
export const plannedAsOfSql = (m: string, param: string) => {
  const later = `FROM project_plan_changes pc WHERE pc.project_id = ${m}.project_id AND pc.code = ${m}.code AND pc.at >= ${shanghaiDayEndSql(param)}`;
  return `(CASE WHEN EXISTS (SELECT 1 ${later}) THEN (SELECT pc.previous_date ${later} ORDER BY pc.at, pc.id LIMIT 1) ELSE ${m}.planned_date END)`;
};

/**
 * projectFacts(...).earliestOpenPlan of the milestones as they stood at the end of `:<param>`:
 * an actual date after that day had not happened yet, and each plan is the one it had then.
 */
export const earliestOpenPlanAsOfSql = (param: string) =>
  `(SELECT MIN(${plannedAsOfSql('hm', param)}) FROM project_milestones hm WHERE hm.project_id = p.id AND (hm.actual_date IS NULL OR hm.actual_date > CAST(:${param} AS date)))`;

/** The health as it stood at the end of the day bound as `:<param>`. */
export const asOfHealthBasis = (param: string): HealthBasis => ({
  earliestOpenPlan: earliestOpenPlanAsOfSql(param),
  day: `CAST(:${param} AS date)`,
});

/** healthOfEarliestOpenPlan over a basis, one condition per health, each a range (an index on the live column serves it). */
export function healthConditionsOn({
  earliestOpenPlan: eop,
  day,
}: HealthBasis): Readonly<Record<ProjectHealth, string>> {
  return {
    OVERDUE: `${eop} < ${day}`,
    AT_RISK: `${eop} BETWEEN ${day} AND ${day} + ${DUE_WITHIN_DAYS}`,
    ON_TRACK: `(${eop} IS NULL OR ${eop} > ${day} + ${DUE_WITHIN_DAYS})`,
  };
}

/** projectHealth(...).health over a basis: OVERDUE, else AT_RISK, else ON_TRACK. */
export function healthSqlOn(basis: HealthBasis): string {
  const c = healthConditionsOn(basis);
  return `(CASE WHEN ${c.OVERDUE} THEN 'OVERDUE' WHEN ${c.AT_RISK} THEN 'AT_RISK' ELSE 'ON_TRACK' END)`;
}

/** projectHealth(...).daysLate over a basis: days late of the worst (earliest planned) open overdue milestone, else 0. */
export function daysLateSqlOn(basis: HealthBasis): string {
  return `(CASE WHEN ${healthConditionsOn(basis).OVERDUE} THEN ${basis.day} - ${basis.earliestOpenPlan} ELSE 0 END)`;
}

/** healthOfEarliestOpenPlan, one condition per health, each a range an index on earliest_open_plan serves. */
export const HEALTH_CONDITION_SQL: Readonly<Record<ProjectHealth, string>> =
  healthConditionsOn(LIVE_HEALTH_BASIS);
/** Some open milestone is past its plan (health OVERDUE). */
export const OVERDUE_SQL = HEALTH_CONDITION_SQL.OVERDUE;
/** projectHealth(...).health: OVERDUE, else AT_RISK, else ON_TRACK. */
export const HEALTH_SQL = healthSqlOn(LIVE_HEALTH_BASIS);
/** projectHealth(...).daysLate: days late of the worst (earliest planned) open overdue milestone, else 0. */
export const DAYS_LATE_SQL = daysLateSqlOn(LIVE_HEALTH_BASIS);

/** milestoneDaysLate of a done milestone `m` against the plan `planned` (SQL): days past it, never below 0. */
export const doneDaysLateSql = (m: string, planned: string) => `GREATEST(${m}.actual_date - ${planned}, 0)`;

/** The project's health is one of `healths` (none: no condition), as index-friendly ranges. */
export function healthCondition(
  healths: readonly ProjectHealth[] | null | undefined,
  basis: HealthBasis = LIVE_HEALTH_BASIS,
): SqlCondition[] {
  const wanted = [...new Set(healths ?? [])];
  if (!wanted.length) return [];
  const conditions = healthConditionsOn(basis);
  return [{ sql: wanted.map((h) => `(${conditions[h]})`).join(' OR ') }];
}
