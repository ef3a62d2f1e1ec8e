import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { addDecimals, compareDecimals, computeCreditCodeCheckChar } from '@lianzhao/domain';
import { Clock } from '@lianzhao/api-core';
import { errorCode, startTestApi, type GqlResult, type TestApi } from './harness';

// 返投 over HTTP (issue 12): each recognition rule, recomputation when a milestone date is cleared
// or moved, leverage and district totals in exact decimals, and who sees which fund's figures.

const PROGRESS = 'reinvestment { obligation counted pending pipeline gap ratio }';
const LEDGER =
  'ledger { kind status countedFrom baseAmount coefficient amount enterpriseId enterpriseName investmentId referralId projectId }';
const FUND = `id name size governmentContribution leverage version ${PROGRESS} ${LEDGER}`;
const GET_FUND = `query ($id: ID!) { fund(id: $id) { ${FUND} } }`;

interface Progress {
  obligation: string;
  counted: string;
  pending: string;
  pipeline: string;
  gap: string | null;
  ratio: string | null;
}
interface Line {
  kind: string;
  status: string;
  countedFrom: string | null;
  baseAmount: string;
  coefficient: string;
  amount: string;
  enterpriseId: string;
  enterpriseName: string;
  investmentId: string | null;
  referralId: string | null;
  projectId: string | null;
}
interface FundRow {
  id: string;
  name: string;
  size: string;
  governmentContribution: string;
  leverage: string | null;
  version: number;
  reinvestment: Progress;
  ledger: Line[];
}
interface ProjectRef {
  id: string;
  version: number;
  landedOn: string | null;
}
interface Totals {
  leverageScale: string;
  governmentContribution: string;
  funds: number;
  sciTechProjects: number;
  obligation: string;
  counted: string;
  pending: string;
  gap: string;
}
const TOTALS =
  '{ fundTotals { leverageScale governmentContribution funds sciTechProjects obligation counted pending gap } }';

/** Shanghai is UTC+8. */
const shanghai = (date: string) => new Date(`${date}T12:00:00+08:00`);

function must<T>(result: GqlResult<T>): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

let codeSerial = 0;
function creditCode(division: string): string {
  codeSerial += 1;
  const first17 = `91${division}MA${String(700000 + codeSerial).padStart(7, '0')}`;
  return first17 + computeCreditCodeCheckChar(first17);
}

