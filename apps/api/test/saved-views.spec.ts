import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const VIEW = 'id listKey name isDefault state { filters { key value } columns sort density pageSize }';
const VIEWS = `query ($listKey: String!) { savedViews(listKey: $listKey) { ${VIEW} } }`;
const CREATE = `mutation ($input: CreateSavedViewInput!) { createSavedView(input: $input) { ${VIEW} } }`;
const UPDATE = `mutation ($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { ${VIEW} } }`;
const DELETE = 'mutation ($id: ID!) { deleteSavedView(id: $id) }';

interface View {
  id: string;
  listKey: string;
  name: string;
  isDefault: boolean;
  state: {
    filters: { key: string; value: string }[];
    columns: string[] | null;
    sort: string | null;
    density: string | null;
    pageSize: number | null;
  };
}

describe('saved views (保存的视图)', () => {
  let api: TestApi;
  let officer: string;
  let officer2: string;
  let partner: string;

  const state = {
    filters: [
      { key: 'stages', value: 'NEW,CONTACTED' },
      { key: 'q', value: '新能源' },
    ],
    columns: ['-grade', '-channel'],
    sort: 'PLANNED_INVESTMENT.DESC',
    density: 'compact',
    pageSize: 50,
  };
  const create = (input: Record<string, unknown>, token = officer) =>
    api.gql<{ createSavedView: View }>(CREATE, { input: { listKey: 'leads', state, ...input } }, token);
  const update = (input: Record<string, unknown>, token = officer) =>
    api.gql<{ updateSavedView: View }>(UPDATE, { input }, token);
  const views = async (listKey = 'leads', token = officer) =>
    must(await api.gql<{ savedViews: View[] }>(VIEWS, { listKey }, token)).savedViews;

  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
    partner = await api.login('partner');
    const admin = await api.login('admin');
    const made = await api.gql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          username: 'viewsofficer',
          displayName: '视图专员',
          role: 'OFFICER',
          password: 'Views-Passw0rd!',
        },
      },
      admin,
    );
    if (made.errors) throw new Error(JSON.stringify(made.errors));
    officer2 = await api.login('viewsofficer', 'Views-Passw0rd!');
  }, 180_000);

  afterAll(() => api?.close());

  it('saves a named view with its filters, columns, sort, density and page size, and lists it for its owner only', async () => {
    const saved = must(await create({ name: ' 我的新能源 ' })).createSavedView;
    expect(saved).toMatchObject({ listKey: 'leads', name: '我的新能源', isDefault: false, state });
    expect((await views()).map((v) => v.name)).toEqual(['我的新能源']);
    expect(await views('leads', officer2)).toEqual([]);
    expect(await views('projects')).toEqual([]);
  });

  it('keeps one default per list: marking another moves the mark', async () => {
    const a = must(await create({ name: '默认甲', isDefault: true })).createSavedView;
    const b = must(await create({ name: '默认乙', isDefault: true })).createSavedView;
    const list = await views();
    expect(list[0]).toMatchObject({ id: b.id, isDefault: true });
    expect(list.filter((v) => v.isDefault).map((v) => v.id)).toEqual([b.id]);
    must(await update({ id: a.id, isDefault: true }));
    expect((await views()).filter((v) => v.isDefault).map((v) => v.id)).toEqual([a.id]);
    must(await update({ id: a.id, isDefault: false }));
    expect((await views()).filter((v) => v.isDefault)).toEqual([]);
    // Another list's default is its own.
    must(await create({ listKey: 'projects', name: '默认甲', isDefault: true }));
    expect((await views('projects')).map((v) => v.isDefault)).toEqual([true]);
  });

  it('renames and overwrites; a name already used in the list is refused on the name field', async () => {
    const view = must(await create({ name: '待改名' })).createSavedView;
    const renamed = must(await update({ id: view.id, name: '已改名' })).updateSavedView;
    expect(renamed.name).toBe('已改名');
    const overwritten = must(
      await update({ id: view.id, state: { filters: [{ key: 'owner', value: 'me' }], sort: null } }),
    ).updateSavedView;
    expect(overwritten.state).toEqual({
      filters: [{ key: 'owner', value: 'me' }],
      columns: null,
      sort: null,
      density: null,
      pageSize: null,
    });
    const clash = await update({ id: view.id, name: '我的新能源' });
    expect(errorCode(clash)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(clash).name).toContain('同名');
    expect(errorCode(await create({ name: '我的新能源' }))).toBe('BAD_USER_INPUT');
    // Another user may use the same name.
    expect(must(await create({ name: '我的新能源' }, officer2)).createSavedView.name).toBe('我的新能源');
  });

  it('validates the state: unknown shapes, bad keys, sizes and densities are refused with field messages', async () => {
    const bad = async (input: Record<string, unknown>) => {
      const result = await create({ name: `坏${Math.random()}`, ...input });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      return fieldErrors(result);
    };
    expect(Object.values(await bad({ state: { ...state, pageSize: 37 } })).join()).toContain('每页条数');
    expect(Object.values(await bad({ state: { ...state, density: 'huge' } })).join()).toContain('行高');
    expect(Object.values(await bad({ state: { ...state, sort: 'drop table' } })).join()).toContain('排序');
    expect(
      Object.values(await bad({ state: { ...state, filters: [{ key: '<script>', value: 'x' }] } })).join(),
    ).toContain('筛选条件名称');
    expect(Object.values(await bad({ name: '   ' })).join()).toContain('视图名称');
    expect(Object.values(await bad({ listKey: 'Leads; drop' })).join()).toContain('列表标识');
  });

  it("never shows nor changes another user's view", async () => {
    const mine = must(await create({ name: '私有' })).createSavedView;
    expect(errorCode(await update({ id: mine.id, name: '偷改' }, officer2))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(DELETE, { id: mine.id }, officer2))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(DELETE, { id: mine.id }, partner))).toBe('NOT_FOUND');
    expect((await views()).some((v) => v.id === mine.id)).toBe(true);
  });

  it('a partner keeps views of 我的报备; deleting removes the view', async () => {
    const view = must(await create({ listKey: 'my-referrals', name: '待审核' }, partner)).createSavedView;
    expect((await views('my-referrals', partner)).map((v) => v.id)).toEqual([view.id]);
    expect(
      must(await api.gql<{ deleteSavedView: boolean }>(DELETE, { id: view.id }, partner)).deleteSavedView,
    ).toBe(true);
    expect(await views('my-referrals', partner)).toEqual([]);
  });
});
