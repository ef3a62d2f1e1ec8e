import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { rememberListUrl } from '../navigation/list-urls';

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

  // A change that changes nothing (the same filter chosen again) makes no history entry.
  const push = useCallback(
    (next: URLSearchParams) => {
      if (next.toString() !== params.toString()) setParams(next);
    },
    [params, setParams],
  );

  const update = useCallback(
    (patch: Partial<Record<K, string | undefined>>) => {
      const next = new URLSearchParams(params);
      for (const key of Object.keys(patch) as K[]) {
        const value = patch[key];
        if (value) next.set(key, value);
        else next.delete(key);
      }
      push(next);
    },
    [params, push],
  );

  const reset = useCallback(() => {
    const next = new URLSearchParams(params);
    for (const key of keys) next.delete(key);
    push(next);
  }, [keys, params, push]);

  return [filters, update, reset];
}
