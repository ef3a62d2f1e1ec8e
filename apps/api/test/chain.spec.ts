import { localStockOn } from '@lianzhao/domain';
import { TransactionalConnection } from '@lianzhao/api-database';
import { localStockOnSql } from '@lianzhao/api-chain';
import { DataSource } from 'typeorm';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const shanghaiYesterday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() - 86_400_000));

interface Counts {
  localEnterprises: number;
  chainMasters: number;
  openLeads: number;
  referrals: number;
  targets: number;
  investments: number;
  expectedOutput: string;
}
interface MapLink {
  id: string;
  name: string;
  tier: string;
  position: number;
  status: string;
  counts: Counts;
}
interface ChainMapResult {
  chainMap: {
    industryCode: string;
    asOf: string;
    segments: { code: string; name: string; links: MapLink[] }[];
  };
}

const MAP = `query ($industryCode: String!, $asOf: String) { chainMap(industryCode: $industryCode, asOf: $asOf) {
  industryCode asOf segments { code name links { id name tier position status
    counts { localEnterprises chainMasters openLeads referrals targets investments expectedOutput } } } } }`;
const PLACE = `mutation ($input: PlaceOnLinkInput!) { placeOnLink(input: $input) { id linkId entityType entityId } }`;
const ADD_TARGET = `mutation ($input: AddTargetInput!) { addTarget(input: $input) { id companyName priority channel sourceOrganizationId progress leadId } }`;
const CONVERT = `mutation ($input: ConvertTargetInput!) { convertTarget(input: $input) {
  id progress lead { id stage channel segmentCode sourceOrganization { id } owner { username } } } }`;
const SAVE_SUPPLY = `mutation ($input: SaveSupplyChainEntryInput!) { saveSupplyChainEntry(input: $input) { id companyName organizationName local } }`;
const SUPPLY = `query ($filter: SupplyChainFilter) { supplyChainEntries(filter: $filter, first: 100) {
  totalCount edges { node { id companyName organizationName local link { id name } } } } }`;

/** The drill-down list behind each figure. */
const DRILLS: Record<keyof Omit<Counts, 'chainMasters' | 'expectedOutput'>, string> = {
  localEnterprises: 'chainEnterprises',
  openLeads: 'chainLeads',
  referrals: 'chainReferrals',
  targets: 'chainTargets',
  investments: 'chainInvestments',
};

