import { useCallback, useSyncExternalStore } from 'react';

/**
 * Below antd's `lg` breakpoint (phones, tablets upright) the side menu would take most of the
 * width: it becomes a drawer behind a button in the header, and headers and pages go compact.
 */
export const COMPACT_LAYOUT_QUERY = '(max-width: 991.98px)';

/**
 * Whether a CSS media query matches now, following changes (a phone turned sideways, a window
 * resized). Read during render, so the first paint already has the right layout.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
