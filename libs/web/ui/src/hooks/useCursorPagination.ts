import { useCallback, useState } from 'react';

export interface CursorPagination {
  /** The `after` argument for the current page (null on the first page). */
  after: string | null;
  /** 1-based page number. */
  page: number;
  next: (endCursor: string | null | undefined) => void;
  prev: () => void;
  /** Back to page 1 (a keyset list has no jump to an arbitrary page: its cursors are met in turn). */
  first: () => void;
}

/**
 * Walks a Relay connection page by page, remembering the cursors behind it so that
 * "previous" works. Any change of `resetKey` (the filters) starts again at page 1.
 */
export function useCursorPagination(resetKey: string): CursorPagination {
  const [state, setState] = useState<{ key: string; afters: (string | null)[] }>({
    key: resetKey,
    afters: [null],
  });
  const afters = state.key === resetKey ? state.afters : [null];

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (endCursor) setState({ key: resetKey, afters: [...afters, endCursor] });
    },
    [afters, resetKey],
  );
  const prev = useCallback(() => {
    if (afters.length > 1) setState({ key: resetKey, afters: afters.slice(0, -1) });
  }, [afters, resetKey]);

  const first = useCallback(() => setState({ key: resetKey, afters: [null] }), [resetKey]);

  return { after: afters[afters.length - 1], page: afters.length, next, prev, first };
}
