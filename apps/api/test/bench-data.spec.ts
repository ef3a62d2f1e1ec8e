import pg from 'pg';
import {
  effectiveReferralStatus,
  isValidCreditCode,
  normalizeCompanyName,
  OPEN_STAGES,
  type LeadStage,
  type MilestoneCode,
  type ReferralStatus,
} from '@lianzhao/domain';
// The generator is a plain Node script under tools/ (npm run bench:data), not a workspace library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { generate, RefusedError } from '../../../tools/bench/data-generator.mjs';
import { startTestApi, type TestApi } from './harness';
import { expectHistoriesFollowThePipeline, expectMilestonesFollowTheRules, groupBy } from './history-checks';

// `npm run bench:data` (tools/bench/data.mjs) at scale 0.01 on this file's fresh database: the
// rows it writes set-wise in SQL must obey the same rules the services enforce one by one.

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

describe('bench data generator', () => {
  let api: TestApi;
  let client: pg.Client;
  const rows = async <T>(sql: string): Promise<T[]> => (await client.query(sql)).rows as T[];

  beforeAll(async () => {
    api = await startTestApi();
    client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  it('refuses a database that already holds data unless told to reset it', async () => {
    await expect(generate(client, { scale: 0.01, passwordHash: 'unused' })).rejects.toBeInstanceOf(
      RefusedError,
    );
    expect(
      (await rows<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE username = 'officer'"))[0].n,
    ).toBe(1);
  });

  it('fills the volumes of its scale, with the demo accounts signing in to see them', async () => {
    const [{ hash }] = await rows<{ hash: string }>(
      "SELECT password_hash AS hash FROM users WHERE username = 'officer'",
    );
    // On PostgreSQL the second phase runs on a second connection, as `npm run bench:data` does there.
    const connect = process.env['DATABASE_URL']
      ? async () => {
          const another = new pg.Client({ connectionString: api.databaseUrl });
          await another.connect();
          return another;
        }
      : undefined;
    // Every index the migrations made is there again afterwards (the generator drops and rebuilds them).
    const indexesNow = () =>
      rows<{ def: string }>(
        "SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
      );
    const indexesBefore = await indexesNow();
    const result = await generate(client, { scale: 0.01, reset: true, passwordHash: hash, connect });
    expect(await indexesNow()).toEqual(indexesBefore);
    expect(result.counts).toMatchObject({
      enterprises: 200,
      leads: 500,
      projects: 50,
      referrals: 30,
      users: 6,
      audit_entries: 780,
    });
    expect(result.counts['follow_ups']).toBeGreaterThan(2400);
    expect(result.counts['follow_ups']).toBeLessThan(3600);
    expect(result.stages['SIGNED']).toBe(50);

    const token = await api.login('officer');
    const listed = await api.gql<{ leads: { totalCount: number }; projects: { totalCount: number } }>(
      '{ leads(first: 5) { totalCount } projects(first: 5) { totalCount } }',
      {},
      token,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data).toEqual({ leads: { totalCount: 500 }, projects: { totalCount: 50 } });
    await api.login('partner');
  });

  it('keys every enterprise and referral by its normalised name, with valid credit codes', async () => {
    const enterprises = await rows<{ name: string; name_normalized: string; credit_code: string | null }>(
      'SELECT name, name_normalized, credit_code FROM enterprises',
    );
    for (const e of enterprises) {
      expect(e.name_normalized).toBe(normalizeCompanyName(e.name));
      if (e.credit_code) expect(isValidCreditCode(e.credit_code)).toBe(true);
    }
    for (const r of await rows<{ company_name: string; name_key: string }>(
      'SELECT company_name, name_key FROM referrals',
    )) {
      expect(r.name_key).toBe(normalizeCompanyName(r.company_name));
    }
  });

  it('gives every lead a history of allowed moves ending in its stage', async () => {
    const leads = await rows<{ id: string; stage: LeadStage; stage_changed_at: Date }>(
      'SELECT id, stage, stage_changed_at FROM leads',
    );
    const changes = await rows<{
      lead_id: string;
      from_stage: LeadStage | null;
      to_stage: LeadStage;
      reason: string | null;
      at: Date;
    }>('SELECT lead_id, from_stage, to_stage, reason, at FROM lead_stage_changes ORDER BY lead_id, at');
    expectHistoriesFollowThePipeline(leads, changes);
  });

  it('signs each project on the day its lead moved to 签约, with actual dates the milestone rules accept', async () => {
    const projects = await rows<{ id: string; type: string; stage: string; stage_changed_at: Date }>(
      'SELECT p.id, p.type, l.stage, l.stage_changed_at FROM projects p JOIN leads l ON l.id = p.lead_id',
    );
    const milestones = await rows<{
      project_id: string;
      code: MilestoneCode;
      planned_date: string | null;
      actual_date: string | null;
    }>(
      "SELECT project_id, code, to_char(planned_date, 'YYYY-MM-DD') AS planned_date, to_char(actual_date, 'YYYY-MM-DD') AS actual_date FROM project_milestones ORDER BY project_id, position",
    );
    const optional = await rows<{ project_type: string; code: MilestoneCode }>(
      'SELECT project_type, code FROM milestone_templates WHERE optional',
    );
    for (const project of projects) expect(project.stage).toBe('SIGNED');
    expectMilestonesFollowTheRules(
      projects.map((p) => ({ id: p.id, type: p.type, signedOn: shanghaiDay(p.stage_changed_at) })),
      milestones,
      optional,
      today,
    );
  });

  it('gives referrals statuses their protection, decisions and history agree with', async () => {
    const referrals = await rows<{
      id: string;
      organization_id: string;
      status: ReferralStatus;
      protected_until: string | null;
      name_key: string;
      conflict_with_id: string | null;
      matched_lead_id: string | null;
      lead_stage: LeadStage | null;
      lead_source: string | null;
      created_at: Date;
    }>(`SELECT r.id, r.organization_id, r.status, to_char(r.protected_until, 'YYYY-MM-DD') AS protected_until, r.name_key,
          r.conflict_with_id, r.matched_lead_id, l.stage AS lead_stage, l.source_organization_id AS lead_source, r.created_at
        FROM referrals r LEFT JOIN leads l ON l.id = r.lead_id`);
    const byId = new Map(referrals.map((r) => [r.id, r]));
    const open = new Map(
      (await rows<{ id: string; stage: LeadStage }>('SELECT id, stage FROM leads')).map((l) => [
        l.id,
        OPEN_STAGES.includes(l.stage),
      ]),
    );
    expect(new Set(referrals.map((r) => r.status))).toEqual(
      new Set(['ACCEPTED', 'PROTECTED', 'EXPIRED', 'REJECTED', 'CONFLICT', 'EXISTING']),
    );
    for (const r of referrals) {
      // Nothing the daily expiry job would still have to write down.
      expect(
        effectiveReferralStatus(
          { status: r.status, protectedUntil: r.protected_until, leadStage: r.lead_stage },
          today,
        ),
      ).toBe(r.status);
      if (r.status === 'ACCEPTED') expect(r.lead_source).toBe(r.organization_id);
      if (r.status === 'CONFLICT') {
        const holder = byId.get(r.conflict_with_id ?? '');
        expect(holder && ['PROTECTED', 'ACCEPTED'].includes(holder.status)).toBe(true);
        expect(holder?.name_key).toBe(r.name_key);
        expect(holder?.organization_id).not.toBe(r.organization_id);
        expect(holder?.created_at.getTime()).toBeLessThan(r.created_at.getTime());
      }
      if (r.status === 'EXISTING') expect(open.get(r.matched_lead_id ?? '')).toBe(true);
    }
    const history = await rows<{ referral_id: string; event: string; status: string }>(
      'SELECT referral_id, event, status FROM referral_history ORDER BY referral_id, at, event',
    );
    for (const [id, events] of groupBy(history, (h) => h.referral_id)) {
      expect(events.slice(0, 2).map((e) => e.event)).toEqual(['FILED', 'MATCHED']);
      expect(events.at(-1)?.status).toBe(byId.get(id)?.status);
    }
  });

  it('gives funds a FUND_MANAGER, FUND leads their source’s fund, and investments their lead’s enterprise', async () => {
    const funds = await rows<{
      kind: string;
      size: string;
      government_contribution: string;
      history: number;
    }>(
      `SELECT o.kind, f.size, f.government_contribution, (SELECT count(*)::int FROM fund_rule_changes c WHERE c.fund_id = f.id) AS history
       FROM funds f JOIN organizations o ON o.id = f.manager_organization_id`,
    );
    for (const f of funds) {
      expect(f.kind).toBe('FUND_MANAGER');
      expect(Number(f.government_contribution)).toBeLessThanOrEqual(Number(f.size));
      expect(f.history).toBe(1);
    }
    const leads = await rows<{
      channel: string;
      fund_id: string | null;
      manager: string | null;
      source: string | null;
    }>(
      `SELECT l.channel, l.fund_id, f.manager_organization_id AS manager, l.source_organization_id AS source
       FROM leads l LEFT JOIN funds f ON f.id = l.fund_id WHERE l.channel = 'FUND' OR l.fund_id IS NOT NULL`,
    );
    for (const l of leads) {
      expect(l.channel).toBe('FUND');
      expect(l.manager).toBe(l.source);
    }
    const investments = await rows<{
      lead_enterprise: string;
      enterprise_id: string;
      project_lead: string | null;
      lead_id: string;
    }>(
      `SELECT l.enterprise_id AS lead_enterprise, i.enterprise_id, p.lead_id AS project_lead, i.lead_id
       FROM investments i JOIN leads l ON l.id = i.lead_id LEFT JOIN projects p ON p.id = i.project_id`,
    );
    for (const i of investments) {
      expect(i.enterprise_id).toBe(i.lead_enterprise);
      if (i.project_lead) expect(i.project_lead).toBe(i.lead_id);
    }
  });
});
