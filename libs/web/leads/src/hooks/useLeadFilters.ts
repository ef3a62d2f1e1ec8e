import { useCallback, useMemo } from 'react';
import type { LeadFilter, LeadOrder } from '@lianzhao/web-data';
import { useUrlFilters } from '@lianzhao/web-ui';
import {
  LEAD_URL_KEYS,
  leadView,
  sortParam,
  toLeadFilter,
  toLeadOrder,
  type LeadUrlKey,
  type LeadUrlState,
  type LeadView,
} from '../utils/lead-filters';

export interface LeadFilters {
  state: LeadUrlState;
  view: LeadView;
  filter: LeadFilter;
  orderBy: LeadOrder | undefined;
  /** Whether any filter (not the view or sort) is set. */
  filtered: boolean;
  update: (patch: Partial<Record<LeadUrlKey, string | undefined>>) => void;
  setView: (view: LeadView) => void;
  setOrderBy: (order: LeadOrder | undefined) => void;
  /** Clears the filters, keeping the view and the sort. */
  reset: () => void;
}

/** The pipeline's filters, view and sort, all kept in the query string. */
export function useLeadFilters(): LeadFilters {
  const [state, update] = useUrlFilters(LEAD_URL_KEYS);
  const filter = useMemo(() => toLeadFilter(state), [state]);
  const orderBy = useMemo(() => toLeadOrder(state), [state]);
  const setView = useCallback(
    (view: LeadView) => update({ view: view === 'board' ? undefined : view }),
    [update],
  );
  const setOrderBy = useCallback(
    (order: LeadOrder | undefined) => update({ sort: sortParam(order) }),
    [update],
  );
  const reset = useCallback(() => {
    const cleared = Object.fromEntries(
      LEAD_URL_KEYS.filter((k) => k !== 'view' && k !== 'sort').map((k) => [k, undefined]),
    ) as Partial<Record<LeadUrlKey, undefined>>;
    update(cleared);
  }, [update]);
  return {
    state,
    view: leadView(state),
    filter,
    orderBy,
    filtered: Object.keys(filter).length > 0,
    update,
    setView,
    setOrderBy,
    reset,
  };
}
