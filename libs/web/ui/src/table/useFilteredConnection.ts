import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useUrlFilters } from '../hooks/useUrlFilters';
import {
  filterFromUrl,
  type FilterField,
  type FilterPatch,
  type FilterState,
} from '../filters/filter-fields';
import { useConnectionQuery, type ConnectionPage, type ConnectionQueryOptions } from './useConnectionQuery';
import { useListView, type ListView } from './useListView';

/** A list whose filters live in the URL: what the URL says, the API filter read from it, and the page it selects. */
export interface FilteredConnection<K extends string, F, Row> {
  /** The URL values, as the filter bar shows them. */
  state: FilterState<K>;
  setFilters: (patch: FilterPatch<K>) => void;
  resetFilters: () => void;
  /** The API filter (unset fields left out). */
  filter: F;
  /** Whether any filter is set, so an empty page says nothing matches. */
  filtered: boolean;
  page: ConnectionPage<Row>;
  /** Saved views and table settings, for a list given a `listKey`. */
  view?: ListView;
}

export interface FilteredConnectionOptions<K extends string, F, Data, Vars, Row> extends Omit<
  ConnectionQueryOptions<Data, Vars, Row>,
  'variables'
> {
  /** The query-string keys the list reads. */
  keys: readonly K[];
  /** The fields read into the API filter (the bar may draw fewer, e.g. a status chosen on tabs). */
  fields: readonly FilterField<K, F>[];
  /** A filter used instead of the URL's (the cockpit's `?drill=`), sent exactly as given. */
  filterOverride?: F | null;
  /** The list's name for saved views (`enterprises`); without it the list has none. */
  listKey?: string;
}

/** A list page's wiring: URL filters → API filter → one page of the connection query (`filter` as its variables). */
export function useFilteredConnection<
  K extends string,
  F extends object,
  Data,
  Vars extends OperationVariables & { filter?: F | null },
  Row,
>(
  query: TypedDocumentNode<Data, Vars>,
  { keys, fields, filterOverride, listKey, ...options }: FilteredConnectionOptions<K, F, Data, Vars, Row>,
): FilteredConnection<K, F, Row> {
  const [state, setFilters, resetFilters] = useUrlFilters(keys);
  const view = useListView(listKey ?? null);
  const filter = filterOverride ?? filterFromUrl(fields, state);
  // The list queries take the filter and the connection arguments only.
  const variables = { filter } as unknown as Omit<Vars, 'first' | 'after' | 'page'>;
  const page = useConnectionQuery(query, {
    ...options,
    variables,
    pageSize: view?.settings.pageSize ?? options.pageSize,
    // A list page: its page number in the URL beside its filters.
    pageInUrl: true,
  });
  return { state, setFilters, resetFilters, filter, filtered: Object.keys(filter).length > 0, page, view };
}
