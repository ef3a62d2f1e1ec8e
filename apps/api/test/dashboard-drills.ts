import type { GqlResult, TestApi } from './harness';

/** The selection of a drillable figure. */
export const FIGURE = '{ value drill { kind filter } }';

export interface Figure<V = number> {
  value: V;
  drill: { kind: 'LEADS' | 'PROJECTS' | 'REFERRALS' | 'INVESTMENTS'; filter: Record<string, unknown> };
}

export function must<T>(result: GqlResult<T>): T {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Every count figure in a response (an Int value beside a drill), with where it sits. */
export function countFigures(node: unknown, path = ''): { path: string; figure: Figure }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => countFigures(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if ('drill' in record && typeof record['value'] === 'number') return [{ path, figure: record as unknown as Figure }];
  return Object.entries(record).flatMap(([key, value]) => countFigures(value, path ? `${path}.${key}` : key));
}

const LISTS: Record<string, string> = {
  LEADS: 'query ($filter: LeadFilter) { list: leads(filter: $filter, first: 1) { totalCount } }',
  PROJECTS: 'query ($filter: ProjectFilter) { list: projects(filter: $filter, first: 1) { totalCount } }',
};

/**
 * Runs each count figure's drill, unchanged, as the filter of its real list query and returns
 * the figures whose list's totalCount differs (path, value, totalCount): none, when all is well.
 */
export async function drillMismatches(
  api: TestApi,
  token: string,
  response: unknown,
): Promise<{ path: string; value: number; totalCount: number | string }[]> {
  const out: { path: string; value: number; totalCount: number | string }[] = [];
  for (const { path, figure } of countFigures(response)) {
    const query = LISTS[figure.drill.kind];
    const result = await api.gql<{ list: { totalCount: number } }>(query, { filter: figure.drill.filter }, token);
    const totalCount = result.data?.list.totalCount ?? JSON.stringify(result.errors);
    if (totalCount !== figure.value) out.push({ path, value: figure.value, totalCount });
  }
  return out;
}
