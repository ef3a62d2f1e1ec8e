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
 * The earliest open plan a health is read from and the day it is read on: the project row's fact
 * column against :today for the live health (LIVE_HEALTH_BASIS), or, for the end of a past day,
 * the same fact rebuilt from the milestones and the plan history (earliestOpenPlansAsOfSql). The
 * health rules below are written once over a basis, so the as-of figures and the live list
 * share them.
 */
export interface HealthBasis {
  /** SQL for projectFacts(...).earliestOpenPlan of the project (or of a relation's row). */
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
 * later replanning replaced (project_plan_changes keeps every replanning with the plan before
 * it), else the plan it has now. One index probe (project_plan_changes_project_idx) per milestone.
 */
export const plannedAsOfSql = (m: string, param: string) =>
  `(COALESCE((SELECT ARRAY[pc.previous_date] FROM project_plan_changes pc WHERE pc.project_id = ${m}.project_id AND pc.code = ${m}.code AND pc.at >= ${shanghaiDayEndSql(param)} ORDER BY pc.at, pc.id LIMIT 1), ARRAY[${m}.planned_date]))[1]`;

/**
 * (project_id, eop): projectFacts(...).earliestOpenPlan of every project's milestones as they
 * stood at the end of the day `:<param>` — an actual date after that day had not happened yet,
 * and each plan is the one it had then (the first later replanning's previous date). Projects
 * without an open milestone have no row; those whose open milestones had no plan have a NULL eop.
 * One grouped pass over the milestones, hashed once per statement.
 */
export const earliestOpenPlansAsOfSql = (param: string) =>
  `SELECT hm.project_id, MIN(CASE WHEN fc.project_id IS NULL THEN hm.planned_date ELSE fc.previous_date END) AS eop
  FROM project_milestones hm
  LEFT JOIN (SELECT DISTINCT ON (pc.project_id, pc.code) pc.project_id, pc.code, pc.previous_date
               FROM project_plan_changes pc
              WHERE pc.at >= ${shanghaiDayEndSql(param)}
              ORDER BY pc.project_id, pc.code, pc.at, pc.id) fc ON fc.project_id = hm.project_id AND fc.code = hm.code
 WHERE hm.actual_date IS NULL OR hm.actual_date > CAST(:${param} AS date)
 GROUP BY hm.project_id`;

/** The as-of basis over a row `e` of earliestOpenPlansAsOfSql (joined as `e`). */
export const asOfHealthBasis = (param: string, e = 'e'): HealthBasis => ({
  earliestOpenPlan: `${e}.eop`,
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

/**
 * The health of project `p` at the end of the day `:<param>`, as conditions over `p`: the same
 * rules over the rebuilt earliest open plans (a project with no row has no open plan: on track).
 */
export function asOfHealthConditions(param: string): Readonly<Record<ProjectHealth, string>> {
  const on = healthConditionsOn(asOfHealthBasis(param, 'e'));
  const projects = (where: string) =>
    `(SELECT e.project_id FROM (${earliestOpenPlansAsOfSql(param)}) e WHERE ${where})`;
  return {
    OVERDUE: `p.id IN ${projects(on.OVERDUE)}`,
    AT_RISK: `p.id IN ${projects(on.AT_RISK)}`,
    ON_TRACK: `p.id NOT IN ${projects(`NOT ${on.ON_TRACK}`)}`,
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
  conditions: Readonly<Record<ProjectHealth, string>> = HEALTH_CONDITION_SQL,
): SqlCondition[] {
  const wanted = [...new Set(healths ?? [])];
  if (!wanted.length) return [];
  return [{ sql: wanted.map((h) => `(${conditions[h]})`).join(' OR ') }];
}
