/**
 * The code of each area, by the path it lives under: the same dynamic imports as AppRoutes, so
 * fetching one here fills the chunk React.lazy asks for later. At start the page being opened
 * fetches its code together with the `me` check instead of after it (no waterfall page → me →
 * data); once signed in, the other pages of the menu are fetched while the browser is idle.
 */
const CHUNKS: readonly (readonly [string, readonly (() => Promise<unknown>)[]])[] = [
  ['/leads', [() => import('@lianzhao/web-leads')]],
  ['/enterprises', [() => import('@lianzhao/web-enterprises'), () => import('@lianzhao/web-funds')]],
  ['/projects', [() => import('@lianzhao/web-projects'), () => import('@lianzhao/web-funds')]],
  ['/referrals', [() => import('@lianzhao/web-referrals')]],
  ['/my-referrals', [() => import('@lianzhao/web-referrals')]],
  ['/funds', [() => import('@lianzhao/web-funds')]],
  ['/my-funds', [() => import('@lianzhao/web-funds')]],
  ['/investments', [() => import('@lianzhao/web-funds')]],
  ['/dashboard', [() => import('@lianzhao/web-cockpit')]],
  ['/settings', [() => import('@lianzhao/web-admin'), () => import('@lianzhao/web-referrals')]],
];

const shell = () => import('./Shell');

function fetchQuietly(load: () => Promise<unknown>): void {
  // A failed prefetch is retried by React.lazy when the page is opened, which reports it.
  load().catch(() => undefined);
}

function whenIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 3000 });
  else window.setTimeout(run, 1000);
}

/** The code a path needs, fetched now (the signed-in frame and the path's area). */
export function prefetchPath(pathname: string): void {
  if (pathname === '/login') {
    // Sign-in takes a while to type: the frame behind it comes meanwhile, so no blank page after.
    whenIdle(() => fetchQuietly(shell));
    return;
  }
  fetchQuietly(shell);
  for (const [path, loads] of CHUNKS) {
    if (pathname === path || pathname.startsWith(`${path}/`)) loads.forEach(fetchQuietly);
  }
}

/** The code of the given menu pages, fetched while the browser has nothing else to do. */
export function prefetchWhenIdle(paths: readonly string[]): void {
  whenIdle(() => paths.forEach((path) => prefetchPath(path)));
}
