import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@lianzhao/api-database';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const PROJECTS =
  'query ($filter: ProjectFilter) { projects(first: 100, filter: $filter) { totalCount edges { node { id name version townCode parkCode park { code name } } } } }';
const UPDATE =
  'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id version parkCode park { name } } }';
const CREATE_ITEM = 'mutation ($input: CreateReferenceItemInput!) { createReferenceItem(input: $input) { code townCode } }';

interface ProjectRow {
  id: string;
  name: string;
  version: number;
  townCode: string | null;
  parkCode: string | null;
  park: { code: string; name: string } | null;
}

describe('园区 as reference data: parks on projects, their migration and the reference rules', () => {
  let api: TestApi;
  let db: DataSource;
  let officer: string;
  let admin: string;

  const projects = async (filter: Record<string, unknown> = {}) =>
    must(await api.gql<{ projects: { totalCount: number; edges: { node: ProjectRow }[] } }>(PROJECTS, { filter }, officer))
      .projects;
  const project = async (id: string) => (await projects()).edges.map((e) => e.node).find((p) => p.id === id) as ProjectRow;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    officer = await api.login('officer');
    admin = await api.login('admin');
  }, 180_000);

  afterAll(() => api?.close());

  it('seeds the district parks; the demo projects name theirs by code and read the name', async () => {
    const parks = must(
      await api.gql<{ parks: { code: string; name: string; townCode: string | null }[] }>(
        '{ parks { code name townCode } }',
        {},
        officer,
      ),
    ).parks;
    expect(parks.slice(0, 2)).toEqual([
      { code: 'DONGFANG_MEIGU_BIOMED', name: '东方美谷生物医药园', townCode: 'NANQIAO' },
      { code: 'NANQIAO_ZHIXING', name: '南桥智行生态谷', townCode: 'NANQIAO' },
    ]);
    const withPark = (await projects()).edges.map((e) => e.node).filter((p) => p.parkCode);
    expect(withPark.map((p) => p.park?.name).sort()).toEqual(['东方美谷生物医药园', '临港奉贤园区']);
    const filtered = await projects({ parkCode: 'DONGFANG_MEIGU_BIOMED' });
    expect(filtered.totalCount).toBe(1);
    expect(filtered.edges[0].node.park?.name).toBe('东方美谷生物医药园');
  });

  it('migrates every park text to a park, keeping the data: a seeded name matches, a new text becomes a park in its projects\' usual town', async () => {
    const migration = MIGRATIONS.map((M) => new M()).find((m) => m.name === 'Parks1796430001000');
    if (!migration) throw new Error('migration Parks is not registered');
    const all = (await projects()).edges.map((e) => e.node);
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await migration.down(runner);
      // What projects held before: free text, written in several ways.
      const texts: [string, string, string | null][] = [
        [all[0].id, ' 东方美谷 生物医药园 ', 'NANQIAO'],
        [all[1].id, '海湾新材料产业园', 'HAIWAN'],
        [all[2].id, '海湾 新材料产业园 ', 'HAIWAN'],
        [all[3].id, '海湾新材料产业园', 'SITUAN'],
      ];
      expect(all).toHaveLength(texts.length);
      await runner.query('UPDATE projects SET park = NULL');
      for (const [id, park, town] of texts)
        await runner.query('UPDATE projects SET park = $2, town_code = $3 WHERE id = $1', [id, park, town]);
      await migration.up(runner);
      const rows: { id: string; park_code: string | null; name: string | null; town_code: string | null }[] =
        await runner.query(
          'SELECT p.id, p.park_code, k.name, k.town_code FROM projects p LEFT JOIN parks k ON k.code = p.park_code WHERE p.id = ANY($1)',
          [texts.map(([id]) => id)],
        );
      const of = (id: string) => rows.find((r) => r.id === id);
      expect(of(all[0].id)).toMatchObject({ park_code: 'DONGFANG_MEIGU_BIOMED', name: '东方美谷生物医药园' });
      // One park for the three spellings, in the town two of its three projects are in.
      expect(of(all[1].id)).toMatchObject({ park_code: 'PARK_001', name: '海湾 新材料产业园', town_code: 'HAIWAN' });
      expect(of(all[2].id)?.park_code).toBe('PARK_001');
      expect(of(all[3].id)?.park_code).toBe('PARK_001');
      const [counts] = await runner.query(
        "SELECT (SELECT count(*)::int FROM parks) AS parks, (SELECT count(*)::int FROM projects WHERE park_code IS NOT NULL) AS held",
      );
      expect(counts).toEqual({ parks: 7, held: 4 });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('offers a park only in its town, refuses a retired one as a new choice and keeps it where held', async () => {
    must(await api.gql(CREATE_ITEM, { input: { kind: 'PARK', code: 'JINHUI_TEST_PARK', name: '金汇测试园', townCode: 'JINHUI' } }, admin));
    const badTown = await api.gql(CREATE_ITEM, { input: { kind: 'PARK', code: 'NOWHERE_PARK', name: '无处园', townCode: 'NOWHERE' } }, admin);
    expect(fieldErrors(badTown)['townCode']).toBe('请选择有效的镇/街道');

    const target = (await projects()).edges.map((e) => e.node).find((p) => !p.parkCode && p.townCode && p.townCode !== 'JINHUI');
    if (!target) throw new Error('no demo project without a park');
    const elsewhere = await api.gql(UPDATE, { input: { id: target.id, version: target.version, parkCode: 'JINHUI_TEST_PARK' } }, officer);
    expect(fieldErrors(elsewhere)['parkCode']).toBe('园区“金汇测试园”不在所选镇/街道');
    expect(fieldErrors(await api.gql(UPDATE, { input: { id: target.id, version: target.version, parkCode: 'NO_SUCH' } }, officer))['parkCode']).toBe('请选择有效的园区');

    const moved = must(
      await api.gql<{ updateProject: { version: number; parkCode: string; park: { name: string } } }>(
        UPDATE,
        { input: { id: target.id, version: target.version, townCode: 'JINHUI', parkCode: 'JINHUI_TEST_PARK' } },
        officer,
      ),
    ).updateProject;
    expect(moved.park.name).toBe('金汇测试园');

    must(
      await api.gql(
        'mutation ($input: RetireReferenceItemInput!) { retireReferenceItem(input: $input) { code } }',
        { input: { kind: 'PARK', code: 'JINHUI_TEST_PARK', retired: true } },
        admin,
      ),
    );
    // Held: saving the project with it unchanged passes.
    const kept = must(
      await api.gql<{ updateProject: { version: number } }>(
        UPDATE,
        { input: { id: target.id, version: moved.version, parkCode: 'JINHUI_TEST_PARK' } },
        officer,
      ),
    ).updateProject;
    const other = (await projects()).edges.map((e) => e.node).find((p) => p.id !== target.id && !p.parkCode) as ProjectRow;
    const refused = await api.gql(UPDATE, { input: { id: other.id, version: other.version, townCode: 'JINHUI', parkCode: 'JINHUI_TEST_PARK' } }, officer);
    expect(fieldErrors(refused)['parkCode']).toBe('园区“金汇测试园”已停用，请选择其他园区');

    // In use: never deleted, only retired.
    const DELETE = 'mutation ($input: DeleteReferenceItemInput!) { deleteReferenceItem(input: $input) }';
    expect(errorCode(await api.gql(DELETE, { input: { kind: 'PARK', code: 'JINHUI_TEST_PARK' } }, admin))).toBe('CONFLICT');

    // Renamed: the project reads the new name at once, the code stays.
    must(
      await api.gql(
        'mutation ($input: UpdateReferenceItemInput!) { updateReferenceItem(input: $input) { code } }',
        { input: { kind: 'PARK', code: 'JINHUI_TEST_PARK', name: '金汇智造园' } },
        admin,
      ),
    );
    const after = await project(target.id);
    expect(after).toMatchObject({ version: kept.version, parkCode: 'JINHUI_TEST_PARK', park: { name: '金汇智造园' } });
    const history = must(
      await api.gql<{ referenceHistory: { note: string | null }[] }>('{ referenceHistory { note } }', {}, admin),
    ).referenceHistory;
    expect(history[0].note).toBe('园区「金汇智造园」（JINHUI_TEST_PARK）');
  });

  it('refuses moving a project to another town with a park of its old one, unless the park goes too', async () => {
    const held = (await projects({ parkCode: 'DONGFANG_MEIGU_BIOMED' })).edges[0].node;
    const moved = await api.gql(UPDATE, { input: { id: held.id, version: held.version, townCode: 'JINHUI' } }, officer);
    expect(fieldErrors(moved)['parkCode']).toBe('园区“东方美谷生物医药园”不在所选镇/街道');
    const cleared = must(
      await api.gql<{ updateProject: { parkCode: string | null } }>(
        UPDATE,
        { input: { id: held.id, version: held.version, townCode: 'JINHUI', parkCode: null } },
        officer,
      ),
    ).updateProject;
    expect(cleared.parkCode).toBeNull();
  });
});
