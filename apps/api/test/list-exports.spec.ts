import ExcelJS from 'exceljs';
import { errorCode, must, startTestApi, type TestApi } from './harness';

interface File {
  filename: string;
  contentBase64: string;
}

/** A workbook's first sheet: its header and its rows below it, as text. */
async function sheetOf(file: File): Promise<{ header: string[]; rows: string[][] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
  const sheet = book.worksheets[0];
  const text = (row: ExcelJS.Row) =>
    Array.from({ length: sheet.columnCount }, (_, i) => {
      const value = row.getCell(i + 1).value;
      return value === null || value === undefined ? '' : String(value);
    });
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => all.push(text(row)));
  return { header: all[0] ?? [], rows: all.slice(1) };
}

/**
 * 导出 Excel on the lists that had none (issue 15): each writes exactly the rows of the list under
 * the same filter, to the callers the list has, scoped as the list is.
 */
describe('list exports (用户, 合作机构, 政策库, 供应链, 机构报备)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let leader: string;
  let partner: string;
  let fundPartner: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
    officer = await api.login('officer');
    leader = await api.login('leader');
    partner = await api.login('partner');
    fundPartner = await api.login('fundpartner');
  }, 180_000);
  afterAll(() => api.close());

  async function listAndExport(
    list: string,
    exported: string,
    filterType: string,
    filter: Record<string, unknown> | null,
    token: string,
  ): Promise<{ total: number; file: File; sheet: Awaited<ReturnType<typeof sheetOf>> }> {
    const total = must(
      await api.gql<Record<string, { totalCount: number }>>(
        `query ($filter: ${filterType}) { ${list}(first: 1, filter: $filter) { totalCount } }`,
        { filter },
        token,
      ),
    )[list].totalCount;
    const file = must(
      await api.gql<Record<string, File>>(
        `query ($filter: ${filterType}) { ${exported}(filter: $filter) { filename contentBase64 } }`,
        { filter },
        token,
      ),
    )[exported];
    return { total, file, sheet: await sheetOf(file) };
  }

  it.each([
    ['users', 'usersExport', 'UserFilter', '用户导出', null],
    ['users', 'usersExport', 'UserFilter', '用户导出', { role: 'PARTNER' }],
    ['organizations', 'organizationsExport', 'OrganizationFilter', '合作机构导出', null],
    ['organizations', 'organizationsExport', 'OrganizationFilter', '合作机构导出', { kind: 'FUND_MANAGER' }],
  ] as const)(
    '%s: the export holds the list’s rows under %#’s filter',
    async (list, exported, type, title, filter) => {
      for (const token of [admin, officer, leader]) {
        const { total, file, sheet } = await listAndExport(list, exported, type, filter, token);
        expect(file.filename).toMatch(new RegExp(`^${title}-\\d{8}-\\d{4}\\.xlsx$`));
        expect(total).toBeGreaterThan(0);
        expect(sheet.rows).toHaveLength(total);
      }
      const unfiltered = await listAndExport(list, exported, type, null, admin);
      if (filter)
        expect(unfiltered.total).toBeGreaterThan(
          (await listAndExport(list, exported, type, filter, admin)).total,
        );
      // Partners have neither the list nor its export.
      expect(errorCode(await api.gql(`{ ${exported} { filename } }`, {}, partner))).toBe('FORBIDDEN');
    },
  );

  it('users: names each user’s organisation; organisations: counts their users', async () => {
    const users = (await listAndExport('users', 'usersExport', 'UserFilter', { search: 'partner' }, admin))
      .sheet;
    const partnerRow = users.rows.find((row) => row[0] === 'partner');
    expect(partnerRow?.[3]).not.toBe('');
    const orgs = (
      await listAndExport('organizations', 'organizationsExport', 'OrganizationFilter', null, admin)
    ).sheet;
    const counts = must(
      await api.gql<{ organizations: { edges: { node: { name: string; userCount: number } }[] } }>(
        '{ organizations(first: 100) { edges { node { name userCount } } } }',
        {},
        admin,
      ),
    ).organizations.edges.map((e) => [e.node.name, String(e.node.userCount)]);
    const column = orgs.header.indexOf('用户数');
    expect(orgs.rows.map((row) => [row[0], row[column]])).toEqual(counts);
  });

  it('政策库: a row per item, under its policy, for staff only', async () => {
    const policies = must(
      await api.gql<{ policies: { docNumber: string; items: { name: string }[] }[] }>(
        '{ policies { docNumber items { name } } }',
        {},
        admin,
      ),
    ).policies;
    const expected = policies.flatMap((p) =>
      p.items.length ? p.items.map((i) => [p.docNumber, i.name]) : [[p.docNumber, '']],
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const token of [admin, officer, leader]) {
      const file = must(
        await api.gql<{ policiesExport: File }>('{ policiesExport { filename contentBase64 } }', {}, token),
      ).policiesExport;
      expect(file.filename).toMatch(/^政策库导出-/);
      const sheet = await sheetOf(file);
      expect(sheet.rows.map((row) => [row[0], row[sheet.header.indexOf('条款')]])).toEqual(expected);
    }
    expect(errorCode(await api.gql('{ policiesExport { filename } }', {}, partner))).toBe('FORBIDDEN');
  });

  it('供应链: the office exports every chain master’s entries with 是否在本区, a partner only its own without it', async () => {
    const SAVE =
      'mutation ($input: SaveSupplyChainEntryInput!) { saveSupplyChainEntry(input: $input) { id } }';
    for (const [relation, companyName] of [
      ['SUPPLIER', '导出测试供应商有限公司'],
      ['CUSTOMER', '导出测试客户有限公司'],
    ]) {
      must(await api.gql(SAVE, { input: { relation, companyName, supplies: '电芯' } }, partner));
    }
    const office = await listAndExport(
      'supplyChainEntries',
      'supplyChainEntriesExport',
      'SupplyChainFilter',
      null,
      officer,
    );
    expect(office.total).toBeGreaterThanOrEqual(2);
    expect(office.sheet.rows).toHaveLength(office.total);
    expect(office.sheet.header).toContain('是否在本区');
    const searched = await listAndExport(
      'supplyChainEntries',
      'supplyChainEntriesExport',
      'SupplyChainFilter',
      { search: '导出测试客户' },
      officer,
    );
    expect(searched.sheet.rows.map((row) => row[2])).toEqual(['导出测试客户有限公司']);

    const own = await listAndExport(
      'supplyChainEntries',
      'supplyChainEntriesExport',
      'SupplyChainFilter',
      null,
      partner,
    );
    expect(own.sheet.rows).toHaveLength(own.total);
    expect(own.sheet.header).not.toContain('是否在本区');
    expect(new Set(own.sheet.rows.map((row) => row[0])).size).toBe(1);
    // A partner that keeps no supply chain exports none, even with a filter naming one that does.
    const organizationId = must(
      await api.gql<{ supplyChainEntries: { edges: { node: { organizationId: string } }[] } }>(
        '{ supplyChainEntries(first: 1) { edges { node { organizationId } } } }',
        {},
        partner,
      ),
    ).supplyChainEntries.edges[0].node.organizationId;
    const none = await listAndExport(
      'supplyChainEntries',
      'supplyChainEntriesExport',
      'SupplyChainFilter',
      { organizationId },
      fundPartner,
    );
    expect([none.total, none.sheet.rows.length]).toEqual([0, 0]);
  });

  it('an organisation’s referrals export as its page lists them', async () => {
    const organizations = must(
      await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
        '{ organizations(first: 100) { edges { node { id } } } }',
        {},
        officer,
      ),
    ).organizations.edges.map((e) => e.node.id);
    let exported = 0;
    for (const organizationId of organizations) {
      const { total, sheet } = await listAndExport(
        'referrals',
        'referralsExport',
        'ReferralFilter',
        { organizationId },
        officer,
      );
      expect(sheet.rows).toHaveLength(total);
      exported += total;
    }
    expect(exported).toBeGreaterThan(0);
  });
});
