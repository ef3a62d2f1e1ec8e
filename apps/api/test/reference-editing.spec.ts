import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

interface Item {
  kind: string;
  code: string;
  name: string;
  nameEn: string;
  sortOrder: number;
  retired: boolean;
}

interface HistoryEntry {
  action: string;
  actorName: string;
  note: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const ITEM = 'kind code name nameEn sortOrder retired';
const CREATE = `mutation ($input: CreateReferenceItemInput!) { createReferenceItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation ($input: UpdateReferenceItemInput!) { updateReferenceItem(input: $input) { ${ITEM} } }`;
const RETIRE = `mutation ($input: RetireReferenceItemInput!) { retireReferenceItem(input: $input) { ${ITEM} } }`;
const REORDER = `mutation ($input: ReorderReferenceItemsInput!) { reorderReferenceItems(input: $input) { ${ITEM} } }`;
const DELETE = 'mutation ($input: DeleteReferenceItemInput!) { deleteReferenceItem(input: $input) }';
const HISTORY = '{ referenceHistory { action actorName note changes { field before after } } }';

describe('reference data editing (基础数据)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
    officer = await api.login('officer');
  }, 120_000);
  afterAll(() => api.close());

  async function history(): Promise<HistoryEntry[]> {
    const result = await api.gql<{ referenceHistory: HistoryEntry[] }>(HISTORY, {}, admin);
    expect(result.errors).toBeUndefined();
    return result.data?.referenceHistory ?? [];
  }

  it('creates, renames and reorders tags, each change in the history with who made it', async () => {
    const created = await api.gql<{ createReferenceItem: Item }>(
      CREATE,
      { input: { kind: 'TAG', code: 'green_factory', name: '绿色工厂', group: 'PROFILE' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    // The code is normalised (upper case) and the English name defaults to the Chinese one.
    expect(created.data?.createReferenceItem).toMatchObject({
      kind: 'TAG',
      code: 'GREEN_FACTORY',
      name: '绿色工厂',
      nameEn: '绿色工厂',
      retired: false,
    });

    const renamed = await api.gql<{ updateReferenceItem: Item }>(
      UPDATE,
      { input: { kind: 'TAG', code: 'GREEN_FACTORY', name: '绿色工厂（市级）', nameEn: 'Green factory' } },
      admin,
    );
    expect(renamed.data?.updateReferenceItem).toMatchObject({ name: '绿色工厂（市级）', nameEn: 'Green factory' });

    const tags = await api.gql<{ tags: { code: string; name: string; group: string; sortOrder: number }[] }>(
      '{ tags { code name group sortOrder } }',
      {},
      officer,
    );
    const profile = (tags.data?.tags ?? []).filter((t) => t.group === 'PROFILE').sort((a, b) => a.sortOrder - b.sortOrder);
    expect(profile.at(-1)).toMatchObject({ code: 'GREEN_FACTORY', name: '绿色工厂（市级）' });

    // The new tag moves to the front of its group; the others keep their order behind it.
    const order = ['GREEN_FACTORY', ...profile.slice(0, -1).map((t) => t.code)];
    const reordered = await api.gql<{ reorderReferenceItems: Item[] }>(REORDER, { input: { kind: 'TAG', codes: order } }, admin);
    expect(reordered.errors).toBeUndefined();
    const after = await api.gql<{ tags: { code: string; group: string; sortOrder: number }[] }>('{ tags { code group sortOrder } }', {}, officer);
    expect(
      (after.data?.tags ?? [])
        .filter((t) => t.group === 'PROFILE')
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((t) => t.code),
    ).toEqual(order);

    const entries = await history();
    expect(entries.slice(0, 3).map((e) => [e.action, e.actorName])).toEqual([
      ['UPDATE', '系统管理员'],
      ['UPDATE', '系统管理员'],
      ['CREATE', '系统管理员'],
    ]);
    expect(entries[0].note).toBe('标签调整顺序');
    expect(entries[1].note).toBe('标签「绿色工厂（市级）」（GREEN_FACTORY）');
    expect(entries[1].changes).toEqual([
      { field: 'name', before: '绿色工厂', after: '绿色工厂（市级）' },
      { field: 'nameEn', before: '绿色工厂', after: 'Green factory' },
    ]);
    expect(entries[2].changes).toEqual([{ field: 'name', before: null, after: '绿色工厂' }]);
  });

  it('refuses a duplicate code or name, a malformed code and a segment without its industry, field by field in Chinese', async () => {
    const duplicateCode = await api.gql(CREATE, { input: { kind: 'TAG', code: 'UNICORN', name: '新标签', group: 'PROFILE' } }, admin);
    expect(errorCode(duplicateCode)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(duplicateCode)).toEqual({ code: '代码 UNICORN 已存在' });

    const duplicateName = await api.gql(CREATE, { input: { kind: 'TAG', code: 'UNICORN_2', name: ' 独角兽 ', group: 'PROFILE' } }, admin);
    expect(fieldErrors(duplicateName)).toEqual({ name: '名称“独角兽”已被标签 UNICORN 使用' });

    const renameClash = await api.gql(UPDATE, { input: { kind: 'PLACE', code: 'NANQIAO', name: '奉城镇' } }, admin);
    expect(fieldErrors(renameClash)).toEqual({ name: '名称“奉城镇”已被镇街 FENGCHENG 使用' });

    const badCode = await api.gql(CREATE, { input: { kind: 'PLACE', code: '1号园区', name: '一号园区', placeKind: 'ZONE' } }, admin);
    expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(badCode).code).toContain('代码须以大写字母开头');

    const noIndustry = await api.gql(CREATE, { input: { kind: 'SEGMENT', code: 'LOW_ALTITUDE', name: '低空经济' } }, admin);
    expect(fieldErrors(noIndustry)).toEqual({ industryCode: '请选择所属产业' });

    const empty = await api.gql(CREATE, { input: { kind: 'TAG', code: 'X_EMPTY', name: '  ', group: 'PROFILE' } }, admin);
    expect(fieldErrors(empty).name).toBe('请填写名称');
  });

  it('refuses to delete a code in use, retires it instead: old records still show its name, new pickers see it retired', async () => {
    const leads = await api.gql<{ leads: { edges: { node: { townCode: string | null; town: { name: string } | null } }[] } }>(
      '{ leads(first: 50) { edges { node { townCode town { name } } } } }',
      {},
      officer,
    );
    const used = leads.data?.leads.edges.map((e) => e.node).find((n) => n.townCode);
    if (!used?.townCode || !used.town) throw new Error('the demo data has no lead with a town');

    const refused = await api.gql(DELETE, { input: { kind: 'PLACE', code: used.townCode } }, admin);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(`镇街“${used.town.name}”已在业务数据中使用，不能删除，只能停用`);

    const retired = await api.gql<{ retireReferenceItem: Item }>(RETIRE, { input: { kind: 'PLACE', code: used.townCode, retired: true } }, admin);
    expect(retired.data?.retireReferenceItem.retired).toBe(true);

    const places = await api.gql<{ places: { code: string; retired: boolean }[] }>('{ places { code retired } }', {}, officer);
    expect(places.data?.places.find((p) => p.code === used.townCode)?.retired).toBe(true);
    const again = await api.gql<{ leads: { edges: { node: { townCode: string | null; town: { name: string } | null } }[] } }>(
      '{ leads(first: 50) { edges { node { townCode town { name } } } } }',
      {},
      officer,
    );
    expect(again.data?.leads.edges.find((e) => e.node.townCode === used.townCode)?.node.town?.name).toBe(used.town.name);

    // A retired town stays valid on the lead that has it (saving it unchanged works), but is refused
    // as a new choice, on a new lead as on another one.
    const holder = await api.gql<{ leads: { edges: { node: { id: string; version: number; townCode: string | null; segment: { code: string }; enterprise: { id: string } } }[] } }>(
      '{ leads(first: 50) { edges { node { id version townCode segment { code } enterprise { id } } } } }',
      {},
      officer,
    );
    const nodes = holder.data?.leads.edges.map((e) => e.node) ?? [];
    const keeper = nodes.find((n) => n.townCode === used.townCode);
    const other = nodes.find((n) => n.townCode !== used.townCode);
    if (!keeper || !other) throw new Error('the demo data lacks leads with and without that town');
    const kept = await api.gql(
      'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { id townCode } }',
      { input: { id: keeper.id, version: keeper.version, townCode: used.townCode, notes: '停用后照常保存' } },
      officer,
    );
    expect(kept.errors).toBeUndefined();
    const retiredChoice = `“${used.town.name}”已停用，请选择其他镇/街道`;
    const moved = await api.gql(
      'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { id } }',
      { input: { id: other.id, version: other.version, townCode: used.townCode } },
      officer,
    );
    expect(fieldErrors(moved)).toEqual({ townCode: retiredChoice });
    const created = await api.gql(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          enterpriseId: other.enterprise.id,
          projectName: '停用镇街测试项目',
          segmentCode: other.segment.code,
          channel: 'SELF',
          townCode: used.townCode,
        },
      },
      officer,
    );
    expect(fieldErrors(created)).toEqual({ townCode: retiredChoice });

    const entries = await history();
    expect(entries[0]).toMatchObject({
      action: 'UPDATE',
      note: `镇街「${used.town.name}」（${used.townCode}）`,
      changes: [{ field: 'retired', before: '在用', after: '已停用' }],
    });

    // Put back: other specs of this file read the demo places.
    await api.gql(RETIRE, { input: { kind: 'PLACE', code: used.townCode, retired: false } }, admin);
  });

  it('refuses to delete an industry whose segments use it, deletes an unused entry, and keeps the deletion in the history', async () => {
    const industry = await api.gql(DELETE, { input: { kind: 'INDUSTRY', code: 'OTHER' } }, admin);
    expect(errorCode(industry)).toBe('CONFLICT');

    await api.gql(CREATE, { input: { kind: 'SEGMENT', code: 'LOW_ALTITUDE', name: '低空经济', industryCode: 'SMART_EQUIPMENT' } }, admin);
    const industries = await api.gql<{ industries: { code: string; segments: { code: string; name: string }[] }[] }>(
      '{ industries { code segments { code name } } }',
      {},
      officer,
    );
    expect(industries.data?.industries.find((i) => i.code === 'SMART_EQUIPMENT')?.segments.at(-1)).toEqual({
      code: 'LOW_ALTITUDE',
      name: '低空经济',
    });

    const deleted = await api.gql<{ deleteReferenceItem: boolean }>(DELETE, { input: { kind: 'SEGMENT', code: 'LOW_ALTITUDE' } }, admin);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteReferenceItem).toBe(true);
    const entries = await history();
    expect(entries[0]).toMatchObject({ action: 'DELETE', note: '细分赛道「低空经济」（LOW_ALTITUDE）' });

    const missing = await api.gql(DELETE, { input: { kind: 'SEGMENT', code: 'LOW_ALTITUDE' } }, admin);
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('lets a template skip a milestone (not 签约 or 工商注册), in the same history', async () => {
    const SET = `mutation ($input: SetMilestoneTemplateOptionalInput!) { setMilestoneTemplateOptional(input: $input) { projectType code optional } }`;
    const set = await api.gql<{ setMilestoneTemplateOptional: { optional: boolean } }>(
      SET,
      { input: { projectType: 'LIGHT', code: 'MOVED_IN', optional: true } },
      admin,
    );
    expect(set.data?.setMilestoneTemplateOptional.optional).toBe(true);
    const templates = await api.gql<{ milestoneTemplates: { projectType: string; code: string; optional: boolean }[] }>(
      '{ milestoneTemplates { projectType code optional } }',
      {},
      officer,
    );
    expect(templates.data?.milestoneTemplates.find((m) => m.projectType === 'LIGHT' && m.code === 'MOVED_IN')?.optional).toBe(true);
    expect((await history())[0]).toMatchObject({
      action: 'UPDATE',
      note: '节点模板（轻资产）「入驻」（MOVED_IN）',
      changes: [{ field: 'optional', before: '必经', after: '可跳过' }],
    });

    const signed = await api.gql(SET, { input: { projectType: 'HEAVY', code: 'REGISTERED', optional: true } }, admin);
    expect(fieldErrors(signed)).toEqual({ optional: '“工商注册”不能设为可跳过：签约与工商注册（落地）是每个项目都要有的节点' });
    const byOfficer = await api.gql(SET, { input: { projectType: 'LIGHT', code: 'MOVED_IN', optional: false } }, officer);
    expect(errorCode(byOfficer)).toBe('FORBIDDEN');
    await api.gql(SET, { input: { projectType: 'LIGHT', code: 'MOVED_IN', optional: false } }, admin);
  });

  it('lets only admins edit reference data or read its history', async () => {
    const byOfficer = await api.gql(CREATE, { input: { kind: 'TAG', code: 'OFFICER_TAG', name: '专员标签', group: 'PROFILE' } }, officer);
    expect(errorCode(byOfficer)).toBe('FORBIDDEN');
    const historyByOfficer = await api.gql(HISTORY, {}, officer);
    expect(errorCode(historyByOfficer)).toBe('FORBIDDEN');
  });
});
