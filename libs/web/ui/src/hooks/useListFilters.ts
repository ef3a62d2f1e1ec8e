import { useCallback, useMemo } from 'react';
import { sortParam } from '../utils/url-values';
import { useUrlFilters, type UrlFilters } from './useUrlFilters';

/** How one list page reads its query string; a module-level constant, so hooks stay stable. */
export interface ListUrlSpec<K extends string, F extends object, O, V extends string> {
  keys: readonly K[];
  toFilter: (state: UrlFilters<K>) => F;
  toOrder: (state: UrlFilters<K>) => O | undefined;
  view: (state: UrlFilters<K>) => V;
  /** The view that needs no `view` parameter. */
  defaultView: V;
}

export interface ListFilters<K extends string, F, O, V extends string> {
  state: UrlFilters<K>;
  view: V;
  filter: F;
  orderBy: O | undefined;
  /** Whether any filter (not the view or sort) is set. */
  filtered: boolean;
  update: (patch: Partial<Record<K, string | undefined>>) => void;
  setView: (view: V) => void;
  setOrderBy: (order: O | undefined) => void;
  /** Clears the filters, keeping the view and the sort. */
  reset: () => void;
}

/** A list page's filters, view and sort, all kept in the query string (`view` and `sort` keys). */
export function useListFilters<
  K extends string,
  F extends object,
  O extends { field: string; direction: string },
  V extends string,
>(spec: ListUrlSpec<K, F, O, V>): ListFilters<K, F, O, V> {
  const [state, update] = useUrlFilters(spec.keys);
  const filter = useMemo(() => spec.toFilter(state), [spec, state]);
  const orderBy = useMemo(() => spec.toOrder(state), [spec, state]);
  const setView = useCallback(
    (view: V) =>
      update({ view: view === spec.defaultView ? undefined : view } as Partial<
        Record<K, string | undefined>
      >),
    [spec, update],
  );
  const setOrderBy = useCallback(
    (order: O | undefined) => update({ sort: sortParam(order) } as Partial<Record<K, string | undefined>>),
    [update],
  );
  const reset = useCallback(() => {
    const cleared = Object.fromEntries(
      spec.keys.filter((k) => k !== 'view' && k !== 'sort').map((k) => [k, undefined]),
    ) as Partial<Record<K, undefined>>;
    update(cleared);
  }, [spec, update]);
  return {
    state,
    view: spec.view(state),
    filter,
    orderBy,
    filtered: Object.keys(filter).length > 0,
    update,
    setView,
    setOrderBy,
    reset,
  };
}
