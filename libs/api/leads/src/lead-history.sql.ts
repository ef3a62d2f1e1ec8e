import { shanghaiDayRange, type SqlCondition } from '@lianzhao/api-core';
import type { LeadStageMoveFilter, LeadStageReachedFilter } from './dto/lead.inputs';

// The lead's stage history (lead_stage_changes) as SQL, over a lead aliased `l`: the one home of
// "the stage a lead stood at on a past day" and "a lead had a move like this", which the lead
// list's filter (asOf, movedTo) and the cockpit's pipeline figures both use.

/** The end of the Shanghai day bound as `:<param>`, as a timestamptz. */
export const shanghaiDayEndSql = (param: string) =>
  `((CAST(:${param} AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

/** The lead has a recorded move (or its creation) after the end of the Shanghai day `:<param>`. */
export function movedAfterDaySql(alias: string, param: string): string {
  return `${alias}.id IN (SELECT lsl.lead_id FROM lead_stage_changes lsl WHERE lsl.at >= ${shanghaiDayEndSql(param)})`;
}

/**
 * The lead's stage at the end of the Shanghai day `:<param>`: the last move's `to_stage` at or
 * before then (creation is a move to 线索), NULL for a lead not created yet. Most leads have not
 * moved since, and for them that is the stage column; only those with a later move (found once,
 * through lead_stage_changes_at_idx) look up their history (lead_stage_changes_lead_idx).
 */
export function stageAtSql(alias: string, param: string): string {
  const end = shanghaiDayEndSql(param);
  return (
    `(CASE WHEN ${movedAfterDaySql(alias, param)} ` +
    `THEN (SELECT lsa.to_stage FROM lead_stage_changes lsa WHERE lsa.lead_id = ${alias}.id AND lsa.at < ${end} ` +
    `ORDER BY lsa.at DESC, lsa.id DESC LIMIT 1) ELSE ${alias}.stage END)`
  );
}

/** The lead existed at the end of the Shanghai day `:<param>`. */
export function createdByDayEndSql(alias: string, param: string): string {
  return `${alias}.created_at < ${shanghaiDayEndSql(param)}`;
}

/**
 * The conditions on one stage-change row aliased `move` that a LeadStageMoveFilter sets, with
 * parameters named `<param>…`. The list's EXISTS and the cockpit's grouped statements read moves
 * through this, so a figure and its drill-down test the same thing.
 */
export function stageMoveConditions(move: string, filter: LeadStageMoveFilter, param = 'moved'): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.stages?.length) {
    out.push({ sql: `${move}.to_stage IN (:...${param}Stages)`, params: { [`${param}Stages`]: filter.stages } });
  }
  if (filter.fromStages?.length) {
    out.push({
      sql: `${move}.from_stage IN (:...${param}FromStages)`,
      params: { [`${param}FromStages`]: filter.fromStages },
    });
  }
  out.push(...shanghaiDayRange(`${move}.at`, param, filter.from, filter.to));
  if (filter.reason) out.push({ sql: `${move}.reason = :${param}Reason`, params: { [`${param}Reason`]: filter.reason } });
  return out;
}

/** One SQL boolean and its parameters from a list of conditions (TRUE for none). */
export function allOf(conditions: readonly SqlCondition[]): SqlCondition {
  if (!conditions.length) return { sql: 'TRUE' };
  return {
    sql: conditions.map((c) => `(${c.sql})`).join(' AND '),
    params: Object.assign({}, ...conditions.map((c) => c.params ?? {})) as Record<string, unknown>,
  };
}

/** The lead has a recorded move matching the filter (the list's `movedTo`). */
export function movedCondition(alias: string, filter: LeadStageMoveFilter | null | undefined): SqlCondition[] {
  if (!filter) return [];
  const where = allOf(stageMoveConditions('lsm', filter));
  return [
    {
      sql: `EXISTS (SELECT 1 FROM lead_stage_changes lsm WHERE lsm.lead_id = ${alias}.id AND ${where.sql})`,
      params: where.params,
    },
  ];
}

/**
 * The conditions on one lead_stage_reached row aliased `reached` that a LeadStageReachedFilter sets
 * (stage, first reached within the Shanghai days), with parameters named `<param>…`: the list's
 * EXISTS and the cockpit's funnel (when it counts reached rows rather than their daily totals).
 */
export function stageReachedConditions(reached: string, filter: LeadStageReachedFilter, param = 'reached'): SqlCondition[] {
  return [
    { sql: `${reached}.stage = :${param}Stage`, params: { [`${param}Stage`]: filter.stage } },
    ...shanghaiDayRange(`${reached}.first_at`, param, filter.from, filter.to),
  ];
}

/** The lead first reached the stage within the days (the list's `reached`), read by primary key. */
export function reachedCondition(alias: string, filter: LeadStageReachedFilter | null | undefined): SqlCondition[] {
  if (!filter) return [];
  const where = allOf(stageReachedConditions('lsr', filter));
  return [
    {
      sql: `EXISTS (SELECT 1 FROM lead_stage_reached lsr WHERE lsr.lead_id = ${alias}.id AND ${where.sql})`,
      params: where.params,
    },
  ];
}
