import { useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
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
  /** The query's variables without `first` and `after`; a change starts again at page 1. */
  variables: Omit<Vars, 'first' | 'after'>;
  /** Where the connection sits in the answer. */
  select: (data: Data) => Connection<Row>;
  pageSize?: number;
  fetchPolicy?: 'cache-first' | 'cache-and-network' | 'network-only';
}

/** Runs a connection query page by page (`first`/`after`), keeping the last page on screen while the next loads. */
export function useConnectionQuery<Data, Vars extends OperationVariables, Row>(
  query: TypedDocumentNode<Data, Vars>,
  { variables, select, pageSize = 20, fetchPolicy }: ConnectionQueryOptions<Data, Vars, Row>,
): ConnectionPage<Row> {
  // A new page size starts again at page 1 too, so the page numbers stay true.
  const pager = useCursorPagination(`${pageSize}:${JSON.stringify(variables)}`);
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    // The connection arguments every list query takes, added to the caller's own.
    variables: { ...variables, first: pageSize, after: pager.after } as unknown as Vars,
    notifyOnNetworkStatusChange: true,
    fetchPolicy,
  });
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
