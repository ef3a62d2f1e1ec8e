import { useMemo } from 'react';
import type { DashboardFilter } from '@lianzhao/web-data';
import { useUrlFilters } from '@lianzhao/web-ui';
import {
  COCKPIT_URL_KEYS,
  readSelection,
  toDashboardFilter,
  type CockpitSelection,
  type CockpitUrlPatch,
  type CockpitUrlState,
} from '../utils/cockpit-filters';

export interface CockpitFilters {
  state: CockpitUrlState;
  selection: CockpitSelection;
  /** The `dashboard(filter:)` argument; the same object while the URL is unchanged. */
  filter: DashboardFilter;
  update: (patch: CockpitUrlPatch) => void;
  reset: () => void;
}

/** The cockpit's filter row, read from and written to the query string. */
export function useCockpitFilters(): CockpitFilters {
  const [state, update, reset] = useUrlFilters(COCKPIT_URL_KEYS);
  const selection = useMemo(() => readSelection(state), [state]);
  const filter = useMemo(() => toDashboardFilter(selection), [selection]);
  return { state, selection, filter, update, reset };
}
