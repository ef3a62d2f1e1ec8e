import { errorCode, fieldErrors, must, startTestApi, type GqlResult, type TestApi } from './harness';

const LEAD = 'id projectName version tagCodes auditTrail { action changes { field before after } }';
const LEADS = `query ($filter: LeadFilter) { leads(first: 100, filter: $filter) { totalCount edges { node { ${LEAD} } } } }`;
const TAG = 'mutation ($input: BulkTagLeadsInput!) { bulkTagLeads(input: $input) { id tagCodes version } }';
const UNTAG =
  'mutation ($input: BulkTagLeadsInput!) { bulkUntagLeads(input: $input) { id tagCodes version } }';
const UPDATE = 'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { id tagCodes version } }';

interface LeadRow {
  id: string;
  projectName: string;
  version: number;
  tagCodes: string[];
  auditTrail: { action: string; changes: { field: string; before: unknown; after: unknown }[] }[];
}
interface RowError {
  id: string;
  label: string;
  message: string;
}

describe('线索标签: lead tags on the form, the list filter and bulk 打标签/移除标签', () => {
  let api: TestApi;
  let officer: string;
  let admin: string;
  let picked: LeadRow[];

  const page = async (filter: Record<string, unknown>) =>
    must(
      await api.gql<{ leads: { totalCount: number; edges: { node: LeadRow }[] } }>(
        LEADS,
        { filter },
        officer,
      ),
    ).leads;
  const leads = async (ids: string[]) => {
    const rows = (await page({ ids })).edges.map((e) => e.node);
    return ids.map((id) => rows.find((row) => row.id === id) as LeadRow);
  };
  const rowsOf = (result: GqlResult<unknown>) =>
    (result.errors?.[0]?.extensions?.['rows'] ?? []) as RowError[];

  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
    admin = await api.login('admin');
    picked = (await page({})).edges.map((e) => e.node).slice(0, 3);
    expect(picked).toHaveLength(3);
    // A lead tag an admin adds, for the retirement case.
    must(
      await api.gql(
        'mutation ($input: CreateReferenceItemInput!) { createReferenceItem(input: $input) { code } }',
        { input: { kind: 'TAG', code: 'LEAD_OLD_LIST', name: '旧名单', group: 'LEAD' } },
        admin,
      ),
    );
  }, 180_000);

  afterAll(() => api?.close());

  it('seeds the lead tags as their own group of the tag reference data', async () => {
    const tags = must(
      await api.gql<{ tags: { code: string; name: string; group: string }[] }>(
        '{ tags { code name group } }',
        {},
        officer,
      ),
    ).tags;
    expect(tags.filter((t) => t.group === 'LEAD').map((t) => t.name)).toEqual([
      '重点',
      '链主推荐',
      '基金返投',
      '旧名单',
    ]);
  });

  it('saves tags from the lead form, audited; an enterprise tag is refused on a lead and a lead tag on an enterprise', async () => {
    const [lead] = await leads([picked[0].id]);
    const refused = await api.gql(
      UPDATE,
      { input: { id: lead.id, version: lead.version, tagCodes: ['HIGH_TECH'] } },
      officer,
    );
    expect(fieldErrors(refused)['tagCodes']).toBe('标签不属于线索标签：高新技术企业');
    const saved = must(
      await api.gql<{ updateLead: LeadRow }>(
        UPDATE,
        { input: { id: lead.id, version: lead.version, tagCodes: ['LEAD_OLD_LIST'] } },
        officer,
      ),
    ).updateLead;
    expect(saved.tagCodes).toEqual(['LEAD_OLD_LIST']);
    const [after] = await leads([lead.id]);
    expect(after.auditTrail[0]).toMatchObject({
      action: 'UPDATE',
      changes: [{ field: 'tagCodes', before: '', after: 'LEAD_OLD_LIST' }],
    });

    const enterprise = await api.gql(
      'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
      { input: { name: '标签测试有限公司', tagCodes: ['LEAD_KEY'] } },
      officer,
    );
    expect(fieldErrors(enterprise)['tagCodes']).toContain('重点');
  });

  it('refuses a whole 打标签 when one row is refused (a retired tag is no new choice), naming that row only', async () => {
    must(
      await api.gql(
        'mutation ($input: RetireReferenceItemInput!) { retireReferenceItem(input: $input) { code } }',
        { input: { kind: 'TAG', code: 'LEAD_OLD_LIST', retired: true } },
        admin,
      ),
    );
    const ids = picked.slice(0, 2).map((l) => l.id);
    const before = await leads(ids);
    const result = await api.gql(TAG, { input: { ids, tagCodes: ['LEAD_KEY', 'LEAD_OLD_LIST'] } }, officer);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    // The first lead already holds the retired tag (kept where held); the second may not take it.
    expect(rowsOf(result)).toEqual([
      { id: before[1].id, label: before[1].projectName, message: '标签已停用：旧名单' },
    ]);
    expect(result.errors?.[0]?.message).toContain('所选线索均未变更');
    expect(await leads(ids)).toEqual(before);

    // The lead that holds it saves unchanged, retired tag and all.
    const kept = await api.gql(
      UPDATE,
      { input: { id: before[0].id, version: before[0].version, tagCodes: ['LEAD_OLD_LIST', 'LEAD_KEY'] } },
      officer,
    );
    expect(kept.errors).toBeUndefined();
  });

  it('tags every selected lead, each audited once; a lead that has the tag already is left as it is', async () => {
    const ids = picked.map((l) => l.id);
    const before = await leads(ids);
    const done = must(
      await api.gql<{ bulkTagLeads: LeadRow[] }>(
        TAG,
        { input: { ids, tagCodes: ['LEAD_KEY', 'LEAD_FUND_REINVESTMENT'] } },
        officer,
      ),
    ).bulkTagLeads;
    expect(done.map((l) => [...l.tagCodes].sort())).toEqual([
      ['LEAD_FUND_REINVESTMENT', 'LEAD_KEY', 'LEAD_OLD_LIST'],
      ['LEAD_FUND_REINVESTMENT', 'LEAD_KEY'],
      ['LEAD_FUND_REINVESTMENT', 'LEAD_KEY'],
    ]);
    for (const [i, after] of (await leads(ids)).entries()) {
      expect(after.version).toBe(before[i].version + 1);
      expect(after.auditTrail).toHaveLength(before[i].auditTrail.length + 1);
      expect(after.auditTrail[0].changes).toEqual([
        expect.objectContaining({
          field: 'tagCodes',
          after: expect.stringContaining('LEAD_FUND_REINVESTMENT'),
        }),
      ]);
    }
    const again = await leads(ids);
    must(await api.gql(TAG, { input: { ids, tagCodes: ['LEAD_KEY'] } }, officer));
    expect(await leads(ids)).toEqual(again);
  });

  it('filters the list by any of the chosen tags, counted exactly, with other filters too', async () => {
    const fund = await page({ tagCodes: ['LEAD_FUND_REINVESTMENT'] });
    expect(fund.totalCount).toBe(3);
    expect(fund.edges.map((e) => e.node.id).sort()).toEqual(picked.map((l) => l.id).sort());
    const old = await page({ tagCodes: ['LEAD_OLD_LIST', 'LEAD_CHAIN_MASTER_REFERRED'] });
    expect(old.edges.map((e) => e.node.id)).toEqual([picked[0].id]);
    expect(old.totalCount).toBe(1);
    const none = await page({ tagCodes: ['LEAD_CHAIN_MASTER_REFERRED'] });
    expect(none.totalCount).toBe(0);
    // The board's column counts under a tag filter count the rows (the maintained totals know no tags).
    const board = must(
      await api.gql<{ leads: { stageSummary: { count: number }[] } }>(
        'query ($filter: LeadFilter) { leads(first: 1, filter: $filter) { stageSummary { count } } }',
        { filter: { tagCodes: ['LEAD_FUND_REINVESTMENT'] } },
        officer,
      ),
    ).leads.stageSummary;
    expect(board.reduce((sum, s) => sum + s.count, 0)).toBe(3);
  });

  it('removes tags in bulk, retired ones too; the retired tag in use cannot be deleted, only once unused', async () => {
    const ids = picked.map((l) => l.id);
    const DELETE = 'mutation ($input: DeleteReferenceItemInput!) { deleteReferenceItem(input: $input) }';
    expect(errorCode(await api.gql(DELETE, { input: { kind: 'TAG', code: 'LEAD_OLD_LIST' } }, admin))).toBe(
      'CONFLICT',
    );
    const done = must(
      await api.gql<{ bulkUntagLeads: LeadRow[] }>(
        UNTAG,
        { input: { ids, tagCodes: ['LEAD_OLD_LIST', 'LEAD_FUND_REINVESTMENT'] } },
        officer,
      ),
    ).bulkUntagLeads;
    expect(done.map((l) => l.tagCodes)).toEqual(ids.map(() => ['LEAD_KEY']));
    expect(
      must(
        await api.gql<{ deleteReferenceItem: boolean }>(
          DELETE,
          { input: { kind: 'TAG', code: 'LEAD_OLD_LIST' } },
          admin,
        ),
      ).deleteReferenceItem,
    ).toBe(true);
  });

  it('refuses more than ten tags on a lead, bad input and callers other than officers', async () => {
    const leader = await api.login('leader');
    expect(
      errorCode(await api.gql(TAG, { input: { ids: [picked[0].id], tagCodes: ['LEAD_KEY'] } }, leader)),
    ).toBe('FORBIDDEN');
    expect(
      fieldErrors(await api.gql(TAG, { input: { ids: [picked[0].id], tagCodes: [] } }, officer))['tagCodes'],
    ).toBe('请选择标签');
    const codes = Array.from({ length: 10 }, (_, i) => `LEAD_EXTRA_${i}`);
    for (const [i, code] of codes.entries())
      must(
        await api.gql(
          'mutation ($input: CreateReferenceItemInput!) { createReferenceItem(input: $input) { code } }',
          { input: { kind: 'TAG', code, name: `附加${i}`, group: 'LEAD' } },
          admin,
        ),
      );
    const result = await api.gql(TAG, { input: { ids: [picked[0].id], tagCodes: codes } }, officer);
    expect(rowsOf(result)).toEqual([
      expect.objectContaining({ id: picked[0].id, message: '一条线索最多 10 个标签' }),
    ]);
  });
});
