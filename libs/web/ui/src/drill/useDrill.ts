import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PAGE_PARAM } from '../hooks/useCursorPagination';
import { DRILL_PARAM, parseDrill } from './drill';

export interface Drill<F> {
  /** The exact list filter the cockpit's figure was counted with; null without `?drill=`. */
  filter: F | null;
  /** Leaves the drill: back to the list's own URL filters. */
  clear: () => void;
}

/**
 * The `?drill=` filter of a list page. The JSON is the API's own filter object, passed on as the
 * list's `filter` variable without being read field by field — the server validates it — so a
 * field the cockpit's API adds later (an as-of date, a stage move) needs no change here.
 */
export function useDrill<F extends object>(): Drill<F> {
  const [params, setParams] = useSearchParams();
  const raw = params.get(DRILL_PARAM);
  // Parsed once per value, so the list's variables stay the same object between renders.
  const filter = useMemo(() => parseDrill(raw) as F | null, [raw]);
  const clear = useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(DRILL_PARAM);
          next.delete(PAGE_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filter, clear };
}
