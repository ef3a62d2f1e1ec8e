import ExcelJS from 'exceljs';
import { errorCode, must, startTestApi, type GqlResult, type TestApi } from './harness';

const LEAD =
  'id projectName stage version owner { id } auditTrail { action changes { field before after } note } stageChanges { toStage reason }';
const LEADS = `query ($filter: LeadFilter) { leads(first: 100, filter: $filter) { totalCount edges { node { ${LEAD} } } } }`;
const ASSIGN = `mutation ($input: BulkAssignLeadsInput!) { bulkAssignLeads(input: $input) { id owner { id } version } }`;
const MOVE = `mutation ($input: BulkMoveLeadsInput!) { bulkMoveLeads(input: $input) { id stage version } }`;
const EXPORT = 'query ($filter: LeadFilter) { exportLeads(filter: $filter) { contentBase64 } }';

interface LeadRow {
  id: string;
  projectName: string;
  stage: string;
  version: number;
  owner: { id: string };
  auditTrail: {
    action: string;
    changes: { field: string; before: unknown; after: unknown }[];
    note: string | null;
  }[];
  stageChanges: { toStage: string; reason: string | null }[];
}
interface RowError {
  id: string;
  label: string;
  message: string;
}

describe('bulk actions on leads (批量操作) and list exports', () => {
  let api: TestApi;
  let officer: string;
  let leader: string;
  let open: LeadRow[];
  let signed: LeadRow;
  let newOfficerId: string;
  let leaderId: string;

  const leads = async (ids: string[]) => {
    const rows = must(
      await api.gql<{ leads: { edges: { node: LeadRow }[] } }>(LEADS, { filter: { ids } }, officer),
    ).leads.edges.map((e) => e.node);
    return ids.map((id) => rows.find((row) => row.id === id) as LeadRow);
  };
  const rowsOf = (result: GqlResult<unknown>) =>
    (result.errors?.[0]?.extensions?.['rows'] ?? []) as RowError[];

  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
    leader = await api.login('leader');
    const admin = await api.login('admin');
    const all = must(
      await api.gql<{ leads: { edges: { node: LeadRow }[] } }>(LEADS, {}, officer),
    ).leads.edges.map((e) => e.node);
    open = all.filter((l) => ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING'].includes(l.stage)).slice(0, 2);
    signed = all.find((l) => l.stage === 'SIGNED') as LeadRow;
    expect(open).toHaveLength(2);
    expect(signed).toBeDefined();
    const made = must(
      await api.gql<{ createUser: { id: string } }>(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: {
            username: 'bulkofficer',
            displayName: '批量专员',
            role: 'OFFICER',
            password: 'Bulk-Passw0rd!',
          },
        },
        admin,
      ),
    );
    newOfficerId = made.createUser.id;
    leaderId = must(await api.gql<{ me: { id: string } }>('{ me { id } }', {}, leader)).me.id;
  }, 180_000);

  afterAll(() => api?.close());

  it('refuses a whole stage move when one row breaks the pipeline, naming that row, and changes nothing', async () => {
    const before = await leads([...open.map((l) => l.id), signed.id]);
    const result = await api.gql(
      MOVE,
      { input: { ids: before.map((l) => l.id), stage: 'ON_HOLD', reason: '企业推迟投资计划' } },
      officer,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(rowsOf(result)).toEqual([
      { id: signed.id, label: signed.projectName, message: expect.stringContaining('不能再变更阶段') },
    ]);
    expect(result.errors?.[0]?.message).toContain('所选线索均未变更');
    // Nothing written: not the stage, not the version, not the audit trail, not the stage history.
    expect(await leads(before.map((l) => l.id))).toEqual(before);
  });

  it('refuses every row that lacks what the single move needs (a reason for 暂缓)', async () => {
    const before = await leads(open.map((l) => l.id));
    const result = await api.gql(
      MOVE,
      { input: { ids: before.map((l) => l.id), stage: 'ON_HOLD' } },
      officer,
    );
    expect(rowsOf(result).map((r) => r.id)).toEqual(before.map((l) => l.id));
    expect(rowsOf(result)[0].message).toContain('须填写原因');
    expect(await leads(before.map((l) => l.id))).toEqual(before);
  });

  it('moves every selected lead, each audited and recorded like a single move', async () => {
    const before = await leads(open.map((l) => l.id));
    const moved = must(
      await api.gql<{ bulkMoveLeads: { id: string; stage: string; version: number }[] }>(
        MOVE,
        { input: { ids: before.map((l) => l.id), stage: 'ON_HOLD', reason: '批量暂缓' } },
        officer,
      ),
    ).bulkMoveLeads;
    expect(moved.map((l) => l.stage)).toEqual(['ON_HOLD', 'ON_HOLD']);
    for (const [i, after] of (await leads(before.map((l) => l.id))).entries()) {
      expect(after.version).toBe(before[i].version + 1);
      expect(after.auditTrail).toHaveLength(before[i].auditTrail.length + 1);
      expect(after.auditTrail[0]).toMatchObject({
        action: 'MOVE',
        note: '批量暂缓',
        changes: [{ field: 'stage', before: before[i].stage, after: 'ON_HOLD' }],
      });
      expect(after.stageChanges[0]).toEqual({ toStage: 'ON_HOLD', reason: '批量暂缓' });
    }
  });

  it('refuses an owner who is not an officer for the whole batch, then assigns all to an officer with an audit entry each', async () => {
    const ids = [...open.map((l) => l.id), signed.id];
    const before = await leads(ids);
    const refused = await api.gql(ASSIGN, { input: { ids, ownerId: leaderId } }, officer);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(rowsOf(refused).map((r) => r.message)).toEqual(ids.map(() => '负责人须为在岗的招商专员'));
    expect(await leads(ids)).toEqual(before);

    const assigned = must(
      await api.gql<{ bulkAssignLeads: { id: string; owner: { id: string } }[] }>(
        ASSIGN,
        { input: { ids, ownerId: newOfficerId } },
        officer,
      ),
    ).bulkAssignLeads;
    expect(assigned.map((l) => l.owner.id)).toEqual(ids.map(() => newOfficerId));
    for (const [i, after] of (await leads(ids)).entries()) {
      expect(after.auditTrail).toHaveLength(before[i].auditTrail.length + 1);
      expect(after.auditTrail[0].action).toBe('UPDATE');
      expect(after.auditTrail[0].changes).toContainEqual(
        expect.objectContaining({ field: 'ownerId', after: newOfficerId }),
      );
    }
  });

  it('refuses unknown ids and callers other than officers; exports exactly the selection', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const result = await api.gql(MOVE, { input: { ids: [open[0].id, missing], stage: 'NEW' } }, officer);
    expect(rowsOf(result).map((r) => r.id)).toContain(missing);
    expect(
      errorCode(await api.gql(ASSIGN, { input: { ids: [open[0].id], ownerId: newOfficerId } }, leader)),
    ).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ASSIGN, { input: { ids: [], ownerId: newOfficerId } }, officer))).toBe(
      'BAD_USER_INPUT',
    );

    const exported = must(
      await api.gql<{ exportLeads: { contentBase64: string } }>(
        EXPORT,
        { filter: { ids: open.map((l) => l.id) } },
        officer,
      ),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(Buffer.from(exported.exportLeads.contentBase64, 'base64')).buffer);
    expect(book.worksheets[0].actualRowCount).toBe(1 + open.length);
  });

  it("exports 企业库 and 报备 with the screen filter; a partner only its own organisation's referrals", async () => {
    const sheetRows = async (base64: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
      return book.worksheets[0].actualRowCount - 1;
    };
    const enterprises = must(
      await api.gql<{ enterprises: { totalCount: number } }>(
        '{ enterprises(first: 1) { totalCount } }',
        {},
        officer,
      ),
    ).enterprises.totalCount;
    const enterpriseFile = must(
      await api.gql<{ enterprisesExport: { filename: string; contentBase64: string } }>(
        '{ enterprisesExport { filename contentBase64 } }',
        {},
        officer,
      ),
    ).enterprisesExport;
    expect(enterpriseFile.filename).toMatch(/^企业导出-\d{8}-\d{4}\.xlsx$/);
    expect(await sheetRows(enterpriseFile.contentBase64)).toBe(enterprises);

    const REFERRALS = '{ referrals(first: 100) { totalCount } }';
    const EXPORT_REFERRALS =
      'query ($filter: ReferralFilter) { referralsExport(filter: $filter) { contentBase64 } }';
    const partner = await api.login('partner');
    for (const token of [officer, partner]) {
      const total = must(await api.gql<{ referrals: { totalCount: number } }>(REFERRALS, {}, token)).referrals
        .totalCount;
      const file = must(
        await api.gql<{ referralsExport: { contentBase64: string } }>(EXPORT_REFERRALS, {}, token),
      );
      expect(await sheetRows(file.referralsExport.contentBase64)).toBe(total);
    }
    const officerTotal = must(await api.gql<{ referrals: { totalCount: number } }>(REFERRALS, {}, officer))
      .referrals.totalCount;
    const partnerTotal = must(await api.gql<{ referrals: { totalCount: number } }>(REFERRALS, {}, partner))
      .referrals.totalCount;
    expect(partnerTotal).toBeLessThan(officerTotal);
    expect(errorCode(await api.gql('{ enterprisesExport { filename } }', {}, partner))).toBe('FORBIDDEN');

    // 导出所选: just the selected referrals; a partner's selection still stops at its own organisation.
    const all = must(
      await api.gql<{ referrals: { edges: { node: { id: string } }[] } }>(
        '{ referrals(first: 100) { edges { node { id } } } }',
        {},
        officer,
      ),
    ).referrals.edges.map((e) => e.node.id);
    const own = new Set(
      must(
        await api.gql<{ referrals: { edges: { node: { id: string } }[] } }>(
          '{ referrals(first: 100) { edges { node { id } } } }',
          {},
          partner,
        ),
      ).referrals.edges.map((e) => e.node.id),
    );
    const selection = [all.find((id) => own.has(id)), all.find((id) => !own.has(id))].filter(
      (id): id is string => Boolean(id),
    );
    expect(selection).toHaveLength(2);
    const exported = async (token: string) =>
      sheetRows(
        must(
          await api.gql<{ referralsExport: { contentBase64: string } }>(
            EXPORT_REFERRALS,
            { filter: { ids: selection } },
            token,
          ),
        ).referralsExport.contentBase64,
      );
    expect([await exported(officer), await exported(partner)]).toEqual([2, 1]);
    const malformed = await api.gql(EXPORT_REFERRALS, { filter: { ids: ['not-a-uuid'] } }, officer);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });

  it('rejects referrals in bulk, all or none, each with its history and audit entry', async () => {
    const REFERRALS = `{ referrals(first: 100) { edges { node {
      id companyName status version history { event partnerNote } review { auditTrail { note } } } } } }`;
    interface ReferralRow {
      id: string;
      companyName: string;
      status: string;
      version: number;
      history: { event: string; partnerNote: string | null }[];
      review: { auditTrail: { note: string | null }[] };
    }
    const read = async (ids: string[]) => {
      const rows = must(
        await api.gql<{ referrals: { edges: { node: ReferralRow }[] } }>(REFERRALS, {}, officer),
      ).referrals.edges.map((e) => e.node);
      return ids.map((id) => rows.find((r) => r.id === id) as ReferralRow);
    };
    const all = must(
      await api.gql<{ referrals: { edges: { node: ReferralRow }[] } }>(REFERRALS, {}, officer),
    ).referrals.edges.map((e) => e.node);
    const pending = all.find((r) => ['PROTECTED', 'EXISTING', 'CONFLICT'].includes(r.status)) as ReferralRow;
    const decided = all.find((r) => ['ACCEPTED', 'REJECTED'].includes(r.status)) as ReferralRow;
    expect(pending).toBeDefined();
    expect(decided).toBeDefined();
    const REJECT =
      'mutation ($input: BulkRejectReferralsInput!) { bulkRejectReferrals(input: $input) { id status } }';

    const before = await read([pending.id, decided.id]);
    const refused = await api.gql(
      REJECT,
      { input: { ids: [pending.id, decided.id], reason: '不在本区产业方向' } },
      officer,
    );
    expect(rowsOf(refused)).toEqual([
      { id: decided.id, label: decided.companyName, message: expect.stringContaining('不能再作处理') },
    ]);
    expect(await read([pending.id, decided.id])).toEqual(before);

    const partner = await api.login('partner');
    expect(errorCode(await api.gql(REJECT, { input: { ids: [pending.id], reason: 'x' } }, partner))).toBe(
      'FORBIDDEN',
    );

    const done = must(
      await api.gql<{ bulkRejectReferrals: { status: string }[] }>(
        REJECT,
        { input: { ids: [pending.id], reason: '不在本区产业方向' } },
        officer,
      ),
    ).bulkRejectReferrals;
    expect(done.map((r) => r.status)).toEqual(['REJECTED']);
    const [after] = await read([pending.id]);
    expect(after.history.at(-1)).toEqual({ event: 'REJECTED', partnerNote: '不在本区产业方向' });
    expect(after.review.auditTrail).toHaveLength(before[0].review.auditTrail.length + 1);
    expect(after.review.auditTrail[0].note).toBe('不予受理：不在本区产业方向');
  });
});
