import { useEffect, useState, type RefObject } from 'react';

/** Below this the columns would show barely a card; the page then scrolls a little instead. */
const MIN_HEIGHT = 420;
const BOTTOM_GAP = 24;

/**
 * The height that takes an element from where it starts on the page to the bottom of the window,
 * so the board's own scrollbars sit in sight and a card and its target column both fit without
 * the page scrolling mid-drag. Measured again when the window or the content above changes size.
 */
export function useFillWindowHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(MIN_HEIGHT);
  useEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP)));
    };
    measure();
    window.addEventListener('resize', measure);
    // The to-do panel and filters above load after the board mounts and move it down.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return height;
}
