import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import type { SqlCondition } from './sql-condition';
import type { SortDirection } from './sort-direction';

/** The SQL type a sort value is cast back to when it comes back in a cursor. */
export type CursorType = 'timestamptz' | 'date' | 'numeric' | 'int' | 'text';

/** One sort key of a list: its SQL expression and the type its cursor value carries. */
export interface SortKey {
  /** SQL over the list's alias; a real column wherever one exists, so an index can serve it. */
  sql: string;
  type: CursorType;
  /**
   * Where the expression may be NULL, the value it sorts as (a literal of `type`), so the
   * keyset comparison stays total: e.g. `-1` for an amount, `0001-01-01` for a date.
   */
  nullAs?: string;
}

/** A left join the list needs for its filters or scope; it must be to-one, so counts stay row counts. */
export interface ListJoin {
  entity: new () => ObjectLiteral;
  alias: string;
  on: string;
}

/**
 * Row counts and sums that database triggers keep in the writing transaction, per group of a few
 * small columns of the list's table (`lead_stage_totals`: per industry, segment, town and stage).
 * The kit answers a count or a grouped sum from them whenever the filter reads only those columns,
 * and counts the rows otherwise, so the figures are exact either way.
 */
export interface ListTotals<F> {
  /** The table. Its columns carry the names of the list table's columns, so the spec's own conditions run on it. */
  table: string;
  /** Its column holding how many of the list's rows each group has. */
  countColumn: string;
  /** The list table's columns it groups by. */
  groupBy: readonly string[];
  /** The list table's columns it sums per group (NULL adding nothing, as SUM does). */
  sums: readonly string[];
  /**
   * The filter fields whose conditions read only `groupBy` columns over the list's alias. A filter
   * that sets any other field (or a caller with a scope) is counted from the rows.
   */
  filterFields: readonly (keyof F & string)[];
}

/**
 * What a list is, declared once per context (`lead-list.ts`): the table, who may see which rows,
 * how its filter input becomes SQL, and how it sorts. The kit (ListQuery) turns it into the
 * paged connection, the counts and the capped export, so they can never disagree.
 */
export interface ListSpec<E extends ObjectLiteral, F, O extends string> {
  entity: EntityTarget<E>;
  alias: string;
  joins?: readonly ListJoin[];
  /**
   * The rows this caller may see at all (e.g. a partner: its own organisation). Applied to every
   * read of the list, the scoped reads outside it included (`scopedQuery`).
   */
  scope?: (ctx: RequestContext) => SqlCondition[];
  /**
   * The filter input as SQL. A condition may use `:today` (today's Shanghai date, supplied by
   * the kit) as the rules' SQL twins do; other parameter names must be unique within the list.
   */
  filter: (filter: F, ctx: RequestContext) => SqlCondition[];
  /** The sort keys by the GraphQL order-field value; rows tie-break on `<alias>.id`. */
  sortKeys: Readonly<Record<O, SortKey>>;
  defaultSort: { field: O; direction: SortDirection };
  /**
   * To-one relations of the entity (property names) a page reads in its own statement, so the
   * rows' field resolvers find them on the row (`lead.enterprise ?? loader.load(…)`) instead of
   * each batching a query of its own. Only for the page: counts and exports do not join them.
   */
  pageRelations?: readonly (keyof E & string)[];
  /**
   * Per page relation, the properties a card shows: plain columns of the related entity, each a
   * GraphQL field without a resolver of its own. A page whose query selects no other field of the
   * relation reads only these columns of it, and one that selects none of its fields does not join
   * it (see ListQuery.page): a lead card's owner is two of the users table's fourteen columns.
   */
  pageRelationCards?: Partial<Record<keyof E & string, readonly string[]>>;
  /** Counts and sums maintained by triggers, used where they can answer (see `ListTotals`). */
  totals?: ListTotals<F>;
  /** The Excel export's cap and how its refusal names the rows (「线索」「条」). */
  exportCap?: { max: number; noun: string; unit: string };
}

/** Declares a list spec with its types inferred from the literal. */
export function defineList<E extends ObjectLiteral, F, O extends string>(
  spec: ListSpec<E, F, O>,
): ListSpec<E, F, O> {
  return spec;
}
