import type { SortDirection } from './sort-direction';
import { toGroupTotals, type GroupTotals } from './list-totals';

/**
 * Totals per group asked together with a page (a board's per-stage counts and sums beside a
 * search's first page), under the page's own filter.
 */
export interface PageGroups<S extends string> {
  groupBy: string;
  sums: readonly S[];
}

/** The columns the matches carry for the groups, beside the page's own. */
export const GROUP_COLUMN = 'list_group';
export const sumColumn = (i: number): string => `list_sum_${i}`;

/** What the page's statement is made of. Parameters are positional (`$n`), as in `params`. */
export interface GroupedPageParts {
  /**
   * Every row of the filter, unordered, narrow: its id (`list_id`), `list_sort_value`,
   * `list_sort_key` and the group columns.
   */
  matches: string;
  params: unknown[];
  /** The page's rows (PageRows.fromIds, then joined) from a statement of the page's ids in order. */
  rows: (page: string) => string;
  /** The key of the id among those rows. */
  idKey: string;
  direction: SortDirection;
  /** The keyset after a cursor, in the sort's type. */
  after: { value: string; id: string; type: string } | null;
  offset: number;
  limit: number;
  sums: number;
}

/**
 * One statement for a page and its groups: the filter's rows are read once (a CTE of their ids,
 * sort keys and group columns), then cut to the page, whose rows alone are read whole, and grouped. A search for 「氢能」 at 500,000 leads reads its 8,400 matches from as
 * many heap pages; as two statements (page, then groups) it read them twice: 48 ms, against 26
 * in one. The groups come back as one JSON column beside the page's rows (on a row with no page
 * columns when the page is empty), so the rows keep the shape PageRows reads.
 */
export function groupedPageStatement(parts: GroupedPageParts): { sql: string; params: unknown[] } {
  const params = [...parts.params];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = parts.after
    ? `WHERE ("list_sort_key", "list_id") ${parts.direction === 'ASC' ? '>' : '<'} ` +
      `(CAST(${param(parts.after.value)} AS ${parts.after.type}), CAST(${param(parts.after.id)} AS uuid))`
    : '';
  const page =
    `SELECT "list_id", "list_sort_value", "list_sort_key" FROM "list_matches" ${where} ` +
    `ORDER BY "list_sort_key" ${parts.direction}, "list_id" ${parts.direction}` +
    `${parts.offset ? ` OFFSET ${param(parts.offset)}` : ''} LIMIT ${param(parts.limit)}`;
  const key = `"${parts.idKey}"`;
  const sums = Array.from(
    { length: parts.sums },
    (_, i) => `, COALESCE(SUM("${sumColumn(i)}"), 0)::text AS "sum_${i}"`,
  ).join('');
  const groups = `SELECT "${GROUP_COLUMN}" AS "group", COUNT(*)::int AS "count"${sums} FROM "list_matches" GROUP BY "${GROUP_COLUMN}"`;
  const sql = [
    `WITH "list_matches" AS MATERIALIZED (${parts.matches})`,
    `SELECT "groups"."list_groups", "rows".* FROM (SELECT json_agg("g") AS "list_groups" FROM (${groups}) "g") "groups"`,
    `LEFT JOIN (${parts.rows(page)}) "rows" ON true`,
    `ORDER BY "rows"."list_sort_key" ${parts.direction}, "rows".${key} ${parts.direction}`,
  ].join(' ');
  return { sql, params };
}

/** Splits what groupedPageStatement returns into the page's rows and the groups. */
export function readGroupedPage<S extends string>(
  raw: readonly Record<string, unknown>[],
  idKey: string,
  sums: readonly S[],
): { rows: Record<string, unknown>[]; groups: GroupTotals<S>[] } {
  const json = raw[0]?.['list_groups'];
  const groups = Array.isArray(json) ? toGroupTotals(json as Record<string, unknown>[], sums) : [];
  return { rows: raw.filter((row) => row[idKey] !== null && row[idKey] !== undefined), groups };
}
