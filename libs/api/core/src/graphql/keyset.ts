import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badField } from '../errors/app-errors';
import type { ConnectionShape } from './connection';

/** The sort of a list: a column and how to read the same value off a loaded row. */
export interface KeysetSort<T> {
  /** SQL expression of the sort column, e.g. `u.username`. */
  column: string;
  /** SQL expression of the unique tie-breaker, e.g. `u.id`. */
  idColumn: string;
  direction: 'ASC' | 'DESC';
  valueOf: (row: T) => string | number | Date;
  idOf: (row: T) => string;
}

type CursorValue = string | number;

/** A cursor carries the last row's sort value and id; opaque to clients. */
export function encodeCursor(value: string | number | Date, id: string): string {
  const plain: CursorValue = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([plain, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string'
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badField('after', '分页游标无效，请从第一页重新加载');
}

/**
 * Keyset pagination on (sort key, id): a page is "the next N rows after this row", so rows
 * inserted while someone pages never make a page skip or repeat a row, and deep pages stay fast.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: { first: number; after?: string },
  sort: KeysetSort<T>,
): Promise<ConnectionShape<T>> {
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const op = sort.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${sort.column}, ${sort.idColumn}) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await page
    .orderBy(sort.column, sort.direction)
    .addOrderBy(sort.idColumn, sort.direction)
    .limit(args.first + 1)
    .getMany();
  const hasNextPage = rows.length > args.first;
  const edges = rows
    .slice(0, args.first)
    .map((node) => ({ node, cursor: encodeCursor(sort.valueOf(node), sort.idOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
