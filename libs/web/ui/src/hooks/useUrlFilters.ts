import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { rememberListUrl } from '../navigation/list-urls';
import { PAGE_PARAM } from './useCursorPagination';

export type UrlFilters<K extends string> = Readonly<Partial<Record<K, string>>>;

/**
 * List filters kept in the query string (`?q=张&role=PARTNER`), so a filtered list can be
 * reloaded, bookmarked and shared. Empty values are dropped from the URL. Each change is a
 * history entry, so the browser's Back undoes it, and the list's URL is remembered for the back
 * links of the pages opened from it (`listHref`).
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [UrlFilters<K>, (patch: Partial<Record<K, string | undefined>>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const { pathname, search } = useLocation();
  useEffect(() => rememberListUrl(pathname, search), [pathname, search]);

  const filters = useMemo(() => {
    const result: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = params.get(key);
      if (value) result[key] = value;
    }
    return result;
  }, [keys, params]);

  // Each change is applied to the URL as it is then (two changes in one event both count), and a
  // change that changes nothing — the same filter chosen again — makes no history entry. A change
  // that does starts the list again at page 1.
  const change = useCallback(
    (apply: (params: URLSearchParams) => void) => {
      const next = new URLSearchParams(params);
      apply(next);
      if (next.toString() === params.toString()) return;
      setParams((current) => {
        const updated = new URLSearchParams(current);
        apply(updated);
        updated.delete(PAGE_PARAM);
        return updated;
      });
    },
    [params, setParams],
  );

  const update = useCallback(
    (patch: Partial<Record<K, string | undefined>>) =>
      change((next) => {
        for (const key of Object.keys(patch) as K[]) {
          const value = patch[key];
          if (value) next.set(key, value);
          else next.delete(key);
        }
      }),
    [change],
  );

  const reset = useCallback(
    () =>
      change((next) => {
        for (const key of keys) next.delete(key);
      }),
    [change, keys],
  );

  return [filters, update, reset];
}
