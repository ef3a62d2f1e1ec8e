import ExcelJS from 'exceljs';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const RENAME =
  'mutation ($input: RenameMilestoneInput!) { renameMilestone(input: $input) { projectType code position name nameEn } }';

describe('节点模板: an admin renames a milestone and the new name shows wherever milestones are named', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
    officer = await api.login('officer');
  }, 180_000);

  afterAll(() => api?.close());

  it('refuses a name another milestone has, a blank one and callers other than admins', async () => {
    expect(fieldErrors(await api.gql(RENAME, { input: { code: 'REGISTERED', name: ' 开工 ' } }, admin))['name']).toBe(
      '名称“开工”已被其他节点使用',
    );
    expect(fieldErrors(await api.gql(RENAME, { input: { code: 'REGISTERED', name: '  ' } }, admin))['name']).toBe('请填写名称');
    expect(errorCode(await api.gql(RENAME, { input: { code: 'REGISTERED', name: '落地注册' } }, officer))).toBe('FORBIDDEN');
  });

  it('renames it in every template, keeps its code and place, and records the change in the history', async () => {
    const renamed = must(
      await api.gql<{ renameMilestone: { projectType: string; code: string; position: number; name: string; nameEn: string }[] }>(
        RENAME,
        { input: { code: 'REGISTERED', name: '落地注册', nameEn: 'Landed (registered)' } },
        admin,
      ),
    ).renameMilestone;
    expect(renamed.map((r) => [r.projectType, r.position, r.name, r.nameEn])).toEqual([
      ['HEAVY', 1, '落地注册', 'Landed (registered)'],
      ['LIGHT', 1, '落地注册', 'Landed (registered)'],
    ]);
    const history = must(
      await api.gql<{ referenceHistory: { note: string; changes: { field: string; before: string; after: string }[] }[] }>(
        '{ referenceHistory { note changes { field before after } } }',
        {},
        admin,
      ),
    ).referenceHistory;
    // A partner's referral progress reads the names too.
    const partner = await api.login('partner');
    const names = must(
      await api.gql<{ milestoneTemplates: { code: string; name: string }[] }>('{ milestoneTemplates { code name } }', {}, partner),
    ).milestoneTemplates;
    expect(names.filter((m) => m.code === 'REGISTERED').map((m) => m.name)).toEqual(['落地注册', '落地注册']);
    expect(history[0]).toEqual({
      note: '节点模板「落地注册」（REGISTERED）',
      changes: [
        { field: 'name', before: '工商注册', after: '落地注册' },
        { field: 'nameEn', before: 'Registered', after: 'Landed (registered)' },
      ],
    });
  });

  it('shows the new name on a project, in the alerts, the export, the cockpit and the rules\' messages', async () => {
    const projects = must(
      await api.gql<{ projects: { edges: { node: { id: string; version: number; milestones: { code: string; name: string }[] } }[] } }>(
        '{ projects(first: 10) { edges { node { id version milestones { code name } } } } }',
        {},
        officer,
      ),
    ).projects.edges.map((e) => e.node);
    for (const p of projects) expect(p.milestones.find((m) => m.code === 'REGISTERED')?.name).toBe('落地注册');
    expect(projects[0].milestones.find((m) => m.code === 'SIGNED')?.name).toBe('签约');

    const alerts = must(
      await api.gql<{ milestoneAlerts: { items: { milestone: { code: string; name: string } }[] } }>(
        '{ milestoneAlerts(first: 50) { items { milestone { code name } } } }',
        {},
        admin,
      ),
    ).milestoneAlerts.items;
    for (const item of alerts) if (item.milestone.code === 'REGISTERED') expect(item.milestone.name).toBe('落地注册');

    const file = must(
      await api.gql<{ exportProjects: { contentBase64: string } }>('{ exportProjects { contentBase64 } }', {}, officer),
    ).exportProjects;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
    const headers = (book.worksheets[0].getRow(1).values as unknown[]).map(String);
    expect(headers).toContain('落地注册计划');
    expect(headers).not.toContain('工商注册计划');

    const cockpit = must(
      await api.gql<{ dashboard: { milestones: { onTime: { code: string; name: string }[] } } }>(
        '{ dashboard { milestones { onTime { code name } } } }',
        {},
        admin,
      ),
    ).dashboard.milestones.onTime;
    expect(cockpit.find((m) => m.code === 'REGISTERED')?.name).toBe('落地注册');

    const refused = await api.gql(
      'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }',
      { input: { projectId: projects[0].id, code: 'REGISTERED', actualDate: '2999-01-01', version: projects[0].version } },
      officer,
    );
    expect(fieldErrors(refused)['actualDate']).toMatch(/^“落地注册”的实际日期不能晚于今天/);
  });
});
