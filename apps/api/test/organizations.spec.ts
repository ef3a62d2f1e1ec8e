import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

const FIELDS = 'id name kind creditCode contactName contactPhone notes active userCount version';
const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${FIELDS} } }`;
const SET_ACTIVE = `mutation ($input: SetOrganizationActiveInput!) { setOrganizationActive(input: $input) { id active version } }`;

interface OrgRow {
  id: string;
  name: string;
  kind: string;
  creditCode: string | null;
  version: number;
  active: boolean;
  userCount: number;
}

describe('partner organisations', () => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
  });
  afterAll(() => api.close());

  const create = (input: Record<string, unknown>) => api.gql<{ createOrganization: OrgRow }>(CREATE, { input }, admin);

  it('lists the demo organisations with their user counts', async () => {
    const result = await api.gql<{ organizations: { totalCount: number; edges: { node: OrgRow }[] } }>(
      `{ organizations { totalCount edges { node { ${FIELDS} } } } }`,
      {},
      admin,
    );
    expect(result.data?.organizations.totalCount).toBe(4);
    expect(result.data?.organizations.edges.map((e) => [e.node.kind, e.node.userCount]).sort()).toEqual([
      ['CHAIN_MASTER', 1],
      ['FUND_MANAGER', 0],
      ['FUND_MANAGER', 1],
      ['PLATFORM', 1],
    ]);
  });

  it('normalises a credit code typed in lower case or full width, then stores it', async () => {
    const result = await create({ name: '腾讯科技（深圳）有限公司', kind: 'LOCAL_ENTERPRISE', creditCode: ' ９１４４０３００７０８４６１１３６ｔ ' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createOrganization.creditCode).toBe('91440300708461136T');
  });

  it('rejects a credit code whose check character is wrong, saying which it should be', async () => {
    const result = await create({ name: '某基金管理有限公司', kind: 'FUND_MANAGER', creditCode: '91440300708461136A' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)['creditCode']).toMatch(/校验位/);
  });

  it('refuses a duplicate name or credit code with CONFLICT naming the existing one', async () => {
    const sameName = await create({ name: '腾讯科技（深圳）有限公司', kind: 'PLATFORM' });
    expect(errorCode(sameName)).toBe('CONFLICT');
    expect(sameName.errors?.[0].extensions?.['existingId']).toEqual(expect.any(String));
    const sameCode = await create({ name: '另一家公司', kind: 'PLATFORM', creditCode: '91440300708461136T' });
    expect(errorCode(sameCode)).toBe('CONFLICT');
    expect(fieldErrors(sameCode)).toEqual({ creditCode: '已被“腾讯科技（深圳）有限公司”使用' });
  });

  it('requires name and kind, with Chinese field messages', async () => {
    const result = await create({ name: ' ', kind: 'PLATFORM', contactPhone: 'abc' });
    expect(fieldErrors(result)).toEqual({
      name: '请输入机构名称',
      contactPhone: '请输入有效的手机号或座机号（如 13800000000 或 021-12345678）',
    });
  });

  it('edits with optimistic locking and deactivates', async () => {
    const created = (await create({ name: '奉贤东部园区运营有限公司', kind: 'PARK_OPERATOR', contactName: '周经理' })).data
      ?.createOrganization as OrgRow;
    const edited = await api.gql<{ updateOrganization: OrgRow }>(UPDATE, { input: { id: created.id, version: 1, notes: '东部园区' } }, admin);
    expect(edited.data?.updateOrganization.version).toBe(2);
    const stale = await api.gql(UPDATE, { input: { id: created.id, version: 1, name: '改名' } }, admin);
    expect(errorCode(stale)).toBe('CONFLICT');
    const off = await api.gql<{ setOrganizationActive: OrgRow }>(SET_ACTIVE, { input: { id: created.id, version: 2, active: false } }, admin);
    expect(off.data?.setOrganizationActive.active).toBe(false);
    // A deactivated organisation takes no new partner users.
    const user = await api.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username: 'park.user', displayName: '园区用户', role: 'PARTNER', password: 'secret-123', organizationId: created.id } },
      admin,
    );
    expect(fieldErrors(user)['organizationId']).toMatch(/已停用/);
  });

  it('filters by kind and by a Chinese substring of the name', async () => {
    const byKind = await api.gql<{ organizations: { edges: { node: OrgRow }[] } }>(
      '{ organizations(filter: { kind: PARK_OPERATOR }) { edges { node { name kind } } } }',
      {},
      admin,
    );
    expect(byKind.data?.organizations.edges.map((e) => e.node.name)).toEqual(['奉贤东部园区运营有限公司']);
    const bySearch = await api.gql<{ organizations: { edges: { node: OrgRow }[] } }>(
      '{ organizations(filter: { search: "深圳" }) { edges { node { name } } } }',
      {},
      admin,
    );
    expect(bySearch.data?.organizations.edges.map((e) => e.node.name)).toEqual(['腾讯科技（深圳）有限公司']);
  });

  it('returns NOT_FOUND for an unknown id', async () => {
    const result = await api.gql('{ organization(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, admin);
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});
