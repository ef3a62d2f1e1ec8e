import type { ProjectFilter, ProjectOrder } from '@lianzhao/web-data';
import { useListFilters, type ListFilters } from '@lianzhao/web-ui';
import { PROJECT_LIST, type ProjectUrlKey, type ProjectView } from '../utils/project-filters';

export type ProjectFilters = ListFilters<ProjectUrlKey, ProjectFilter, ProjectOrder, ProjectView>;

/** The 项目落地 page's filters, view and sort, all kept in the query string. */
export function useProjectFilters(): ProjectFilters {
  return useListFilters(PROJECT_LIST);
}
