import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';

/** The query-string key of a list page's page number (`?page=3`); page 1 leaves it out. */
export const PAGE_PARAM = 'page';

export interface CursorPagination {
  /** The `after` argument for the current page (null on page 1 and on a page jumped to). */
  after: string | null;
  /**
   * The `page` argument: the page number when no cursor leads to it (a jump, or a page opened
   * from the URL), else null. The API reads it as an OFFSET, so it is used only then.
   */
  jump: number | null;
  /** 1-based page number. */
  page: number;
  next: (endCursor: string | null | undefined) => void;
  prev: () => void;
  /** Back to page 1. */
  first: () => void;
  /** 跳至第 N 页. */
  goTo: (page: number) => void;
}

const NO_URL = [new URLSearchParams(), () => undefined] as const;

/** The page number a query-string value names, 1 for anything that is not a page number. */
export function pageFromParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/**
 * Walks a Relay connection page by page. 下一页 remembers each page's cursor, so walking (either
 * way) stays keyset; a page reached otherwise — a jump, or Back to a list's `?page=3` — is asked
 * for by number. Any change of `resetKey` (the filters, the sort, the page size) forgets the
 * cursors. With `inUrl` the page number lives in the query string (replacing the entry: Back
 * leaves the list, and comes back to the page it left); the URL's filter changes drop it.
 */
export function useCursorPagination(resetKey: string, inUrl = false): CursorPagination {
  // `inUrl` is a list's fixed option, so each list calls the same hooks on every render; a list
  // kept out of the URL (a drawer's, a panel's) needs no router around it.
  const [params, setParams] = inUrl ? useSearchParams() : NO_URL;
  const [state, setState] = useState<{
    key: string;
    page: number;
    cursors: Readonly<Record<number, string>>;
  }>({
    key: resetKey,
    page: 1,
    cursors: {},
  });
  const current = state.key === resetKey ? state : { key: resetKey, page: 1, cursors: {} };
  const page = inUrl ? pageFromParam(params.get(PAGE_PARAM)) : current.page;
  const cursor = page > 1 ? (current.cursors[page] ?? null) : null;

  const show = useCallback(
    (target: number, cursors: Readonly<Record<number, string>>) => {
      const next = Math.max(1, Math.floor(target));
      setState({ key: resetKey, page: next, cursors });
      if (!inUrl) return;
      setParams(
        (now) => {
          const updated = new URLSearchParams(now);
          if (next > 1) updated.set(PAGE_PARAM, String(next));
          else updated.delete(PAGE_PARAM);
          return updated;
        },
        { replace: true },
      );
    },
    [inUrl, resetKey, setParams],
  );

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (endCursor) show(page + 1, { ...current.cursors, [page + 1]: endCursor });
    },
    [current.cursors, page, show],
  );
  const prev = useCallback(() => {
    if (page > 1) show(page - 1, current.cursors);
  }, [current.cursors, page, show]);
  const first = useCallback(() => show(1, current.cursors), [current.cursors, show]);
  const goTo = useCallback((target: number) => show(target, current.cursors), [current.cursors, show]);

  return { after: cursor, jump: page > 1 && !cursor ? page : null, page, next, prev, first, goTo };
}
