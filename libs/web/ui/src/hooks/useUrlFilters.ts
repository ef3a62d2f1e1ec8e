import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlFilters<K extends string> = Readonly<Partial<Record<K, string>>>;

/**
 * List filters kept in the query string (`?q=张&role=PARTNER`), so a filtered list can be
 * reloaded, bookmarked and shared. Empty values are dropped from the URL.
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [UrlFilters<K>, (patch: Partial<Record<K, string | undefined>>) => void, () => void] {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(() => {
    const result: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = params.get(key);
      if (value) result[key] = value;
    }
    return result;
  }, [keys, params]);

  const update = useCallback(
    (patch: Partial<Record<K, string | undefined>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of Object.keys(patch) as K[]) {
            const value = patch[key];
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const reset = useCallback(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of keys) next.delete(key);
        return next;
      },
      { replace: true },
    );
  }, [keys, setParams]);

  return [filters, update, reset];
}
