/**
 * The query string each list was last shown with, by its path (`/leads` → `?view=table&stage=LOST`),
 * so a detail page's back link and breadcrumb return to the list as the user left it — filters,
 * view and sort — however they reached the detail page. Kept for the browser tab's session.
 */
const STORAGE_KEY = 'lianzhao.listUrls';

function read(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Notes the query string a list is showing now (an empty one forgets the last). */
export function rememberListUrl(pathname: string, search: string): void {
  const urls = read();
  if (search && search !== '?') urls[pathname] = search.startsWith('?') ? search : `?${search}`;
  else delete urls[pathname];
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(urls));
  } catch {
    // Storage full or refused (private mode): back links then open the list unfiltered.
  }
}

/** The list's URL as the user last saw it: `/leads?view=table&stage=LOST`, or just `/leads`. */
export function listHref(pathname: string): string {
  return `${pathname}${read()[pathname] ?? ''}`;
}
