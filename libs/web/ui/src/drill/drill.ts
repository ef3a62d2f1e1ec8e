/**
 * Drill-down from the cockpit: a figure carries `drill { kind, filter }`, where `filter` is the
 * exact list filter its number was counted with. The web passes that JSON unchanged in the list
 * page's `?drill=` parameter and the list sends it as its `filter` variable, so the list's
 * totalCount is the number that was clicked (issue 13). Nothing here reshapes the filter.
 */

/** The lists a figure opens (the API's `DrillKind`). */
export type DrillTarget = 'LEADS' | 'PROJECTS' | 'REFERRALS' | 'INVESTMENTS';

/** The query-string key the list pages read. */
export const DRILL_PARAM = 'drill';

/** The list page of each kind. */
export const DRILL_PATHS: Readonly<Record<DrillTarget, string>> = {
  LEADS: '/leads',
  PROJECTS: '/projects',
  REFERRALS: '/referrals',
  INVESTMENTS: '/investments',
};

/** A JSON object (not an array, not a scalar): the only shape a list filter has. */
export type DrillFilter = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is DrillFilter {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The filter a `?drill=` value carries, or null when there is none or it is not a JSON object
 * (a truncated link): the page then shows its ordinary list rather than an error.
 */
export function parseDrill(value: string | null | undefined): DrillFilter | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The address a figure's drill opens: the list page with the filter as JSON in `?drill=`. */
export function drillHref(drill: { kind: DrillTarget; filter: DrillFilter }): string {
  const params = new URLSearchParams({ [DRILL_PARAM]: JSON.stringify(drill.filter) });
  return `${DRILL_PATHS[drill.kind]}?${params.toString()}`;
}
