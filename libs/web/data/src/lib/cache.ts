import type { ApolloCache } from '@apollo/client';

/**
 * Drops cached lists a mutation has made stale, so that the screens showing them fetch them
 * again and screens that are not open simply start fresh. Unlike `refetchQueries` by name this
 * does not depend on which screens happen to be mounted.
 */
export function evictRootFields(cache: ApolloCache, ...fieldNames: string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** Drops fields of one cached record, e.g. a lead's `auditTrail` after it was edited. */
export function evictEntityFields(
  cache: ApolloCache,
  typename: string,
  id: string,
  ...fieldNames: string[]
): void {
  const entity = cache.identify({ __typename: typename, id });
  if (!entity) return;
  for (const fieldName of fieldNames) cache.evict({ id: entity, fieldName });
  cache.gc();
}
