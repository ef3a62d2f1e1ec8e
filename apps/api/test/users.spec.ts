import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

const USER_FIELDS = 'id username displayName role active phone email version organization { id name }';
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const SET_ACTIVE = `mutation ($input: SetUserActiveInput!) { setUserActive(input: $input) { id active version } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { id version } }`;

interface UserRow {
  id: string;
  username: string;
  role: string;
  active: boolean;
  version: number;
  phone: string | null;
  organization: { id: string; name: string } | null;
}

describe('user administration', () => {
  let api: TestApi;
  let admin: string;
  let chainOrgId: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
    const orgs = await api.gql<{ organizations: { edges: { node: { id: string; kind: string } }[] } }>(
      '{ organizations(filter: { kind: CHAIN_MASTER }) { edges { node { id kind } } } }',
      {},
      admin,
    );
    chainOrgId = orgs.data?.organizations.edges[0].node.id ?? '';
  });
  afterAll(() => api.close());

  async function create(input: Record<string, unknown>) {
    return api.gql<{ createUser: UserRow }>(CREATE, { input }, admin);
  }

  it('creates an officer who can then sign in', async () => {
    const result = await create({ username: 'zhang.san', displayName: '张三', role: 'OFFICER', password: 'secret-123', phone: '13800001111' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createUser).toMatchObject({ username: 'zhang.san', role: 'OFFICER', active: true, version: 1, organization: null });
    await expect(api.login('zhang.san', 'secret-123')).resolves.toEqual(expect.any(String));
  });

  it('reports every bad field at once, in Chinese, and writes nothing', async () => {
    const result = await create({ username: '1bad name', displayName: '  ', role: 'OFFICER', password: 'short', phone: '12345', email: 'not-an-email' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const fields = fieldErrors(result);
    expect(Object.keys(fields).sort()).toEqual(['displayName', 'email', 'password', 'phone', 'username']);
    expect(fields['password']).toBe('密码至少 8 位');
    expect(fields['displayName']).toBe('请输入姓名');
    const list = await api.gql<{ users: { totalCount: number } }>('{ users(filter: { search: "1bad" }) { totalCount } }', {}, admin);
    expect(list.data?.users.totalCount).toBe(0);
  });

  it('requires an organisation for partner users, and only for them', async () => {
    const missing = await create({ username: 'p.one', displayName: '伙伴一', role: 'PARTNER', password: 'secret-123' });
    expect(fieldErrors(missing)).toEqual({ organizationId: '平台伙伴用户必须选择所属机构' });
    const misplaced = await create({ username: 'o.one', displayName: '专员一', role: 'OFFICER', password: 'secret-123', organizationId: chainOrgId });
    expect(fieldErrors(misplaced)).toEqual({ organizationId: '只有平台伙伴用户可以属于合作机构' });
    const ok = await create({ username: 'p.one', displayName: '伙伴一', role: 'PARTNER', password: 'secret-123', organizationId: chainOrgId });
    expect(ok.data?.createUser.organization?.id).toBe(chainOrgId);
  });

  it('refuses a taken username with CONFLICT', async () => {
    const result = await create({ username: 'Officer', displayName: '重名', role: 'OFFICER', password: 'secret-123' });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(fieldErrors(result)).toEqual({ username: '该用户名已被使用' });
  });

  it('edits with optimistic locking: a stale version gets CONFLICT and changes nothing', async () => {
    const created = await create({ username: 'li.si', displayName: '李四', role: 'LEADER', password: 'secret-123' });
    const user = created.data?.createUser as UserRow;
    const first = await api.gql<{ updateUser: UserRow }>(UPDATE, { input: { id: user.id, version: 1, displayName: '李四（区领导）', phone: '021-57123456' } }, admin);
    expect(first.data?.updateUser).toMatchObject({ version: 2, phone: '021-57123456' });
    const stale = await api.gql(UPDATE, { input: { id: user.id, version: 1, displayName: '覆盖' } }, admin);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toBe('数据已被他人修改，请刷新后重试');
    const after = await api.gql<{ user: { displayName: string; version: number } }>(`{ user(id: "${user.id}") { displayName version } }`, {}, admin);
    expect(after.data?.user).toEqual({ displayName: '李四（区领导）', version: 2 });
  });

  it('deactivates a user: their token stops working and they cannot sign in; reactivation restores both', async () => {
    const created = await create({ username: 'wang.wu', displayName: '王五', role: 'OFFICER', password: 'secret-123' });
    const user = created.data?.createUser as UserRow;
    const token = await api.login('wang.wu', 'secret-123');
    const off = await api.gql<{ setUserActive: UserRow }>(SET_ACTIVE, { input: { id: user.id, version: user.version, active: false } }, admin);
    expect(off.data?.setUserActive.active).toBe(false);
    expect(errorCode(await api.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    const login = await api.gql('mutation { login(input: { username: "wang.wu", password: "secret-123" }) { accessToken } }');
    expect(login.errors?.[0].message).toBe('该账号已停用，请联系系统管理员');
    const on = await api.gql<{ setUserActive: UserRow }>(SET_ACTIVE, { input: { id: user.id, version: off.data?.setUserActive.version, active: true } }, admin);
    expect(on.data?.setUserActive.active).toBe(true);
    await expect(api.login('wang.wu', 'secret-123')).resolves.toEqual(expect.any(String));
  });

  it('does not let an admin deactivate themselves or change their own role', async () => {
    const me = await api.gql<{ me: { id: string; version: number } }>('{ me { id version } }', {}, admin);
    const off = await api.gql(SET_ACTIVE, { input: { id: me.data?.me.id, version: me.data?.me.version, active: false } }, admin);
    expect(fieldErrors(off)).toEqual({ active: '不能停用自己的账号' });
    const demote = await api.gql(UPDATE, { input: { id: me.data?.me.id, version: me.data?.me.version, role: 'OFFICER' } }, admin);
    expect(fieldErrors(demote)).toEqual({ role: '不能修改自己的角色' });
  });

  it('resets a password: the old one and the sessions it opened stop working, the new one works', async () => {
    const created = await create({ username: 'zhao.liu', displayName: '赵六', role: 'OFFICER', password: 'secret-123' });
    const user = created.data?.createUser as UserRow;
    const oldSession = await api.login('zhao.liu', 'secret-123');
    const short = await api.gql(RESET, { input: { id: user.id, newPassword: '123' } }, admin);
    expect(fieldErrors(short)).toEqual({ newPassword: '密码至少 8 位' });
    const reset = await api.gql(RESET, { input: { id: user.id, newPassword: 'brand-new-pass' } }, admin);
    expect(reset.errors).toBeUndefined();
    await expect(api.login('zhao.liu', 'secret-123')).rejects.toThrow();
    const stale = await api.gql('{ me { id } }', {}, oldSession);
    expect(errorCode(stale)).toBe('UNAUTHENTICATED');
    expect(stale.errors?.[0].message).toBe('密码已重置，请重新登录');
    const fresh = await api.login('zhao.liu', 'brand-new-pass');
    expect((await api.gql('{ me { id } }', {}, fresh)).data).toEqual({ me: { id: user.id } });
  });

  it('holds every new password to the policy: create, reset and change alike', async () => {
    const oneKind = await create({ username: 'qian.qi', displayName: '钱七', role: 'OFFICER', password: 'abcdefghij' });
    expect(fieldErrors(oneKind)).toEqual({ password: '密码不能只用一类字符，请组合字母、数字或符号' });
    const ownName = await create({ username: 'qian.qi', displayName: '钱七', role: 'OFFICER', password: 'Qian.Qi-2026' });
    expect(fieldErrors(ownName)).toEqual({ password: '密码不能包含用户名' });
    const common = await create({ username: 'qian.qi', displayName: '钱七', role: 'OFFICER', password: 'Password1' });
    expect(fieldErrors(common)).toEqual({ password: '密码过于常见，请换一个' });
    const created = await create({ username: 'qian.qi', displayName: '钱七', role: 'OFFICER', password: 'secret-123' });
    const user = created.data?.createUser as UserRow;

    // A reset may not use the account's own name either (the service knows it, the input does not).
    const resetToName = await api.gql(RESET, { input: { id: user.id, newPassword: 'qian.qi-2026' } }, admin);
    expect(fieldErrors(resetToName)).toEqual({ newPassword: '密码不能包含用户名' });

    const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { id } } }';
    const session = await api.login('qian.qi', 'secret-123');
    const otherSession = await api.login('qian.qi', 'secret-123');
    const wrongCurrent = await api.gql(CHANGE, { input: { currentPassword: 'not-it-123', newPassword: 'fresh-pass-42' } }, session);
    expect(fieldErrors(wrongCurrent)).toEqual({ currentPassword: '当前密码不正确' });
    const weak = await api.gql(CHANGE, { input: { currentPassword: 'secret-123', newPassword: '12345678' } }, session);
    expect(fieldErrors(weak)).toEqual({ newPassword: '密码不能只用一类字符，请组合字母、数字或符号' });
    const changed = await api.gql<{ changePassword: { accessToken: string; user: { id: string } } }>(
      CHANGE,
      { input: { currentPassword: 'secret-123', newPassword: 'fresh-pass-42' } },
      session,
    );
    expect(changed.data?.changePassword.user.id).toBe(user.id);
    // The other session ends; the new token works; so does the new password.
    expect(errorCode(await api.gql('{ me { id } }', {}, otherSession))).toBe('UNAUTHENTICATED');
    expect((await api.gql('{ me { id } }', {}, changed.data?.changePassword.accessToken)).data).toEqual({ me: { id: user.id } });
    await expect(api.login('qian.qi', 'fresh-pass-42')).resolves.toEqual(expect.any(String));
  });

  it('pages through users with keyset cursors, without gaps or repeats', async () => {
    const all = await api.gql<{ users: { totalCount: number; edges: { node: { username: string } }[] } }>(
      '{ users(first: 100) { totalCount edges { node { username } } } }',
      {},
      admin,
    );
    const expected = all.data?.users.edges.map((e) => e.node.username) ?? [];
    expect(expected.length).toBe(all.data?.users.totalCount);
    expect(expected).toEqual([...expected].sort());
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { users: { edges: { node: { username: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } =
        await api.gql('query ($after: String) { users(first: 3, after: $after) { edges { node { username } } pageInfo { hasNextPage endCursor } } }', { after }, admin);
      seen.push(...(page.data?.users.edges.map((e) => e.node.username) ?? []));
      if (!page.data?.users.pageInfo.hasNextPage) break;
      after = page.data.users.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters users by role and caps the page size at 100', async () => {
    const partners = await api.gql<{ users: { edges: { node: { role: string } }[] } }>('{ users(filter: { role: PARTNER }) { edges { node { role } } } }', {}, admin);
    expect(partners.data?.users.edges.length).toBeGreaterThanOrEqual(2);
    expect(new Set(partners.data?.users.edges.map((e) => e.node.role))).toEqual(new Set(['PARTNER']));
    const tooMany = await api.gql('{ users(first: 101) { totalCount } }', {}, admin);
    expect(fieldErrors(tooMany)).toEqual({ first: '每页条数最多为 100' });
    const badCursor = await api.gql('{ users(after: "garbage") { totalCount } }', {}, admin);
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
  });

  it('lets a leader read the user list but not change it', async () => {
    const leader = await api.login('leader');
    const list = await api.gql<{ users: { totalCount: number } }>('{ users { totalCount } }', {}, leader);
    expect(list.data?.users.totalCount).toBeGreaterThan(0);
    const attempt = await api.gql(CREATE, { input: { username: 'sneaky', displayName: 'x', role: 'ADMIN', password: 'secret-123' } }, leader);
    expect(errorCode(attempt)).toBe('FORBIDDEN');
  });
});
