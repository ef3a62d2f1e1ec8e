import type { SavedViewStateInput } from '@lianzhao/web-data';
import { PAGE_PARAM } from '../hooks/useCursorPagination';

/** How tall a table's rows are: antd's small or middle size. */
export type Density = 'compact' | 'default';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** The table's own settings, kept in the URL beside the filters (`cols`, `density`, `size`). */
export interface TableSettings {
  /** Keys of the hidden columns; none hidden when empty. */
  hidden: readonly string[];
  density: Density;
  pageSize: number;
}

export const SETTING_PARAMS = { hidden: 'hide', density: 'density', pageSize: 'size' } as const;
const SORT_PARAM = 'sort';
/** Not part of what a list shows: a cockpit drill is a link, never a saved view; nor is the page it is on. */
const TRANSIENT_PARAMS = new Set(['drill', PAGE_PARAM]);

export function settingsFromParams(params: URLSearchParams): TableSettings {
  const size = Number(params.get(SETTING_PARAMS.pageSize));
  return {
    hidden: (params.get(SETTING_PARAMS.hidden) ?? '').split(',').filter(Boolean),
    density: params.get(SETTING_PARAMS.density) === 'compact' ? 'compact' : 'default',
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The settings written into the query string, defaults left out so a plain list keeps a clean URL. */
export function withSettings(params: URLSearchParams, patch: Partial<TableSettings>): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  if (patch.hidden) put(SETTING_PARAMS.hidden, patch.hidden.join(','));
  if (patch.density) put(SETTING_PARAMS.density, patch.density === 'compact' ? 'compact' : undefined);
  if (patch.pageSize) {
    put(SETTING_PARAMS.pageSize, patch.pageSize === DEFAULT_PAGE_SIZE ? undefined : String(patch.pageSize));
    // Pages of another size are other pages: the list starts again at page 1.
    if (patch.pageSize !== settingsFromParams(params).pageSize) next.delete(PAGE_PARAM);
  }
  return next;
}

/** What a saved view keeps of the list's URL: every filter, the sort, and the table's settings. */
export function viewStateFromParams(params: URLSearchParams): SavedViewStateInput {
  const settings = settingsFromParams(params);
  const settingKeys = new Set<string>([...Object.values(SETTING_PARAMS), SORT_PARAM]);
  const filters = [...params.entries()]
    .filter(([key, value]) => value && !settingKeys.has(key) && !TRANSIENT_PARAMS.has(key))
    .map(([key, value]) => ({ key, value }));
  return {
    filters,
    columns: settings.hidden.length ? settings.hidden.map((key) => `-${key}`) : null,
    sort: params.get(SORT_PARAM) || null,
    density: settings.density,
    pageSize: settings.pageSize,
  };
}

/** A saved view as the list's URL: it replaces the whole query string. */
export function paramsFromViewState(state: {
  filters: readonly { key: string; value: string }[];
  columns?: readonly string[] | null;
  sort?: string | null;
  density?: string | null;
  pageSize?: number | null;
}): URLSearchParams {
  const params = new URLSearchParams();
  for (const { key, value } of state.filters) params.set(key, value);
  if (state.sort) params.set(SORT_PARAM, state.sort);
  return withSettings(params, {
    // Columns are stored as the hidden ones (`-key`), so a column added to a list later shows.
    hidden: (state.columns ?? []).filter((c) => c.startsWith('-')).map((c) => c.slice(1)),
    density: state.density === 'compact' ? 'compact' : 'default',
    pageSize: state.pageSize ?? DEFAULT_PAGE_SIZE,
  });
}
