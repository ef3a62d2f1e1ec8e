import { DataSource } from 'typeorm';
import type { TestApi } from './harness';

// Shared by the cockpit specs of milestones, referrals and funds (figures and drills: dashboard-drills.ts).

/** Shanghai is UTC+8. */
export const shanghai = (date: string, time = '12:00:00') => new Date(`${date}T${time}+08:00`);

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