describe('industry chain map (产业链图谱)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let leader: string;
  let partner: string;
  let partner2: string;
  let chainOrg: string;
  let storage: MapLink[];

  const map = async (industryCode = 'GREEN_ENERGY', asOf?: string, token = officer) =>
    must(await api.gql<ChainMapResult>(MAP, { industryCode, asOf }, token)).chainMap;
  const link = async (id: string, asOf?: string) => {
    const found = (await map('GREEN_ENERGY', asOf)).segments.flatMap((s) => s.links).find((l) => l.id === id);
    if (!found) throw new Error(`no link ${id}`);
    return found;
  };
  const drillCount = async (list: string, filter: Record<string, unknown>) =>
    must(
      await api.gql<Record<string, { totalCount: number }>>(
        `query ($filter: ChainDrillFilter) { ${list}(filter: $filter, first: 1) { totalCount } }`,
        { filter },
        officer,
      ),
    )[list].totalCount;
  /** Every figure of the link equals the totalCount of the list it drills into. */
  const expectDrillsEqual = async (l: MapLink, asOf?: string) => {
    for (const [figure, list] of Object.entries(DRILLS)) {
      const total = await drillCount(list, { linkId: l.id, asOf });
      expect({ figure, total }).toEqual({ figure, total: l.counts[figure as keyof typeof DRILLS] });
    }
  };
  const place = (entityType: string, entityId: string, linkId: string) =>
    api.gql<{ placeOnLink: { id: string } }>(PLACE, { input: { entityType, entityId, linkId } }, officer);
  const createEnterprise = async (name: string, extra: Record<string, unknown> = {}) =>
    must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name, ...extra } },
        officer,
      ),
    ).createEnterprise.id;

  beforeAll(async () => {
    api = await startTestApi();
    [admin, officer, leader, partner, partner2] = await Promise.all(
      ['admin', 'officer', 'leader', 'partner', 'partner2'].map((u) => api.login(u)),
    );
    chainOrg = must(
      await api.gql<{ me: { organization: { id: string } } }>('{ me { organization { id } } }', {}, partner),
    ).me.organization.id;
    storage = (await map()).segments.find((s) => s.code === 'ENERGY_STORAGE')?.links ?? [];
  });
  afterAll(() => api.close());

  it('seeds every leading segment with its chain, 新型储能 as the policy example, upstream first', async () => {
    const links = must(
      await api.gql<{ chainLinks: { name: string; tier: string; position: number }[] }>(
        '{ chainLinks(segmentCode: "ENERGY_STORAGE") { name tier position } }',
        {},
        partner,
      ),
    ).chainLinks;
    expect(links.map((l) => l.name)).toEqual([
      '正负极材料',
      '隔膜',
      '电解液',
      '电芯',
      'BMS/PCS',
      '储能系统集成',
      '电站运营与回收',
    ]);
    expect(links.map((l) => l.tier)).toEqual([
      'UPSTREAM',
      'UPSTREAM',
      'UPSTREAM',
      'MIDSTREAM',
      'MIDSTREAM',
      'MIDSTREAM',
      'DOWNSTREAM',
    ]);
    expect(links.map((l) => l.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const industry of ['BEAUTY_HEALTH', 'GREEN_ENERGY', 'NEW_MATERIALS', 'SMART_EQUIPMENT']) {
      const m = await map(industry, undefined, leader);
      for (const segment of m.segments)
        expect({ segment: segment.code, seeded: segment.links.length >= 5 }).toEqual({
          segment: segment.code,
          seeded: true,
        });
    }
    expect(storage.every((l) => l.status === 'MISSING')).toBe(true);
  });

  it('keeps the map from partners (FORBIDDEN) and link edits to admins', async () => {
    expect(errorCode(await api.gql(MAP, { industryCode: 'GREEN_ENERGY' }, partner))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql('{ chainOverview(since: "2026-01-01") { asOf } }', {}, partner))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await api.gql(
          '{ chainTargets(filter: { industryCode: "GREEN_ENERGY" }) { totalCount } }',
          {},
          partner,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          ADD_TARGET,
          { input: { linkId: storage[0].id, companyName: 'x', priority: 'HIGH' } },
          leader,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          'mutation { addChainLink(input: { segmentCode: "ENERGY_STORAGE", name: "x", tier: UPSTREAM }) { id } }',
          {},
          officer,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('SQL twin of localStockOn agrees with the domain rule', async () => {
    const cases: [string | null, string | null, string | null, string][] = [
      [null, null, null, '2026-01-01'],
      ['2025-01-01', null, null, '2026-01-01'],
      ['2026-06-01', null, null, '2026-01-01'],
      ['2026-01-01', null, null, '2026-01-01'],
      [null, '91310120MA1HK0XY1C', null, '2026-01-01'],
      [null, '91310120MA1HK0XY1C', '2026-03-01', '2026-01-01'],
      [null, '91310115MA1HK0XY1C', '2020-03-01', '2026-01-01'],
      ['2025-01-01', '91310120MA1HK0XY1C', '2026-03-01', '2026-01-01'],
    ];
    const { dataSource } = api.app.get(TransactionalConnection);
    for (const [localStockSince, creditCode, foundedOn, day] of cases) {
      const [row] = (await dataSource.query(
        `SELECT COALESCE(${localStockOnSql('e', '$4')}, FALSE) AS local FROM (SELECT CAST($1 AS date) AS local_stock_since, CAST($2 AS varchar) AS credit_code, CAST($3 AS date) AS founded_on) e`,
        [localStockSince, creditCode, foundedOn, day],
      )) as { local: boolean }[];
      expect({ localStockSince, creditCode, foundedOn, sql: row.local }).toEqual({
        localStockSince,
        creditCode,
        foundedOn,
        sql: localStockOn({ localStockSince, creditCode, foundedOn }, day),
      });
    }
  });

  it('status follows the admin rule: 缺失 → 薄弱 → 完备, and each count equals its list', async () => {
    const cathode = storage[0];
    const stock = await createEnterprise('奉贤正极材料测试有限公司', { localStockSince: '2020-01-01' });
    const notLocal = await createEnterprise('外地负极材料测试有限公司');
    must(await place('ENTERPRISE', stock, cathode.id));
    must(await place('ENTERPRISE', notLocal, cathode.id));
    // Placing twice changes nothing.
    must(await place('ENTERPRISE', stock, cathode.id));
    let now = await link(cathode.id);
    expect(now.counts.localEnterprises).toBe(1);
    expect(now.status).toBe('WEAK');
    await expectDrillsEqual(now);

    const setRule = (minEnterprises: number, minExpectedOutput: string | null) =>
      api.gql(
        'mutation ($input: UpdateChainSettingsInput!) { updateChainSettings(input: $input) { minEnterprises minExpectedOutput } }',
        { input: { minEnterprises, minExpectedOutput } },
        admin,
      );
    must(await setRule(1, null));
    expect((await link(cathode.id)).status).toBe('COMPLETE');
    must(await setRule(1, '1000'));
    expect((await link(cathode.id)).status).toBe('WEAK');
    must(await setRule(3, null));
    expect(errorCode(await setRule(0, null))).toBe('BAD_USER_INPUT');

    // A landed project counts its enterprise, and its expected output.
    const projects = must(
      await api.gql<{
        projects: { edges: { node: { id: string; landedOn: string | null; enterprise: { id: string } } }[] };
      }>('{ projects(first: 50) { edges { node { id landedOn enterprise { id } } } } }', {}, officer),
    ).projects.edges.map((e) => e.node);
    const landed = projects.find((p) => p.landedOn);
    expect(landed).toBeDefined();
    must(await place('PROJECT', landed?.id ?? '', cathode.id));
    now = await link(cathode.id);
    expect(now.counts.localEnterprises).toBe(2);
    await expectDrillsEqual(now);

    // As of yesterday nothing was placed yet.
    const yesterday = new Date(Date.now() - 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const before = await link(cathode.id, yesterday);
    expect(before.counts.localEnterprises).toBe(0);
    expect(before.status).toBe('MISSING');
    await expectDrillsEqual(before, yesterday);
  });

  it('places, moves and removes a lead; a lead suggests its segment links', async () => {
    const leads = must(
      await api.gql<{ leads: { edges: { node: { id: string; stage: string; segmentCode: string } }[] } }>(
        '{ leads(first: 50) { edges { node { id stage segmentCode } } } }',
        {},
        officer,
      ),
    ).leads.edges.map((e) => e.node);
    const open = leads.find((l) => !['SIGNED', 'LOST'].includes(l.stage));
    expect(open).toBeDefined();
    const leadId = open?.id ?? '';
    const suggested = must(
      await api.gql<{ suggestedChainLinks: { segmentCode: string }[] }>(
        'query ($id: ID!) { suggestedChainLinks(entityType: LEAD, entityId: $id) { segmentCode } }',
        { id: leadId },
        officer,
      ),
    ).suggestedChainLinks;
    expect(suggested.length).toBeGreaterThan(0);
    expect(new Set(suggested.map((s) => s.segmentCode))).toEqual(new Set([open?.segmentCode]));

    const [separator, electrolyte] = [storage[1], storage[2]];
    const placed = must(await place('LEAD', leadId, separator.id)).placeOnLink;
    expect((await link(separator.id)).counts.openLeads).toBe(1);
    must(
      await api.gql(
        'mutation ($input: MovePlacementInput!) { movePlacement(input: $input) { id linkId } }',
        { input: { id: placed.id, linkId: electrolyte.id } },
        officer,
      ),
    );
    expect((await link(separator.id)).counts.openLeads).toBe(0);
    const moved = await link(electrolyte.id);
    expect(moved.counts.openLeads).toBe(1);
    await expectDrillsEqual(moved);
    must(await api.gql('mutation ($id: ID!) { removePlacement(id: $id) }', { id: placed.id }, officer));
    expect((await link(electrolyte.id)).counts.openLeads).toBe(0);

    // The drawer takes a record off a link by the record and the link.
    must(await place('LEAD', leadId, separator.id));
    const removeFromLink = () =>
      api.gql(
        'mutation ($input: PlaceOnLinkInput!) { removeFromLink(input: $input) }',
        { input: { entityType: 'LEAD', entityId: leadId, linkId: separator.id } },
        officer,
      );
    must(await removeFromLink());
    expect((await link(separator.id)).counts.openLeads).toBe(0);
    expect(errorCode(await removeFromLink())).toBe('NOT_FOUND');

    const bad = await place('LEAD', '00000000-0000-4000-8000-000000000000', separator.id);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad)['entityId']).toMatch(/不存在/);
  });

  it('counts a lead as open on a past day by its stage that day, and its list agrees', async () => {
    const db = api.app.get(DataSource);
    const leads = must(
      await api.gql<{ leads: { edges: { node: { id: string; stage: string; version: number } }[] } }>(
        '{ leads(first: 50, filter: { stages: [NEW, CONTACTED] }) { edges { node { id stage version } } } }',
        {},
        officer,
      ),
    ).leads.edges.map((e) => e.node);
    const lead = leads[leads.length - 1];
    if (!lead) throw new Error('the demo data has no early-stage lead');
    const diaphragm = storage[1];
    const before = (await link(diaphragm.id, shanghaiYesterday())).counts.openLeads;
    must(await place('LEAD', lead.id, diaphragm.id));
    // Placed, created and at its stage since long before yesterday ...
    await db.query(`UPDATE chain_placements SET created_at = now() - interval '30 days' WHERE entity_id = $1`, [lead.id]);
    await db.query(`UPDATE lead_stage_changes SET at = LEAST(at, now() - interval '30 days') WHERE lead_id = $1`, [lead.id]);
    await db.query(`UPDATE leads SET created_at = LEAST(created_at, now() - interval '30 days') WHERE id = $1`, [lead.id]);
    // ... then lost today: yesterday it was open, today it is not.
    must(
      await api.gql(
        'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id stage } }',
        { input: { id: lead.id, version: lead.version, stage: 'LOST', reason: '企业选址外省' } },
        officer,
      ),
    );
    const yesterday = await link(diaphragm.id, shanghaiYesterday());
    expect(yesterday.counts.openLeads).toBe(before + 1);
    await expectDrillsEqual(yesterday, shanghaiYesterday());
    expect((await link(diaphragm.id)).counts.openLeads).toBe(before);
  });

  it('a target converts to a lead in one step, keeping the link and the attribution', async () => {
    const cell = storage[3];
    const bad = await api.gql(ADD_TARGET, { input: { linkId: cell.id, priority: 'HIGH' } }, officer);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad)['companyName']).toMatch(/企业名称/);

    const target = must(
      await api.gql<{ addTarget: { id: string; progress: string; channel: string } }>(
        ADD_TARGET,
        { input: { linkId: cell.id, companyName: '宁德示例电芯科技有限公司', priority: 'HIGH' } },
        officer,
      ),
    ).addTarget;
    expect(target).toMatchObject({ progress: 'TARGET', channel: 'SELF' });
    let now = await link(cell.id);
    expect(now.counts).toMatchObject({ targets: 1, openLeads: 0 });

    const converted = must(
      await api.gql<{
        convertTarget: {
          progress: string;
          lead: {
            id: string;
            stage: string;
            channel: string;
            segmentCode: string;
            owner: { username: string };
          };
        };
      }>(CONVERT, { input: { id: target.id } }, officer),
    ).convertTarget;
    expect(converted.progress).toBe('IN_PIPELINE');
    expect(converted.lead).toMatchObject({
      stage: 'NEW',
      channel: 'SELF',
      segmentCode: 'ENERGY_STORAGE',
      owner: { username: 'officer' },
    });
    now = await link(cell.id);
    expect(now.counts).toMatchObject({ targets: 1, openLeads: 1 });
    await expectDrillsEqual(now);
    expect(errorCode(await api.gql(CONVERT, { input: { id: target.id } }, officer))).toBe('CONFLICT');
  });

  it('a chain master keeps its own supply chain; the office sees who is not yet local and recruits them', async () => {
    const bms = storage[4];
    const supplier = must(
      await api.gql<{
        saveSupplyChainEntry: { id: string; local: boolean | null; organizationName: string };
      }>(
        SAVE_SUPPLY,
        {
          input: {
            relation: 'SUPPLIER',
            companyName: '深圳示例储能变流器有限公司',
            linkId: bms.id,
            supplies: 'PCS 储能变流器',
          },
        },
        partner,
      ),
    ).saveSupplyChainEntry;
    expect(supplier.local).toBeNull();
    const localOne = must(
      await api.gql<{ saveSupplyChainEntry: { id: string } }>(
        SAVE_SUPPLY,
        {
          input: { relation: 'CUSTOMER', companyName: '奉贤正极材料测试有限公司', supplies: '储能电站采购' },
        },
        partner,
      ),
    ).saveSupplyChainEntry;
    const badCode = await api.gql(
      SAVE_SUPPLY,
      { input: { relation: 'SUPPLIER', companyName: 'x', creditCode: '123', supplies: 'y' } },
      partner,
    );
    expect(errorCode(badCode)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(badCode)['creditCode']).toBeDefined();

    // Other partners see none and cannot keep one; the chain master sees its own only.
    expect(
      must(await api.gql<{ supplyChainEntries: { totalCount: number } }>(SUPPLY, {}, partner2))
        .supplyChainEntries.totalCount,
    ).toBe(0);
    expect(
      errorCode(
        await api.gql(
          SAVE_SUPPLY,
          { input: { relation: 'SUPPLIER', companyName: 'x', supplies: 'y' } },
          partner2,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.gql(
          'mutation ($id: ID!) { deleteSupplyChainEntry(id: $id) }',
          { id: supplier.id },
          partner2,
        ),
      ),
    ).toBe('FORBIDDEN');
    const own = must(
      await api.gql<{ supplyChainEntries: { totalCount: number } }>(SUPPLY, {}, partner),
    ).supplyChainEntries;
    expect(own.totalCount).toBe(2);
    // A partner cannot learn who is local by filtering either.
    expect(
      must(
        await api.gql<{ supplyChainEntries: { totalCount: number } }>(
          SUPPLY,
          { filter: { local: false } },
          partner,
        ),
      ).supplyChainEntries.totalCount,
    ).toBe(2);

    const office = must(
      await api.gql<{
        supplyChainEntries: {
          totalCount: number;
          edges: { node: { id: string; local: boolean; organizationName: string } }[];
        };
      }>(SUPPLY, {}, officer),
    ).supplyChainEntries;
    const byId = new Map(office.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(supplier.id)).toMatchObject({
      local: false,
      organizationName: expect.stringContaining('链主'),
    });
    expect(byId.get(localOne.id)?.local).toBe(true);
    const notLocal = must(
      await api.gql<{ supplyChainEntries: { totalCount: number; edges: { node: { id: string } }[] } }>(
        SUPPLY,
        { filter: { local: false } },
        officer,
      ),
    ).supplyChainEntries;
    expect(notLocal.edges.map((e) => e.node.id)).toEqual([supplier.id]);

    // Recruiting the supplier: 链式招商 with the chain master as the source, kept on the lead.
    const target = must(
      await api.gql<{
        addTarget: { id: string; channel: string; sourceOrganizationId: string; companyName: string };
      }>(
        ADD_TARGET,
        { input: { linkId: bms.id, supplyChainEntryId: supplier.id, priority: 'MEDIUM' } },
        officer,
      ),
    ).addTarget;
    expect(target).toMatchObject({
      channel: 'CHAIN',
      sourceOrganizationId: chainOrg,
      companyName: '深圳示例储能变流器有限公司',
    });
    const lead = must(
      await api.gql<{ convertTarget: { lead: { channel: string; sourceOrganization: { id: string } } } }>(
        CONVERT,
        { input: { id: target.id } },
        officer,
      ),
    ).convertTarget.lead;
    expect(lead).toMatchObject({ channel: 'CHAIN', sourceOrganization: { id: chainOrg } });
    expect(
      errorCode(
        await api.gql(
          'mutation ($id: ID!) { deleteSupplyChainEntry(id: $id) }',
          { id: supplier.id },
          partner,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('the district overview counts gaps and change since a date, each drilling to an equal list', async () => {
    const yesterday = new Date(Date.now() - 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const overview = must(
      await api.gql<{
        chainOverview: {
          industries: { code: string; now: Record<string, number>; then: Record<string, number> }[];
        };
      }>(
        `query ($since: String!) { chainOverview(since: $since) { asOf since industries { code name
          now { links missing weak complete localEnterprises openLeads referrals targets investments }
          then { links missing weak complete localEnterprises openLeads referrals targets investments } } } }`,
        { since: yesterday },
        leader,
      ),
    ).chainOverview;
    expect(overview.industries.map((i) => i.code)).toEqual([
      'BEAUTY_HEALTH',
      'GREEN_ENERGY',
      'NEW_MATERIALS',
      'SMART_EQUIPMENT',
    ]);
    const green = overview.industries.find((i) => i.code === 'GREEN_ENERGY');
    // Everything was placed today: nothing counted yesterday; today the two of 新型储能 beside the demo's.
    expect(green?.then.localEnterprises).toBe(0);
    expect(green?.then.targets).toBe(0);
    expect(green?.now.localEnterprises).toBeGreaterThanOrEqual(2);
    expect(green?.now.targets).toBeGreaterThanOrEqual(2);
    const m = await map('GREEN_ENERGY');
    const links = m.segments.flatMap((s) => s.links);
    expect(green?.now.links).toBe(links.length);
    expect(green?.now.missing).toBe(links.filter((l) => l.status === 'MISSING').length);
    expect(green?.now.weak).toBe(links.filter((l) => l.status === 'WEAK').length);
    for (const [figure, list] of Object.entries(DRILLS)) {
      const total = await drillCount(list, { industryCode: 'GREEN_ENERGY' });
      expect({ figure, total }).toEqual({ figure, total: green?.now[figure] });
    }
    const exported = must(
      await api.gql<{ chainListExport: { filename: string; contentBase64: string } }>(
        '{ chainListExport(kind: TARGETS, filter: { industryCode: "GREEN_ENERGY" }) { filename contentBase64 } }',
        {},
        leader,
      ),
    ).chainListExport;
    expect(exported.filename).toMatch(/^产业链-招商目标-\d{8}-\d{4}\.xlsx$/);
    expect(Buffer.from(exported.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(errorCode(await api.gql('{ chainOverview(since: "2026-02-30") { asOf } }', {}, leader))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await api.gql('{ chainLeads(first: 5) { totalCount } }', {}, leader))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('an admin adds, renames, reorders and retires links; a link in use is retired, not deleted', async () => {
    const add = must(
      await api.gql<{ addChainLink: { id: string; position: number; version: number } }>(
        'mutation { addChainLink(input: { segmentCode: "ENERGY_STORAGE", name: "储能安全检测", tier: DOWNSTREAM, position: 7 }) { id position version } }',
        {},
        admin,
      ),
    ).addChainLink;
    expect(add.position).toBe(7);
    const dup = await api.gql(
      'mutation { addChainLink(input: { segmentCode: "ENERGY_STORAGE", name: "隔膜", tier: UPSTREAM }) { id } }',
      {},
      admin,
    );
    expect(fieldErrors(dup)['name']).toMatch(/同名/);
    must(
      await api.gql(
        'mutation ($input: UpdateChainLinkInput!) { updateChainLink(input: $input) { id } }',
        { input: { id: add.id, version: add.version, name: '储能安全检测认证', position: 8 } },
        admin,
      ),
    );
    const names = async () =>
      must(
        await api.gql<{ chainLinks: { id: string; name: string }[] }>(
          '{ chainLinks(segmentCode: "ENERGY_STORAGE") { id name } }',
          {},
          admin,
        ),
      ).chainLinks;
    expect((await names()).map((l) => l.name).slice(-2)).toEqual(['电站运营与回收', '储能安全检测认证']);
    // Unused: deleted. In use (the cathode link has placements): retired, still readable by admins.
    expect(
      must(
        await api.gql<{ retireChainLink: null }>(
          'mutation ($id: ID!) { retireChainLink(id: $id) { id } }',
          { id: add.id },
          admin,
        ),
      ).retireChainLink,
    ).toBeNull();
    const retired = must(
      await api.gql<{ retireChainLink: { retiredAt: string } }>(
        'mutation ($id: ID!) { retireChainLink(id: $id) { retiredAt } }',
        { id: storage[0].id },
        admin,
      ),
    ).retireChainLink;
    expect(retired.retiredAt).toBeTruthy();
    expect((await names()).map((l) => l.name)).not.toContain('正负极材料');
    expect(errorCode(await place('ENTERPRISE', '00000000-0000-4000-8000-000000000000', storage[0].id))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
