import type { ListOrder } from './table-sort';

/**
 * Reading list filters back from a query string. Anything malformed (a hand-edited link, an old
 * bookmark) becomes undefined and is dropped rather than sent, so a bad link shows more rows
 * instead of an error.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A comma-separated list, keeping only allowed values, each once. */
export function urlList<T extends string>(value: string | undefined, allowed: readonly T[]): T[] | undefined {
  const items = (value ?? '')
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length ? [...new Set(items)] : undefined;
}

export function urlOne<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function urlDate(value: string | undefined): string | undefined {
  return value && DATE.test(value) ? value : undefined;
}

/** A list filter as it goes into the URL. */
export function joinList(values: readonly string[] | undefined): string | undefined {
  return values && values.length ? values.join(',') : undefined;
}

/** A list's order as the URL keeps it (`sort=FIELD.DIRECTION`): the API's order. */
export type UrlOrder<F extends string> = ListOrder<F>;

/** `sort=FIELD.DESC` → the order; a missing or unknown sort is the list's default (undefined). */
export function parseSort<F extends string>(
  value: string | undefined,
  fields: readonly F[],
): UrlOrder<F> | undefined {
  const [field, direction] = (value ?? '').split('.');
  if (!(fields as readonly string[]).includes(field)) return undefined;
  if (direction !== 'ASC' && direction !== 'DESC') return undefined;
  return { field: field as F, direction };
}

export function sortParam(order: { field: string; direction: string } | undefined): string | undefined {
  return order ? `${order.field}.${order.direction}` : undefined;
}

/** Unset keys left out entirely: a filter doubles as a cache and pagination key. */
export function withoutUnset<T extends object>(filter: T): T {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as T;
}
