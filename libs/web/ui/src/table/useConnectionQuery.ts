import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { fieldErrors } from '@lianzhao/web-data';
import { useCursorPagination, type CursorPagination } from '../hooks/useCursorPagination';

/** The part of a Relay connection a table reads. */
export interface Connection<Row> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Row }[];
}

/** One page of a connection, as `ConnectionTable` shows it. */
export interface ConnectionPage<Row> {
  /** The page's connection; the previous page's while the next one loads; undefined before the first answer. */
  connection: Connection<Row> | undefined;
  loading: boolean;
  error: unknown;
  pager: CursorPagination;
  pageSize: number;
  refetch: () => void;
}

export interface ConnectionQueryOptions<Data, Vars, Row> {
  /** The query's variables without `first`, `after` and `page`; a change starts again at page 1. */
  variables: Omit<Vars, 'first' | 'after' | 'page'>;
  /** Where the connection sits in the answer. */
  select: (data: Data) => Connection<Row>;
  pageSize?: number;
  fetchPolicy?: 'cache-first' | 'cache-and-network' | 'network-only';
  /**
   * Keep the page number in the URL (`?page=3`), so Back returns to it: a list page's table, not
   * a drawer's or a panel's (two of those on one page would share it).
   */
  pageInUrl?: boolean;
}

/**
 * Runs a connection query page by page, keeping the last page on screen while the next loads:
 * `first`/`after` while walking, `page` for a page jumped to (the kit's OFFSET).
 */
export function useConnectionQuery<Data, Vars extends OperationVariables, Row>(
  query: TypedDocumentNode<Data, Vars>,
  {
    variables,
    select,
    pageSize = 20,
    fetchPolicy,
    pageInUrl = false,
  }: ConnectionQueryOptions<Data, Vars, Row>,
): ConnectionPage<Row> {
  // A new page size starts again at page 1 too, so the page numbers stay true.
  const pager = useCursorPagination(`${pageSize}:${JSON.stringify(variables)}`, pageInUrl);
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    // The connection arguments every list query takes, added to the caller's own.
    variables: {
      ...variables,
      first: pageSize,
      after: pager.after,
      ...(pager.jump ? { page: pager.jump } : {}),
    } as unknown as Vars,
    notifyOnNetworkStatusChange: true,
    fetchPolicy,
  });
  // A page that no longer exists (a link kept while rows went away): the list opens at page 1.
  const { first: toFirst, page: pageNumber } = pager;
  const pageGone = pageNumber > 1 && 'page' in fieldErrors(error);
  useEffect(() => {
    if (pageGone) toFirst();
  }, [pageGone, toFirst]);
  const shown = data ?? previousData;
  return {
    connection: shown ? select(shown) : undefined,
    loading,
    error,
    pager,
    pageSize,
    refetch: () => void refetch(),
  };
}
