import type { DataSource } from 'typeorm';
import { addDays } from '@lianzhao/domain';
import { Clock } from '@lianzhao/api-core';
import { MIGRATIONS, TransactionalConnection } from '@lianzhao/api-database';
import { NotificationRemindersJob } from '@lianzhao/api-notifications';
import { errorCode, startTestApi, type TestApi } from './harness';

const LIST = `query ($filter: NotificationFilter) { notifications(first: 50, filter: $filter) {
  totalCount edges { node { id kind title params { name reason date milestone } recordKind recordId readAt } } } }`;
const FILE = 'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id } }';

interface Note {
  id: string;
  kind: string;
  title: string;
  params: { name: string | null; reason: string | null; date: string | null; milestone: string | null };
  recordKind: string;
  recordId: string;
  readAt: string | null;
}

describe('notifications (通知中心)', () => {
  let api: TestApi;
  let db: DataSource;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  const USERS = ['admin', 'officer', 'officer2', 'leader', 'partner', 'partner2', 'fundpartner'];

  async function must<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const result = await api.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  async function notes(user: string, unreadOnly = false): Promise<Note[]> {
    const data = await must<{ notifications: { edges: { node: Note }[] } }>(
      LIST,
      { filter: { unreadOnly } },
      tokens[user],
    );
    return data.notifications.edges.map((e) => e.node);
  }

  async function unread(user: string): Promise<number> {
    return (await must<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, tokens[user]))
      .unreadNotificationCount;
  }

  /** Who holds a notification of this kind about this record. */
  async function recipients(kind: string, recordId: string): Promise<string[]> {
    const rows = await db.query<{ username: string }[]>(
      `SELECT u.username FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.kind = $1 AND n.record_id = $2 ORDER BY u.username`,
      [kind, recordId],
    );
    return rows.map((r) => r.username);
  }

  async function file(user: string, companyName: string): Promise<string> {
    const data = await must<{ fileReferral: { id: string } }>(
      FILE,
      { input: { companyName, segmentCode: 'HYDROGEN', contactName: '赵总', contactPhone: '13900000000' } },
      tokens[user],
    );
    return data.fileReferral.id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(TransactionalConnection).dataSource;
    for (const user of USERS) {
      tokens[user] = await api.login(user);
      userIds[user] = (await must<{ me: { id: string } }>('{ me { id } }', {}, tokens[user])).me.id;
    }
  }, 180_000);
  afterAll(() => api.close());

  it('tells every officer of a new referral, and nobody else', async () => {
    const id = await file('partner', '通知测试甲科技有限公司');
    // The filing writes one message to the role, not a row per officer in its transaction.
    const written = await db.query<{ recipient_id: string | null; recipient_role: string | null }[]>(
      'SELECT recipient_id, recipient_role FROM notifications WHERE kind = $1 AND record_id = $2',
      ['REFERRAL_FILED', id],
    );
    expect(written).toEqual([{ recipient_id: null, recipient_role: 'OFFICER' }]);
    // Each officer receives it at their next read, once however often they read; nobody else does.
    for (const user of USERS) {
      const before = await unread(user);
      const seen = (await notes(user)).filter((n) => n.recordId === id);
      expect(seen).toHaveLength(user.startsWith('officer') ? 1 : 0);
      expect((await notes(user)).filter((n) => n.recordId === id)).toHaveLength(seen.length);
      expect([user, await unread(user)]).toEqual([user, before]);
    }
    expect(await recipients('REFERRAL_FILED', id)).toEqual(['officer', 'officer2']);
    // Each officer's copy is their own to read.
    const [mine] = (await notes('officer')).filter((n) => n.recordId === id);
    await must(
      'mutation ($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id } }',
      { input: { id: mine.id } },
      tokens['officer'],
    );
    expect((await notes('officer2', true)).some((n) => n.recordId === id)).toBe(true);
    expect((await notes('officer', true)).some((n) => n.recordId === id)).toBe(false);
    // An officer whose account is made later is not told of what came before it, only of what follows.
    await must(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'officer.new', displayName: '新招商', role: 'OFFICER', password: 'secret-123' } },
      tokens['admin'],
    );
    tokens['officer.new'] = await api.login('officer.new', 'secret-123');
    expect((await notes('officer.new')).some((n) => n.recordId === id)).toBe(false);
    const next = await file('partner', '通知测试甲二科技有限公司');
    expect((await notes('officer.new')).filter((n) => n.recordId === next)).toHaveLength(1);
    const [note] = (await notes('officer2')).filter((n) => n.recordId === id);
    expect(note).toMatchObject({ kind: 'REFERRAL_FILED', recordKind: 'REFERRAL', readAt: null });
    expect(note.title).toContain('通知测试甲科技有限公司');
    // The screen words it from the kind and these, in the reader's language.
    expect(note.params).toEqual({
      name: '通知测试甲科技有限公司',
      reason: null,
      date: null,
      milestone: null,
    });
  });

  it('tells the filing partner of an acceptance, and the new lead owner of the lead', async () => {
    const id = await file('partner', '通知测试乙科技有限公司');
    const accepted = await must<{ acceptReferral: { review: { lead: { id: string } | null } } }>(
      'mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { review { lead { id } } } }',
      { input: { id, ownerId: userIds['officer2'] } },
      tokens['officer'],
    );
    expect(await recipients('REFERRAL_ACCEPTED', id)).toEqual(['partner']);
    const leadId = accepted.acceptReferral.review.lead?.id ?? '';
    expect(await recipients('LEAD_ASSIGNED', leadId)).toEqual(['officer2']);
    // The partner's own list shows it; another organisation's partner sees nothing of it.
    expect((await notes('partner')).find((n) => n.recordId === id)?.title).toMatch(/已受理/);
    expect((await notes('partner')).find((n) => n.recordId === id)?.params.name).toBe(
      '通知测试乙科技有限公司',
    );
    const [{ project_name }] = await db.query<{ project_name: string }[]>(
      'SELECT project_name FROM leads WHERE id = $1',
      [leadId],
    );
    expect((await notes('officer2')).find((n) => n.recordId === leadId)?.params).toMatchObject({
      name: project_name,
    });
    expect((await notes('partner2')).some((n) => n.recordId === id)).toBe(false);
  });

  it('tells the partner of a rejection with the reason', async () => {
    const id = await file('partner2', '通知测试丙科技有限公司');
    await must(
      'mutation ($input: RejectReferralInput!) { rejectReferral(input: $input) { id } }',
      { input: { id, reason: '企业已在外区落地' } },
      tokens['officer'],
    );
    expect(await recipients('REFERRAL_REJECTED', id)).toEqual(['partner2']);
    const rejected = (await notes('partner2')).find((n) => n.kind === 'REFERRAL_REJECTED');
    expect(rejected?.title).toContain('企业已在外区落地');
    expect(rejected?.params).toMatchObject({ name: '通知测试丙科技有限公司', reason: '企业已在外区落地' });
  });

  it('tells a new owner of a handed-over lead, not someone who takes a lead themselves', async () => {
    const data = await must<{
      leads: { edges: { node: { id: string; version: number; owner: { id: string } } }[] };
    }>('{ leads(first: 1) { edges { node { id version owner { id } } } } }', {}, tokens['officer']);
    const lead = data.leads.edges[0].node;
    const to = lead.owner.id === userIds['officer2'] ? 'officer' : 'officer2';
    const before = await recipients('LEAD_ASSIGNED', lead.id);
    await must(
      'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { id } }',
      { input: { id: lead.id, version: lead.version, ownerId: userIds[to] } },
      tokens['admin'],
    );
    expect(await recipients('LEAD_ASSIGNED', lead.id)).toEqual([...before, to].sort());
    // An officer creating a lead of their own is not told about it.
    const enterprise = await must<{ createEnterprise: { id: string } }>(
      'mutation { createEnterprise(input: { name: "通知测试己科技有限公司" }) { id } }',
      {},
      tokens['officer'],
    );
    const own = await must<{ createLead: { id: string } }>(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          enterpriseId: enterprise.createEnterprise.id,
          projectName: '通知测试己项目',
          segmentCode: 'HYDROGEN',
          channel: 'SELF',
        },
      },
      tokens['officer'],
    );
    expect(await recipients('LEAD_ASSIGNED', own.createLead.id)).toEqual([]);
  });

  it('reads, counts and marks only the caller’s own notifications', async () => {
    const before = await unread('officer');
    expect(before).toBe((await notes('officer', true)).length);
    const [first] = await notes('officer', true);
    const marked = await must<{ markNotificationRead: Note }>(
      'mutation ($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id readAt } }',
      { input: { id: first.id } },
      tokens['officer'],
    );
    expect(marked.markNotificationRead.readAt).not.toBeNull();
    expect(await unread('officer')).toBe(before - 1);
    // Another user's notification does not exist for the caller, and stays unread.
    const other = await api.gql(
      'mutation ($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { id } }',
      { input: { id: (await notes('officer', true))[0].id } },
      tokens['partner'],
    );
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(await unread('officer')).toBe(before - 1);
    const all = await must<{ markAllNotificationsRead: number }>(
      'mutation { markAllNotificationsRead }',
      {},
      tokens['officer'],
    );
    expect(all.markAllNotificationsRead).toBe(before - 1);
    expect(await unread('officer')).toBe(0);
    expect(await unread('officer2')).toBeGreaterThan(0);
  });

  it('writes the daily reminders once: protections ending in 14 days, milestones due in 7 days or overdue', async () => {
    const today = api.app.get(Clock).today();
    const referralId = await file('partner', '通知测试丁科技有限公司');
    await db.query('UPDATE referrals SET protected_until = $2 WHERE id = $1', [
      referralId,
      addDays(today, 10),
    ]);
    const farId = await file('partner', '通知测试戊科技有限公司');
    await db.query('UPDATE referrals SET protected_until = $2 WHERE id = $1', [farId, addDays(today, 15)]);
    // The last open milestone of two projects: one due in 3 days, one 2 days overdue.
    const open = await db.query<{ id: string; project_id: string; username: string }[]>(
      `SELECT DISTINCT ON (m.project_id) m.id, m.project_id, u.username
         FROM project_milestones m JOIN projects p ON p.id = m.project_id JOIN users u ON u.id = p.owner_id
        WHERE m.actual_date IS NULL ORDER BY m.project_id, m.position DESC LIMIT 2`,
    );
    expect(open).toHaveLength(2);
    await db.query('UPDATE project_milestones SET planned_date = $2 WHERE id = $1', [
      open[0].id,
      addDays(today, 3),
    ]);
    await db.query('UPDATE project_milestones SET planned_date = $2 WHERE id = $1', [
      open[1].id,
      addDays(today, -2),
    ]);

    const job = api.app.get(NotificationRemindersJob);
    const first = await job.remind();
    expect(first['REFERRAL_EXPIRING']).toBeGreaterThanOrEqual(1);
    expect(await recipients('REFERRAL_EXPIRING', referralId)).toEqual(['partner']);
    expect(await recipients('REFERRAL_EXPIRING', farId)).toEqual([]);
    const keyed = async (kind: string, milestoneId: string) =>
      (
        await db.query<{ username: string }[]>(
          `SELECT u.username FROM notifications n JOIN users u ON u.id = n.recipient_id
            WHERE n.kind = $1 AND n.reminder_key LIKE $2`,
          [kind, `${kind}:${milestoneId}:%`],
        )
      ).map((r) => r.username);
    expect(await keyed('MILESTONE_DUE', open[0].id)).toEqual([open[0].username]);
    expect(await keyed('MILESTONE_OVERDUE', open[1].id)).toEqual([open[1].username]);
    // A second run the same day writes nothing again.
    expect(await job.remind()).toEqual({ REFERRAL_EXPIRING: 0, MILESTONE_DUE: 0, MILESTONE_OVERDUE: 0 });
    const [{ n }] = await db.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM notifications WHERE reminder_key IS NOT NULL GROUP BY recipient_id, reminder_key ORDER BY 1 DESC LIMIT 1',
    );
    expect(Number(n)).toBe(1);
    // The partner reads its reminder; the project owner reads theirs, linked to the project.
    const expiring = (await notes('partner')).find((x) => x.recordId === referralId);
    expect(expiring?.kind).toBe('REFERRAL_EXPIRING');
    expect(expiring?.params).toEqual({
      name: '通知测试丁科技有限公司',
      date: addDays(today, 10),
      reason: null,
      milestone: null,
    });
    expect(await milestoneParams('MILESTONE_DUE', open[0].id)).toEqual(
      await expectedMilestone(open[0].id, addDays(today, 3)),
    );
    expect(await milestoneParams('MILESTONE_OVERDUE', open[1].id)).toEqual(
      await expectedMilestone(open[1].id, addDays(today, -2)),
    );
  });

  async function milestoneParams(kind: string, milestoneId: string): Promise<unknown> {
    const [row] = await db.query<{ params: unknown }[]>(
      'SELECT params FROM notifications WHERE kind = $1 AND reminder_key LIKE $2',
      [kind, `${kind}:${milestoneId}:%`],
    );
    return row?.params;
  }

  async function expectedMilestone(milestoneId: string, date: string): Promise<unknown> {
    const [row] = await db.query<{ name: string; code: string }[]>(
      'SELECT p.name, m.code FROM project_milestones m JOIN projects p ON p.id = m.project_id WHERE m.id = $1',
      [milestoneId],
    );
    return { name: row.name, milestone: row.code, date };
  }

  it('gives the rows written before params theirs from the records their kind names, keeping the title', async () => {
    const migration = MIGRATIONS.map((M) => new M()).find(
      (m) => m.name === 'NotificationParams1796440000000',
    );
    if (!migration) throw new Error('migration NotificationParams is not registered');
    const before = await db.query<
      { id: string; kind: string; title: string; params: Record<string, string> }[]
    >('SELECT id, kind, title, params FROM notifications ORDER BY id');
    expect(new Set(before.map((row) => row.kind))).toEqual(
      new Set([
        'REFERRAL_FILED',
        'REFERRAL_ACCEPTED',
        'REFERRAL_REJECTED',
        'LEAD_ASSIGNED',
        'REFERRAL_EXPIRING',
        'MILESTONE_DUE',
        'MILESTONE_OVERDUE',
      ]),
    );
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await migration.down(runner);
      await migration.up(runner);
      const after = await runner.query('SELECT id, kind, title, params FROM notifications ORDER BY id');
      // Names are as the records hold them today: nothing here was renamed, so the same params.
      expect(after).toEqual(before);
    } finally {
      // The rows as they were, whatever the outcome.
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
