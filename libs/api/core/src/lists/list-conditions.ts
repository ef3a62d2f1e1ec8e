import { escapeLike } from '../graphql/escape-like';
import { SortDirection } from './sort-direction';
import type { SortKey } from './list-spec';
import type { SqlCondition } from './sql-condition';

/*
 * Small builders for the conditions and sort keys most list specs share, so a spec says only what
 * differs. Each condition builder returns an array (empty when the filter field is not set), to be
 * spread into the spec's conditions. Parameter names are given by the spec, never taken from
 * input, and must be unique within the list.
 */

type Bound = string | null | undefined;

/** Joins the texts of a row's search document (`search_text`, kept by triggers: migration BigramSearch). */
export const SEARCH_SEPARATOR = '\u001f';

export interface SearchOptions {
  /** The LIKE pattern's parameter; the raw term is bound as `<param>Raw`. */
  param?: string;
  /** A further boolean over the same parameter, e.g. a search through another context's table (`matchesEnterpriseSql`). */
  orMatches?: (param: string) => string;
  /** Each column has a GIN index on `lz_bigrams(column)`. */
  bigrams?: boolean;
  /**
   * A column holding every text the search reads (the columns and what `orMatches` reads) joined by
   * SEARCH_SEPARATOR, with a GIN index on `lz_bigrams(document)`: the search then reads that row
   * alone. The columns and `orMatches` still serve a term containing the separator, which the
   * document could match across two texts.
   */
  document?: string;
}

/**
 * Any of the columns contains the term (case-insensitive, LIKE wildcards in the term taken
 * literally). ILIKE decides; with `bigrams` or `document`, `lz_bigrams(text) @> lz_bigrams(term)`
 * (which every match satisfies) lets a GIN index find the candidates first, so a two-character
 * Chinese term, which has no trigram, is served by an index. A one-character term has no bigram
 * and is left to ILIKE.
 */
export function searchCondition(
  columns: readonly string[],
  term: Bound,
  { param = 'term', orMatches, bigrams = false, document }: SearchOptions = {},
): SqlCondition[] {
  if (!term) return [];
  const raw = `${param}Raw`;
  const ilike = (texts: readonly string[]) => texts.map((text) => `${text} ILIKE :${param}`).join(' OR ');
  // The bigram test stands apart from the ILIKEs (equivalent, as every match passes it): the plan
  // then checks it only as the index condition, not again on every candidate row.
  const indexed = (texts: readonly string[]) =>
    [...term].length >= 2
      ? `(${texts.map((text) => `lz_bigrams(${text}) @> lz_bigrams(:${raw})`).join(' OR ')}) AND (${ilike(texts)})`
      : ilike(texts);
  let sql: string;
  if (document && !term.includes(SEARCH_SEPARATOR)) {
    sql = indexed([document]);
  } else {
    sql = bigrams ? indexed(columns) : ilike(columns);
    if (orMatches) sql = `${bigrams ? `(${sql})` : sql} OR ${orMatches(param)}`;
  }
  const params: Record<string, unknown> = { [param]: `%${escapeLike(term)}%` };
  if (sql.includes(`:${raw}`)) params[raw] = term;
  return [{ sql, params }];
}

/** The expression equals the value; no condition when the value is null, undefined or empty (`false` is a value). */
export function equalsCondition(sql: string, param: string, value: unknown): SqlCondition[] {
  if (value === undefined || value === null || value === '') return [];
  return [{ sql: `${sql} = :${param}`, params: { [param]: value } }];
}

/** The expression is one of the values; no condition when there are none. */
export function inCondition(
  sql: string,
  param: string,
  values: readonly unknown[] | null | undefined,
): SqlCondition[] {
  if (!values?.length) return [];
  return [{ sql: `${sql} IN (:...${param})`, params: { [param]: values } }];
}

/**
 * A timestamp falls within Shanghai calendar days `from`..`to` (both inclusive), whatever the
 * server's zone. Binds `<param>From` and `<param>To`.
 */
export function shanghaiDayRange(sql: string, param: string, from: Bound, to: Bound): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (from)
    out.push({
      sql: `${sql} >= (:${param}From::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`,
      params: { [`${param}From`]: from },
    });
  if (to)
    out.push({
      sql: `${sql} < ((:${param}To::date + 1))::timestamp AT TIME ZONE 'Asia/Shanghai'`,
      params: { [`${param}To`]: to },
    });
  return out;
}

/** A date expression lies within `from`..`to` (both inclusive); NULL matches no bound. Binds `<param>From`/`<param>To`. */
export function dateRange(sql: string, param: string, from: Bound, to: Bound): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (from) out.push({ sql: `${sql} >= CAST(:${param}From AS date)`, params: { [`${param}From`]: from } });
  if (to) out.push({ sql: `${sql} <= CAST(:${param}To AS date)`, params: { [`${param}To`]: to } });
  return out;
}

/** An amount lies within `min`..`max` (both inclusive); NULL matches no bound. Binds `<param>Min`/`<param>Max`. */
export function amountRange(sql: string, param: string, min: Bound, max: Bound): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (min) out.push({ sql: `${sql} >= :${param}Min`, params: { [`${param}Min`]: min } });
  if (max) out.push({ sql: `${sql} <= :${param}Max`, params: { [`${param}Max`]: max } });
  return out;
}

/** The usual `created_at` sort key of a table alias. */
export function createdAtSortKey(alias: string): SortKey {
  return { sql: `${alias}.created_at`, type: 'timestamptz' };
}

/** A list sorted only by creation, newest first (`CREATED_AT`). */
export function newestFirst(alias: string): {
  sortKeys: Record<'CREATED_AT', SortKey>;
  defaultSort: { field: 'CREATED_AT'; direction: SortDirection };
} {
  return {
    sortKeys: { CREATED_AT: createdAtSortKey(alias) },
    defaultSort: { field: 'CREATED_AT', direction: SortDirection.DESC },
  };
}

/** A list sorted only by one text column, A to Z, under the order field `field`. */
export function alphabetical<O extends string>(
  field: O,
  column: string,
): { sortKeys: Record<O, SortKey>; defaultSort: { field: O; direction: SortDirection } } {
  return {
    sortKeys: { [field]: { sql: column, type: 'text' } } as Record<O, SortKey>,
    defaultSort: { field, direction: SortDirection.ASC },
  };
}
