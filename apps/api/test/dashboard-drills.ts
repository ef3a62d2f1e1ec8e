import type { TestApi } from './harness';

/** The selection of a drillable figure. */
export const FIGURE = '{ value drill { kind filter } }';

export interface Figure<V = number> {
  value: V;
  drill: { kind: 'LEADS' | 'PROJECTS' | 'REFERRALS' | 'INVESTMENTS'; filter: Record<string, unknown> };
}

export { must } from './harness';

/** Every count figure in a response (an Int value beside a drill), with where it sits. */
export function countFigures(node: unknown, path = ''): { path: string; figure: Figure }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => countFigures(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if ('drill' in record && typeof record['value'] === 'number') return [{ path, figure: record as unknown as Figure }];
  return Object.entries(record).flatMap(([key, value]) => countFigures(value, path ? `${path}.${key}` : key));
}

const LISTS: Record<Figure['drill']['kind'], string> = {
  LEADS: 'query ($filter: LeadFilter) { list: leads(filter: $filter, first: 1) { totalCount } }',
  PROJECTS: 'query ($filter: ProjectFilter) { list: projects(filter: $filter, first: 1) { totalCount } }',
  REFERRALS: 'query ($filter: ReferralFilter) { list: referrals(filter: $filter, first: 1) { totalCount } }',
  INVESTMENTS:
    'query ($filter: InvestmentFilter) { list: investments(filter: $filter, first: 1) { totalCount } }',
};

export interface DrillMismatch {
  path: string;
  value: number;
  totalCount: number | string;
}

/**
 * Runs each count figure's drill, unchanged, as the filter of its real list query; returns how
 * many figures were checked and those whose list's totalCount differs (none when all is well).
 */
export async function drillCheck(
  api: TestApi,
  token: string,
  response: unknown,
): Promise<{ checked: number; mismatches: DrillMismatch[] }> {
  const mismatches: DrillMismatch[] = [];
  const figures = countFigures(response);
  for (const { path, figure } of figures) {
    const result = await api.gql<{ list: { totalCount: number } }>(
      LISTS[figure.drill.kind],
      { filter: figure.drill.filter },
      token,
    );
    const totalCount = result.data?.list.totalCount ?? JSON.stringify(result.errors);
    if (totalCount !== figure.value) mismatches.push({ path, value: figure.value, totalCount });
  }
  return { checked: figures.length, mismatches };
}

/** The figures whose drill's list count differs from them: none, when all is well. */
export async function drillMismatches(api: TestApi, token: string, response: unknown): Promise<DrillMismatch[]> {
  return (await drillCheck(api, token, response)).mismatches;
}
