import { DataSource } from 'typeorm';
import type { GqlResult, TestApi } from './harness';

// Shared by the cockpit-progress specs (milestones, referrals, funds).

/** The selection of a drillable figure. */
export const FIG = '{ value drill { kind filter } }';

export interface Fig<V = number> {
  value: V;
  drill: { kind: 'LEADS' | 'PROJECTS' | 'REFERRALS' | 'INVESTMENTS'; filter: Record<string, unknown> };
}

/** Shanghai is UTC+8. */
export const shanghai = (date: string, time = '12:00:00') => new Date(`${date}T${time}+08:00`);

export function ok<T>(result: GqlResult<T>): T {
  if (!result.data || result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/**
 * Starts from no leads, projects, referrals, funds or investments (the demo data goes), so every
 * figure of the test's own small data set can be asserted exactly. The maintained lead totals go
 * with the leads.
 */
export async function clearBusinessData(api: TestApi): Promise<void> {
  await api.app
    .get(DataSource)
    .query('TRUNCATE investments, funds, referrals, projects, leads, lead_stage_totals CASCADE');
}

/** Runs SQL on the test's database (backdating a filing, as time passing would). */
export function sql(api: TestApi, text: string, params: unknown[] = []): Promise<unknown> {
  return api.app.get(DataSource).query(text, params);
}

/** Every count figure in a response (an Int value beside a drill), with where it sits. */
export function countFigs(node: unknown, path = ''): { path: string; figure: Fig }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => countFigs(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if ('drill' in record && typeof record['value'] === 'number')
    return [{ path, figure: record as unknown as Fig }];
  return Object.entries(record).flatMap(([key, value]) => countFigs(value, path ? `${path}.${key}` : key));
}

const LISTS: Record<Fig['drill']['kind'], string> = {
  LEADS: 'query ($filter: LeadFilter) { list: leads(filter: $filter, first: 1) { totalCount } }',
  PROJECTS: 'query ($filter: ProjectFilter) { list: projects(filter: $filter, first: 1) { totalCount } }',
  REFERRALS: 'query ($filter: ReferralFilter) { list: referrals(filter: $filter, first: 1) { totalCount } }',
  INVESTMENTS:
    'query ($filter: InvestmentFilter) { list: investments(filter: $filter, first: 1) { totalCount } }',
};

/**
 * Runs each count figure's drill, unchanged, as the filter of its real list query; returns the
 * figures whose list's totalCount differs (none when all is well) and how many were checked.
 */
export async function drillMismatches(
  api: TestApi,
  token: string,
  response: unknown,
): Promise<{ checked: number; mismatches: { path: string; value: number; totalCount: number | string }[] }> {
  const mismatches: { path: string; value: number; totalCount: number | string }[] = [];
  const figures = countFigs(response);
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
