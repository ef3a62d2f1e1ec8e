import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import type { ListSpec } from './list-spec';
import type { SqlCondition } from './sql-condition';

/** Row counts and sums of one group of a list (a board column: one stage). */
export interface GroupTotals<S extends string> {
  /** The group's value of the grouping column, as the database's text (NULL stays null). */
  group: string | null;
  count: number;
  /** Each sum as exact decimal text (0 when no row has a value). */
  sums: Record<S, string>;
}

/** What a count or grouped sum needs from the maintained totals. */
export interface TotalsNeeds {
  groupBy?: string;
  sums: readonly string[];
}

function sameConditions(a: readonly SqlCondition[], b: readonly SqlCondition[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (c, i) => c.sql === b[i].sql && JSON.stringify(c.params ?? {}) === JSON.stringify(b[i].params ?? {}),
    )
  );
}

/**
 * The filter's conditions if the spec's maintained totals can answer them, else null. The test is
 * on the SQL itself rather than on which fields look set: the filter restricted to the fields the
 * totals serve must give exactly the conditions of the whole filter, so a field that adds any
 * condition (however its emptiness is spelled) sends the count to the rows.
 */
export function totalsConditions<E extends ObjectLiteral, F, O extends string>(
  spec: ListSpec<E, F, O>,
  ctx: RequestContext,
  filter: F | null | undefined,
  needs: TotalsNeeds,
): SqlCondition[] | null {
  const totals = spec.totals;
  if (!totals) return null;
  if (needs.groupBy !== undefined && !totals.groupBy.includes(needs.groupBy)) return null;
  if (!needs.sums.every((sum) => totals.sums.includes(sum))) return null;
  if (spec.scope?.(ctx).length) return null;
  if (!filter) return [];
  const served = {} as F;
  for (const field of totals.filterFields) served[field] = filter[field];
  const all = spec.filter(filter, ctx);
  const own = spec.filter(served, ctx);
  return sameConditions(all, own) ? own : null;
}

/** The SELECT list of a count and sums, from the rows (`COUNT(*)`) or from the totals (their count column). */
export function selectTotals<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  countSql: string,
  sums: readonly string[],
): SelectQueryBuilder<T> {
  query.select(`${countSql}::int`, 'count');
  sums.forEach((column, i) => query.addSelect(`COALESCE(SUM(${alias}.${column}), 0)::text`, `sum_${i}`));
  return query;
}

/** Reads the rows selectTotals shaped back into GroupTotals. */
export function toGroupTotals<S extends string>(
  rows: readonly Record<string, unknown>[],
  sums: readonly S[],
): GroupTotals<S>[] {
  return rows.map((row) => ({
    group: row['group'] === null || row['group'] === undefined ? null : String(row['group']),
    count: Number(row['count']),
    sums: Object.fromEntries(sums.map((sum, i) => [sum, String(row[`sum_${i}`])])) as Record<S, string>,
  }));
}
