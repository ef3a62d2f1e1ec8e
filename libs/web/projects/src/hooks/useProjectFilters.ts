import { useCallback, useMemo } from 'react';
import type { ProjectFilter, ProjectOrder } from '@lianzhao/web-data';
import { useUrlFilters } from '@lianzhao/web-ui';
import {
  PROJECT_URL_KEYS,
  projectSortParam,
  projectView,
  toProjectFilter,
  toProjectOrder,
  type ProjectUrlKey,
  type ProjectUrlState,
  type ProjectView,
} from '../utils/project-filters';

export interface ProjectFilters {
  state: ProjectUrlState;
  view: ProjectView;
  filter: ProjectFilter;
  orderBy: ProjectOrder | undefined;
  filtered: boolean;
  update: (patch: Partial<Record<ProjectUrlKey, string | undefined>>) => void;
  setView: (view: ProjectView) => void;
  setOrderBy: (order: ProjectOrder | undefined) => void;
  reset: () => void;
}

/** The 项目落地 page's filters, view and sort, all kept in the query string. */
export function useProjectFilters(): ProjectFilters {
  const [state, update] = useUrlFilters(PROJECT_URL_KEYS);
  const filter = useMemo(() => toProjectFilter(state), [state]);
  const orderBy = useMemo(() => toProjectOrder(state), [state]);
  const setView = useCallback(
    (view: ProjectView) => update({ view: view === 'table' ? undefined : view }),
    [update],
  );
  const setOrderBy = useCallback(
    (order: ProjectOrder | undefined) => update({ sort: projectSortParam(order) }),
    [update],
  );
  const reset = useCallback(() => {
    const cleared = Object.fromEntries(
      PROJECT_URL_KEYS.filter((k) => k !== 'view' && k !== 'sort').map((k) => [k, undefined]),
    ) as Partial<Record<ProjectUrlKey, undefined>>;
    update(cleared);
  }, [update]);
  return {
    state,
    view: projectView(state),
    filter,
    orderBy,
    filtered: Object.keys(filter).length > 0,
    update,
    setView,
    setOrderBy,
    reset,
  };
}