describe('返投 recognition over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let admin: string;
  let officer: string;
  let officerId: string;
  let managerPartner: string;
  let otherManagerPartner: string;
  let chainPartner: string;
  let managerOrg: string;
  let otherManagerOrg: string;
  let fund: FundRow;
  let enterpriseN = 0;

  beforeAll(async () => {
    api = await startTestApi({ statementCounts: true });
    db = api.app.get(DataSource);
    api.app.get(Clock).fix(shanghai('2026-03-10'));
    admin = await api.login('admin');
    officer = await api.login('officer');
    chainPartner = await api.login('partner');
    officerId = must(await api.gql<{ me: { id: string } }>('{ me { id } }', {}, officer)).me.id;
    const org = async (name: string) =>
      must(
        await api.gql<{ createOrganization: { id: string } }>(
          'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
          { input: { name, kind: 'FUND_MANAGER' } },
          admin,
        ),
      ).createOrganization.id;
    managerOrg = await org('返投测试基金管理有限公司');
    otherManagerOrg = await org('返投测试另一基金管理有限公司');
    const user = async (username: string, organizationId: string) => {
      must(
        await api.gql(
          'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
          {
            input: {
              username,
              displayName: username,
              role: 'PARTNER',
              password: 'secret-123',
              organizationId,
            },
          },
          admin,
        ),
      );
      return api.login(username, 'secret-123');
    };
    managerPartner = await user('fund.manager.a', managerOrg);
    otherManagerPartner = await user('fund.manager.b', otherManagerOrg);
    fund = await createFund({
      name: '奉贤返投测试引导基金',
      managerOrganizationId: managerOrg,
      size: '100000',
      governmentContribution: '30000',
      reinvestmentMultiple: '1.5',
      subsidiaryCoefficient: '0.8',
      referredCoefficient: '0.5',
    });
  });
  afterAll(async () => {
    api.app.get(Clock).fix(null);
    await api.close();
  });

  async function createFund(input: Record<string, unknown>): Promise<FundRow> {
    return must(
      await api.gql<{ createFund: FundRow }>(
        `mutation ($input: CreateFundInput!) { createFund(input: $input) { ${FUND} } }`,
        {
          input: {
            kind: 'GOVERNMENT_GUIDANCE',
            vintageDate: '2024-01-01',
            reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
            ...input,
          },
        },
        officer,
      ),
    ).createFund;
  }

  const getFund = async (id = fund.id, token = officer) =>
    must(await api.gql<{ fund: FundRow }>(GET_FUND, { id }, token)).fund;

  async function enterprise(fields: Record<string, unknown> = {}): Promise<string> {
    enterpriseN++;
    return must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name: `返投测试企业${enterpriseN}有限公司`, ...fields } },
        officer,
      ),
    ).createEnterprise.id;
  }

  async function project(enterpriseId: string, signedOn = '2025-05-01'): Promise<ProjectRef> {
    return must(
      await api.gql<{ createProject: ProjectRef }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version landedOn } }',
        {
          input: {
            enterpriseId,
            name: `返投测试项目${enterpriseN}`,
            segmentCode: 'HYDROGEN',
            channel: 'FUND',
            sourceOrganizationId: managerOrg,
            signedOn,
          },
        },
        officer,
      ),
    ).createProject;
  }

  async function land(p: ProjectRef, actualDate: string | null): Promise<ProjectRef> {
    const result = must(
      await api.gql<{ recordMilestone: ProjectRef }>(
        'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id version landedOn } }',
        { input: { projectId: p.id, code: 'REGISTERED', actualDate, version: p.version } },
        officer,
      ),
    ).recordMilestone;
    Object.assign(p, result);
    return result;
  }

  async function invest(
    input: Record<string, unknown>,
    fundId = fund.id,
  ): Promise<{ id: string; version: number }> {
    return must(
      await api.gql<{ recordInvestment: { id: string; version: number } }>(
        'mutation ($input: RecordInvestmentInput!) { recordInvestment(input: $input) { id version } }',
        { input: { fundId, round: 'A', stage: 'PAID', date: '2025-06-01', ...input } },
        officer,
      ),
    ).recordInvestment;
  }

  const recognitionOf = async (id: string) =>
    must(
      await api.gql<{ investments: { edges: { node: { id: string; recognition: string } }[] } }>(
        'query ($f: InvestmentFilter) { investments(first: 100, filter: $f) { edges { node { id recognition } } } }',
        { f: { fundIds: [fund.id] } },
        officer,
      ),
    ).investments.edges.find((e) => e.node.id === id)?.node.recognition;

  const lineOf = (f: FundRow, investmentId: string) => f.ledger.find((l) => l.investmentId === investmentId);

  describe('rule 1: a paid investment in a local enterprise', () => {
    let investmentId: string;
    let p: ProjectRef;

    it('is pending while its project has not landed', async () => {
      const enterpriseId = await enterprise();
      p = await project(enterpriseId);
      investmentId = (await invest({ enterpriseId, amount: '3000', projectId: p.id })).id;
      const f = await getFund();
      expect(lineOf(f, investmentId)).toMatchObject({
        kind: 'LOCAL',
        status: 'PENDING',
        countedFrom: null,
        baseAmount: '3000',
        coefficient: '1',
        amount: '3000',
        projectId: p.id,
        enterpriseName: `返投测试企业${enterpriseN}有限公司`,
      });
      expect(f.reinvestment).toMatchObject({
        obligation: '45000',
        counted: '0',
        pending: '3000',
        gap: '45000',
      });
      expect(await recognitionOf(investmentId)).toBe('PENDING');
    });

    it('counts from the landing day once 工商注册 is recorded after the payment', async () => {
      await land(p, '2025-08-15');
      const f = await getFund();
      expect(lineOf(f, investmentId)).toMatchObject({
        status: 'COUNTED',
        countedFrom: '2025-08-15',
        amount: '3000',
      });
      expect(f.reinvestment).toMatchObject({ counted: '3000', pending: '0', gap: '42000', ratio: '0.0667' });
      expect(await recognitionOf(investmentId)).toBe('COUNTED');
    });

    it('follows the milestone when its date moves or is cleared', async () => {
      await land(p, '2025-05-20');
      expect(lineOf(await getFund(), investmentId)).toMatchObject({
        status: 'COUNTED',
        countedFrom: '2025-06-01',
      });
      await land(p, '2025-09-30');
      expect(lineOf(await getFund(), investmentId)).toMatchObject({
        status: 'COUNTED',
        countedFrom: '2025-09-30',
      });
      await land(p, null);
      const f = await getFund();
      expect(lineOf(f, investmentId)).toMatchObject({ status: 'PENDING', countedFrom: null });
      expect(f.reinvestment).toMatchObject({ counted: '0', pending: '3000' });
      await land(p, '2025-08-15');
    });

    it('finds the project signed from the investment’s lead', async () => {
      const enterpriseId = await enterprise();
      const lead = must(
        await api.gql<{ createLead: { id: string; version: number } }>(
          'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }',
          {
            input: {
              enterpriseId,
              projectName: '返投测试线索项目',
              segmentCode: 'HYDROGEN',
              channel: 'FUND',
              sourceOrganizationId: managerOrg,
              fundId: fund.id,
            },
          },
          officer,
        ),
      ).createLead;
      const { id } = await invest({ enterpriseId, amount: '250.25', leadId: lead.id });
      expect(lineOf(await getFund(), id)).toMatchObject({ status: 'PENDING', projectId: null });
      const move = async (stage: string, version: number) =>
        must(
          await api.gql<{ moveLead: { version: number; project: ProjectRef | null } }>(
            'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version project { id version landedOn } } }',
            { input: { id: lead.id, stage, version } },
            officer,
          ),
        ).moveLead;
      const approved = await move('APPROVED', lead.version);
      const signed = await move('SIGNED', approved.version);
      const leadProject = signed.project as ProjectRef;
      await land(leadProject, '2026-03-10');
      expect(lineOf(await getFund(), id)).toMatchObject({
        status: 'COUNTED',
        countedFrom: '2026-03-10',
        amount: '250.25',
        projectId: leadProject.id,
      });
    });

    it('counts 存量 from the payment: a 310120 credit code, or the officer’s mark', async () => {
      const byCode = await enterprise({ creditCode: creditCode('310120'), foundedOn: '2019-04-01' });
      const elsewhere = await enterprise({ creditCode: creditCode('310115'), foundedOn: '2019-04-01' });
      // The officer's mark: registered in the district since.
      const marked = await enterprise({ localStockSince: '2020-01-01' });
      const a = (await invest({ enterpriseId: byCode, amount: '400' })).id;
      const b = (await invest({ enterpriseId: elsewhere, amount: '430' })).id;
      const c = (await invest({ enterpriseId: marked, amount: '440', date: '2025-07-07' })).id;
      const f = await getFund();
      expect(lineOf(f, a)).toMatchObject({
        kind: 'LOCAL',
        status: 'COUNTED',
        countedFrom: '2025-06-01',
        amount: '400',
      });
      expect(lineOf(f, b)).toMatchObject({ kind: 'LOCAL', status: 'PENDING', countedFrom: null });
      expect(lineOf(f, c)).toMatchObject({
        kind: 'LOCAL',
        status: 'COUNTED',
        countedFrom: '2025-07-07',
        amount: '440',
      });
    });
  });

  it('rule 2: a local subsidiary counts its local amount × coefficient when it lands', async () => {
    const parent = await enterprise({ creditCode: creditCode('310115') });
    const subsidiary = await enterprise();
    const p = await project(subsidiary);
    const { id } = await invest({
      enterpriseId: parent,
      amount: '5000',
      localAmount: '1234.56',
      projectId: p.id,
    });
    const before = lineOf(await getFund(), id);
    expect(before).toMatchObject({
      kind: 'SUBSIDIARY',
      status: 'PENDING',
      baseAmount: '1234.56',
      coefficient: '0.8',
    });
    expect(before?.amount).toBe('987.648');
    await land(p, '2025-11-11');
    expect(lineOf(await getFund(), id)).toMatchObject({
      kind: 'SUBSIDIARY',
      status: 'COUNTED',
      countedFrom: '2025-11-11',
      amount: '987.648',
      enterpriseId: parent,
      projectId: p.id,
    });
  });

  it("rule 2: a subsidiary's lead stands for it until it signs, then its project lands", async () => {
    const parent = await enterprise({ creditCode: creditCode('310115') });
    const subsidiary = await enterprise();
    const lead = must(
      await api.gql<{ createLead: { id: string; version: number } }>(
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }',
        {
          input: {
            enterpriseId: subsidiary,
            projectName: '返投测试子公司项目',
            segmentCode: 'HYDROGEN',
            channel: 'FUND',
            sourceOrganizationId: managerOrg,
            fundId: fund.id,
          },
        },
        officer,
      ),
    ).createLead;
    const { id } = await invest({ enterpriseId: parent, amount: '800', localAmount: '500', leadId: lead.id });
    expect(lineOf(await getFund(), id)).toMatchObject({
      kind: 'SUBSIDIARY',
      status: 'PENDING',
      baseAmount: '500',
      amount: '400',
      projectId: null,
    });
    const move = async (stage: string, version: number) =>
      must(
        await api.gql<{ moveLead: { version: number; project: ProjectRef | null } }>(
          'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version project { id version landedOn } } }',
          { input: { id: lead.id, stage, version } },
          officer,
        ),
      ).moveLead;
    const signed = await move('SIGNED', (await move('APPROVED', lead.version)).version);
    const p = signed.project as ProjectRef;
    await land(p, '2026-03-10');
    expect(lineOf(await getFund(), id)).toMatchObject({
      kind: 'SUBSIDIARY',
      status: 'COUNTED',
      countedFrom: '2026-03-10',
      amount: '400',
      enterpriseId: parent,
      projectId: p.id,
    });
  });

  it('INTENDED and DECIDED investments are pipeline, never counted, even when landed', async () => {
    const enterpriseId = await enterprise({ creditCode: creditCode('310120') });
    const before = (await getFund()).reinvestment;
    const intended = await invest({ enterpriseId, amount: '100', stage: 'INTENDED' });
    const decided = await invest({ enterpriseId, amount: '200.5', stage: 'DECIDED' });
    const f = await getFund();
    expect(lineOf(f, intended.id)).toBeUndefined();
    expect(lineOf(f, decided.id)).toBeUndefined();
    expect(f.reinvestment.counted).toBe(before.counted);
    expect(f.reinvestment.pipeline).toBe(addDecimals(before.pipeline, '300.5'));
    expect(await recognitionOf(intended.id)).toBe('PIPELINE');
    const pipeline = must(
      await api.gql<{ investments: { totalCount: number; edges: { node: { id: string } }[] } }>(
        'query ($f: InvestmentFilter) { investments(first: 1, filter: $f) { totalCount edges { node { id } } } }',
        { f: { fundIds: [fund.id], recognition: ['PIPELINE'] } },
        officer,
      ),
    ).investments;
    expect(pipeline.totalCount).toBe(2);
    expect([intended.id, decided.id]).toContain(pipeline.edges[0]?.node.id);
    // Paid later: counted from the payment (存量 by code).
    const paid = must(
      await api.gql<{ updateInvestment: { id: string } }>(
        'mutation ($input: UpdateInvestmentInput!) { updateInvestment(input: $input) { id } }',
        { input: { id: decided.id, version: decided.version, stage: 'PAID', date: '2026-01-05' } },
        officer,
      ),
    ).updateInvestment;
    expect(lineOf(await getFund(), paid.id)).toMatchObject({
      status: 'COUNTED',
      countedFrom: '2026-01-05',
      amount: '200.5',
    });
  });

  describe('rule 3: 招引落地', () => {
    let referralId: string;
    let enterpriseId: string;

    it('counts an accepted referral of the manager that lands, at registered capital × coefficient', async () => {
      const filed = must(
        await api.gql<{ fileReferral: { id: string } }>(
          'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id } }',
          {
            input: {
              companyName: '上海返投招引测试科技有限公司',
              segmentCode: 'HYDROGEN',
              contactName: '周总',
              contactPhone: '13900000009',
            },
          },
          managerPartner,
        ),
      ).fileReferral;
      referralId = filed.id;
      const accepted = must(
        await api.gql<{ acceptReferral: { review: { lead: { id: string; version: number } } } }>(
          'mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { review { lead { id version } } } }',
          { input: { id: referralId, ownerId: officerId } },
          officer,
        ),
      ).acceptReferral.review.lead;
      const move = async (stage: string, version: number) =>
        must(
          await api.gql<{
            moveLead: {
              version: number;
              enterprise: { id: string; version: number };
              project: ProjectRef | null;
            };
          }>(
            'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version enterprise { id version } project { id version landedOn } } }',
            { input: { id: accepted.id, stage, version } },
            officer,
          ),
        ).moveLead;
      const approved = await move('APPROVED', accepted.version);
      const signed = await move('SIGNED', approved.version);
      enterpriseId = signed.enterprise.id;
      // Signed, not landed: nothing yet.
      expect((await getFund()).ledger.find((l) => l.referralId === referralId)).toBeUndefined();
      await land(signed.project as ProjectRef, '2026-03-10');
      must(
        await api.gql(
          'mutation ($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { id } }',
          { input: { id: enterpriseId, version: signed.enterprise.version, registeredCapital: '2000.5' } },
          officer,
        ),
      );
      const line = (await getFund()).ledger.find((l) => l.referralId === referralId);
      expect(line).toMatchObject({
        kind: 'REFERRED',
        status: 'COUNTED',
        countedFrom: '2026-03-10',
        baseAmount: '2000.5',
        coefficient: '0.5',
        amount: '1000.25',
        investmentId: null,
        enterpriseId,
      });
    });

    it('stops counting it once the fund invests in the company (then the investment decides)', async () => {
      const intended = await invest({ enterpriseId, amount: '10', stage: 'INTENDED', date: '2026-03-10' });
      expect((await getFund()).ledger.find((l) => l.referralId === referralId)).toBeUndefined();
      await db.query('DELETE FROM investments WHERE id = $1', [intended.id]);
      expect((await getFund()).ledger.find((l) => l.referralId === referralId)).toBeDefined();
    });

    it('a rule switched off yields no lines of its kind', async () => {
      const f = await getFund();
      const off = must(
        await api.gql<{ updateFund: FundRow }>(
          `mutation ($input: UpdateFundInput!) { updateFund(input: $input) { ${FUND} } }`,
          {
            input: {
              id: f.id,
              version: f.version,
              countReferred: false,
              ruleChangeNote: '协议补充：招引落地不计入',
            },
          },
          admin,
        ),
      ).updateFund;
      expect(off.ledger.filter((l) => l.kind === 'REFERRED')).toEqual([]);
      const on = must(
        await api.gql<{ updateFund: FundRow }>(
          `mutation ($input: UpdateFundInput!) { updateFund(input: $input) { ${FUND} } }`,
          { input: { id: off.id, version: off.version, countReferred: true } },
          admin,
        ),
      ).updateFund;
      expect(on.ledger.filter((l) => l.kind === 'REFERRED')).toHaveLength(1);
      fund = on;
    });
  });

  it('multiple 0: progress without a gap or ratio; leverage null without government money', async () => {
    const noMultiple = await createFund({
      name: '奉贤返投测试市场化基金',
      kind: 'MARKET',
      managerOrganizationId: otherManagerOrg,
      size: '80000',
      governmentContribution: '0',
      reinvestmentMultiple: '0',
    });
    const enterpriseId = await enterprise({ creditCode: creditCode('310120') });
    await invest({ enterpriseId, amount: '1500' }, noMultiple.id);
    const f = await getFund(noMultiple.id);
    expect(f.leverage).toBeNull();
    expect(f.reinvestment).toEqual({
      obligation: '0',
      counted: '1500',
      pending: '0',
      pipeline: '0',
      gap: null,
      ratio: null,
    });
  });

  it('leverage and district totals in exact decimals', async () => {
    expect((await getFund()).leverage).toBe('3.33');
    const before = must(await api.gql<{ fundTotals: Totals }>(TOTALS, {}, officer)).fundTotals;
    const small = await createFund({
      name: '奉贤返投测试国资基金',
      kind: 'STATE_OWNED',
      managerOrganizationId: otherManagerOrg,
      size: '12345.67',
      governmentContribution: '0.01',
      reinvestmentMultiple: '1.2',
      reinvestmentBasis: 'FUND_SIZE',
    });
    expect(small.leverage).toBe('1234567');
    const sciTech = await enterprise({ creditCode: creditCode('310120'), tagCodes: ['HIGH_TECH'] });
    await invest({ enterpriseId: sciTech, amount: '0.1' }, small.id);
    await invest({ enterpriseId: sciTech, amount: '0.2' }, small.id);
    const after = must(await api.gql<{ fundTotals: Totals }>(TOTALS, {}, officer)).fundTotals;
    expect(after).toEqual({
      leverageScale: addDecimals(before.leverageScale, '12345.67'),
      governmentContribution: addDecimals(before.governmentContribution, '0.01'),
      funds: before.funds + 1,
      sciTechProjects: before.sciTechProjects + 1,
      // 1.2 × 12345.67
      obligation: addDecimals(before.obligation, '14814.804'),
      counted: addDecimals(before.counted, '0.3'),
      pending: before.pending,
      gap: addDecimals(before.gap, '14814.504'),
    });

    // The totals are the funds' own figures added up.
    const all = must(
      await api.gql<{ funds: { edges: { node: FundRow }[] } }>(
        `{ funds(first: 100) { edges { node { ${FUND} } } } }`,
        {},
        officer,
      ),
    ).funds.edges.map((e) => e.node);
    expect(after.funds).toBe(all.length);
    expect(after.leverageScale).toBe(
      addDecimals(
        ...all.filter((f) => compareDecimals(f.governmentContribution, '0') > 0).map((f) => f.size),
      ),
    );
    expect(after.counted).toBe(addDecimals(...all.map((f) => f.reinvestment.counted)));
    expect(after.gap).toBe(addDecimals(...all.map((f) => f.reinvestment.gap ?? '0')));
    expect(errorCode(await api.gql(TOTALS, {}, managerPartner))).toBe('FORBIDDEN');
  });

  it('a page of funds costs the same statements whatever its length: one grouped query for the figures', async () => {
    const page = async (filter: Record<string, unknown>) => {
      const result = await api.gql<{ funds: { edges: { node: FundRow }[] } }>(
        `query ($filter: FundFilter) { funds(first: 100, filter: $filter) { edges { node {
          ${FUND} investments { id recognition } } } } }`,
        { filter },
        officer,
      );
      return { funds: must(result).funds.edges.length, statements: result.extensions?.statements };
    };
    const one = await page({ managerOrganizationIds: [managerOrg] });
    const all = await page({});
    expect(one.funds).toBe(1);
    expect(all.funds).toBeGreaterThan(3);
    expect(one.statements).toEqual(expect.any(Number));
    expect(all.statements).toBe(one.statements);
  });

  it('the manager’s partner sees the same figures and ledger; another manager and other partners see nothing', async () => {
    const asOfficer = await getFund();
    const asManager = must(
      await api.gql<{ fund: FundRow }>(
        `query ($id: ID!) { fund(id: $id) { id leverage ${PROGRESS} ledger { kind status countedFrom amount enterpriseName referralId } } }`,
        { id: fund.id },
        managerPartner,
      ),
    ).fund;
    expect(asManager.reinvestment).toEqual(asOfficer.reinvestment);
    expect(asManager.leverage).toBe(asOfficer.leverage);
    expect(asManager.ledger).toEqual(
      asOfficer.ledger.map(({ kind, status, countedFrom, amount, enterpriseName, referralId }) => ({
        kind,
        status,
        countedFrom,
        amount,
        enterpriseName,
        referralId,
      })),
    );
    // Officer-side records stay out of the portal.
    const enterpriseField = await api.gql(
      `query ($id: ID!) { fund(id: $id) { ledger { enterprise { id } } } }`,
      { id: fund.id },
      managerPartner,
    );
    expect(errorCode(enterpriseField)).toBe('FORBIDDEN');

    const exported = must(
      await api.gql<{ fundLedgerExport: { filename: string; contentBase64: string } }>(
        'query ($id: ID!) { fundLedgerExport(fundId: $id) { filename contentBase64 } }',
        { id: fund.id },
        managerPartner,
      ),
    ).fundLedgerExport;
    expect(exported.filename).toMatch(/^返投台账-奉贤返投测试引导基金-\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('返投台账');
    expect((sheet?.rowCount ?? 0) - 1).toBe(asOfficer.ledger.length);
    const summary = workbook.getWorksheet('返投进度');
    expect(summary?.getRow(6).getCell(2).value).toBe(asOfficer.reinvestment.counted);

    for (const token of [otherManagerPartner, chainPartner]) {
      expect(errorCode(await api.gql(GET_FUND, { id: fund.id }, token))).toBe('NOT_FOUND');
      expect(
        errorCode(
          await api.gql(
            'query ($id: ID!) { fundLedgerExport(fundId: $id) { filename } }',
            { id: fund.id },
            token,
          ),
        ),
      ).toBe('NOT_FOUND');
      const list = must(
        await api.gql<{ funds: { edges: { node: { id: string } }[] } }>(
          '{ funds(first: 100) { edges { node { id reinvestment { counted } } } } }',
          {},
          token,
        ),
      );
      expect(list.funds.edges.map((e) => e.node.id)).not.toContain(fund.id);
    }
  });
});
