import ExcelJS from 'exceljs';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const FUND = `id name kind size governmentContribution vintageDate termYears status version managerOrganizationId
  focusSegmentCodes focusIndustryCodes manager { id kind } managerName
  rule { multiple basis countLocal localCoefficient countSubsidiary subsidiaryCoefficient countReferred referredCoefficient }
  ruleHistory { note changedAt changedBy { username } rule { multiple basis referredCoefficient } }`;
const INVESTMENT = `id version fundId enterpriseId amount date round stage leadId projectId localAmount
  fund { id } enterprise { id name } enterpriseName lead { id channel fund { id } sourceOrganization { id } } project { id }`;
const CREATE_FUND = `mutation ($input: CreateFundInput!) { createFund(input: $input) { ${FUND} } }`;
const UPDATE_FUND = `mutation ($input: UpdateFundInput!) { updateFund(input: $input) { ${FUND} auditTrail { action } } }`;
const RECORD = `mutation ($input: RecordInvestmentInput!) { recordInvestment(input: $input) { ${INVESTMENT} } }`;
const UPDATE_INVESTMENT = `mutation ($input: UpdateInvestmentInput!) { updateInvestment(input: $input) { ${INVESTMENT} } }`;
const FUNDS = `query ($filter: FundFilter, $orderBy: FundOrder, $first: Int, $after: String) {
  funds(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name size } } } }`;
const INVESTMENTS = `query ($filter: InvestmentFilter, $orderBy: InvestmentOrder, $first: Int) {
  investments(filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount edges { node { id amount date stage fundId enterpriseName } } } }`;

interface Rule {
  multiple: string;
  basis: string;
  countLocal: boolean;
  localCoefficient: string;
  countSubsidiary: boolean;
  subsidiaryCoefficient: string;
  countReferred: boolean;
  referredCoefficient: string;
}
interface FundRow {
  id: string;
  name: string;
  kind: string;
  size: string;
  governmentContribution: string;
  version: number;
  managerOrganizationId: string;
  focusIndustryCodes: string[];
  manager: { id: string; kind: string };
  managerName: string;
  rule: Rule;
  ruleHistory: { note: string | null; changedBy: { username: string } | null; rule: Partial<Rule> }[];
  auditTrail?: { action: string }[];
}
interface InvestmentRow {
  id: string;
  version: number;
  amount: string;
  date: string;
  stage: string;
  leadId: string | null;
  projectId: string | null;
  localAmount: string | null;
  fund: { id: string };
  enterprise: { id: string; name: string };
  enterpriseName: string;
  lead: {
    id: string;
    channel: string;
    fund: { id: string } | null;
    sourceOrganization: { id: string } | null;
  } | null;
  project: { id: string } | null;
}
interface Page {
  totalCount: number;
  edges: {
    node: {
      id: string;
      name?: string;
      size?: string;
      stage?: string;
      fundId?: string;
      date?: string;
      enterpriseName?: string;
    };
  }[];
}

describe('funds and investments (资本招商)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let leader: string;
  let fundPartner: string;
  let chainPartner: string;
  let orgs: { id: string; kind: string; name: string }[];
  let fundManager: string;
  let otherManager: string;
  let chainOrg: string;
  /** Demo enterprises with a signed project: name → { enterpriseId, leadId, projectId }. */
  const demo = new Map<string, { enterpriseId: string; leadId: string; projectId: string }>();

  const baseFund = (over: Record<string, unknown> = {}) => ({
    name: `测试基金${Math.random().toString(36).slice(2, 8)}`,
    kind: 'GOVERNMENT_GUIDANCE',
    managerOrganizationId: fundManager,
    size: '100000',
    governmentContribution: '25000',
    vintageDate: '2024-06-30',
    reinvestmentMultiple: '1.5',
    reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
    ...over,
  });
  const createFund = (over: Record<string, unknown> = {}, token = officer) =>
    api.gql<{ createFund: FundRow }>(CREATE_FUND, { input: baseFund(over) }, token);
  const record = (input: Record<string, unknown>, token = officer) =>
    api.gql<{ recordInvestment: InvestmentRow }>(RECORD, { input }, token);

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
    officer = await api.login('officer');
    leader = await api.login('leader');
    fundPartner = await api.login('fundpartner');
    chainPartner = await api.login('partner');
    orgs = must(
      await api.gql<{ organizations: { edges: { node: { id: string; kind: string; name: string } }[] } }>(
        '{ organizations(first: 100) { edges { node { id kind name } } } }',
        {},
        admin,
      ),
    ).organizations.edges.map((e) => e.node);
    const me = must(
      await api.gql<{ me: { organization: { id: string } } }>(
        '{ me { organization { id } } }',
        {},
        fundPartner,
      ),
    );
    fundManager = me.me.organization.id;
    otherManager = orgs.find((o) => o.kind === 'FUND_MANAGER' && o.id !== fundManager)?.id ?? '';
    chainOrg = orgs.find((o) => o.kind === 'CHAIN_MASTER')?.id ?? '';
    const projects = must(
      await api.gql<{
        projects: {
          edges: { node: { id: string; lead: { id: string }; enterprise: { id: string; name: string } } }[];
        };
      }>(
        '{ projects(first: 100) { edges { node { id lead { id } enterprise { id name } } } } }',
        {},
        officer,
      ),
    );
    for (const { node } of projects.projects.edges) {
      demo.set(node.enterprise.name, {
        enterpriseId: node.enterprise.id,
        leadId: node.lead.id,
        projectId: node.id,
      });
    }
    expect(otherManager).not.toBe('');
    expect(demo.size).toBeGreaterThanOrEqual(4);
  });
  afterAll(() => api.close());

  const company = (name: string) => {
    const found = demo.get(name);
    if (!found) throw new Error(`no demo project for ${name}`);
    return found;
  };
  const KANGYAN = '奉贤康研生物制品有限公司（示例）';
  const QINGCHENG = '上海氢程动力科技有限公司（示例）';

  describe('createFund / updateFund', () => {
    it('refuses bad input field by field, in Chinese', async () => {
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ managerOrganizationId: chainOrg }, 'managerOrganizationId', /基金管理人/],
        [
          { managerOrganizationId: '00000000-0000-4000-8000-000000000000' },
          'managerOrganizationId',
          /不存在/,
        ],
        [{ governmentContribution: '100000.01' }, 'governmentContribution', /不能超过基金规模/],
        [{ size: '0' }, 'size', /大于 0/],
        [{ size: 'abc' }, 'size', /数字/],
        [{ reinvestmentMultiple: '-1' }, 'reinvestmentMultiple', /负数/],
        [{ localCoefficient: '1.234' }, 'localCoefficient', /两位小数/],
        [{ name: '' }, 'name', /请输入基金名称/],
        [{ focusSegmentCodes: ['NO_SUCH'] }, 'focusSegmentCodes', /细分赛道不存在/],
        [{ vintageDate: '2024-02-30' }, 'vintageDate', /有效日期/],
      ];
      for (const [over, field, message] of cases) {
        const result = await createFund(over);
        expect({ field, code: errorCode(result) }).toEqual({ field, code: 'BAD_USER_INPUT' });
        expect({ field, message: fieldErrors(result)[field] }).toEqual({
          field,
          message: expect.stringMatching(message),
        });
      }
    });

    it('creates a fund with its rule and the first rule-history row, and refuses a second of the same name', async () => {
      const created = must(
        await createFund({
          name: '测试引导基金甲',
          focusSegmentCodes: ['HYDROGEN'],
          referredCoefficient: '0.5',
          ruleChangeNote: '协议约定',
        }),
      ).createFund;
      expect(created).toMatchObject({
        kind: 'GOVERNMENT_GUIDANCE',
        size: '100000',
        governmentContribution: '25000',
        managerOrganizationId: fundManager,
        manager: { id: fundManager, kind: 'FUND_MANAGER' },
        focusIndustryCodes: ['GREEN_ENERGY'],
        rule: {
          multiple: '1.5',
          basis: 'GOVERNMENT_CONTRIBUTION',
          countLocal: true,
          localCoefficient: '1',
          countReferred: true,
          referredCoefficient: '0.5',
        },
      });
      expect(created.ruleHistory).toEqual([
        expect.objectContaining({
          note: '协议约定',
          changedBy: { username: 'officer' },
          rule: expect.objectContaining({ multiple: '1.5' }),
        }),
      ]);
      const again = await createFund({ name: '测试引导基金甲' });
      expect(fieldErrors(again)).toEqual({ name: '已有同名基金' });
    });

    it('records a rule change with who and why, leaves history alone for other edits, and answers CONFLICT to a stale version', async () => {
      const fund = must(
        await createFund({ governmentContribution: '0', reinvestmentMultiple: '0' }),
      ).createFund;
      const renamed = must(
        await api.gql<{ updateFund: FundRow }>(
          UPDATE_FUND,
          { input: { id: fund.id, version: fund.version, name: `${fund.name}（更名）`, size: '120000' } },
          officer,
        ),
      ).updateFund;
      expect(renamed.ruleHistory).toHaveLength(1);
      expect(renamed.size).toBe('120000');
      // The same rule written again (1.0 for the default 1) is no change.
      const same = must(
        await api.gql<{ updateFund: FundRow }>(
          UPDATE_FUND,
          { input: { id: fund.id, version: renamed.version, localCoefficient: '1.00' } },
          officer,
        ),
      ).updateFund;
      expect(same.ruleHistory).toHaveLength(1);
      // An officer enters a fund with its rule; changing the rule afterwards is the administrator's.
      const byOfficer = await api.gql(
        UPDATE_FUND,
        { input: { id: fund.id, version: same.version, reinvestmentMultiple: '1.2' } },
        officer,
      );
      expect(fieldErrors(byOfficer)).toEqual({ reinvestmentMultiple: '返投规则只能由系统管理员修改' });
      const changed = must(
        await api.gql<{ updateFund: FundRow }>(
          UPDATE_FUND,
          {
            input: {
              id: fund.id,
              version: same.version,
              reinvestmentMultiple: '1.2',
              reinvestmentBasis: 'FUND_SIZE',
              ruleChangeNote: '国办发〔2025〕1号后调整',
            },
          },
          admin,
        ),
      ).updateFund;
      expect(changed.rule).toMatchObject({ multiple: '1.2', basis: 'FUND_SIZE' });
      expect(changed.ruleHistory.map((h) => [h.rule.multiple, h.note, h.changedBy?.username])).toEqual([
        ['1.2', '国办发〔2025〕1号后调整', 'admin'],
        ['0', null, 'officer'],
      ]);
      expect(changed.auditTrail?.map((a) => a.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
      const stale = await api.gql(
        UPDATE_FUND,
        { input: { id: fund.id, version: renamed.version, name: '过期' } },
        officer,
      );
      expect(errorCode(stale)).toBe('CONFLICT');
      const tooMuch = await api.gql(
        UPDATE_FUND,
        { input: { id: fund.id, version: changed.version, governmentContribution: '120000.5' } },
        officer,
      );
      expect(fieldErrors(tooMuch)).toEqual({ governmentContribution: '政府出资不能超过基金规模' });
    });

    it('lets leaders read but not write, and partners not write', async () => {
      expect(errorCode(await createFund({}, leader))).toBe('FORBIDDEN');
      expect(errorCode(await createFund({}, fundPartner))).toBe('FORBIDDEN');
      expect(must(await api.gql<{ funds: Page }>(FUNDS, {}, leader)).funds.totalCount).toBeGreaterThan(0);
    });
  });

  describe('recordInvestment / updateInvestment', () => {
    let fundId: string;
    beforeAll(async () => {
      fundId = must(await createFund({ name: '测试投资基金' })).createFund.id;
    });

    it('refuses unknown references and the rule-2 mistakes on their fields', async () => {
      const kangyan = company(KANGYAN);
      const qingcheng = company(QINGCHENG);
      const base = {
        fundId,
        enterpriseId: kangyan.enterpriseId,
        amount: '1000',
        date: '2025-01-10',
        round: 'A',
        stage: 'PAID',
      };
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ fundId: '00000000-0000-4000-8000-000000000000' }, 'fundId', /基金不存在/],
        [{ enterpriseId: '00000000-0000-4000-8000-000000000000' }, 'enterpriseId', /企业不存在/],
        [{ amount: '0' }, 'amount', /大于 0/],
        [{ amount: '1.005' }, 'amount', /两位小数/],
        [{ projectId: qingcheng.projectId }, 'localAmount', /须填写/],
        [{ localAmount: '500' }, 'localAmount', /仅当项目属于其他企业/],
        [{ projectId: qingcheng.projectId, localAmount: '2000' }, 'localAmount', /不能超过投资金额/],
        // A lead of another enterprise brings its project: the subsidiary case, which needs the local amount.
        [{ leadId: company('沪南云数软件信息有限公司（示例）').leadId }, 'localAmount', /须填写/],
        [
          {
            leadId: company('沪南云数软件信息有限公司（示例）').leadId,
            projectId: qingcheng.projectId,
            localAmount: '500',
          },
          'leadId',
          /不属于该企业/,
        ],
        [{ leadId: '00000000-0000-4000-8000-000000000000' }, 'leadId', /线索不存在/],
      ];
      for (const [over, field, message] of cases) {
        const result = await record({ ...base, ...over });
        expect({ field, code: errorCode(result) }).toEqual({ field, code: 'BAD_USER_INPUT' });
        expect({ field, message: fieldErrors(result)[field] }).toEqual({
          field,
          message: expect.stringMatching(message),
        });
      }
    });

    it('records an investment tracked by the lead (its project taken along), and a subsidiary one with its local amount', async () => {
      const kangyan = company(KANGYAN);
      const direct = must(
        await record({
          fundId,
          enterpriseId: kangyan.enterpriseId,
          amount: '1,234.50',
          date: '2025-01-10',
          round: 'B',
          stage: 'PAID',
          leadId: kangyan.leadId,
        }),
      ).recordInvestment;
      expect(direct).toMatchObject({
        amount: '1234.5',
        date: '2025-01-10',
        leadId: kangyan.leadId,
        projectId: kangyan.projectId,
        localAmount: null,
        fund: { id: fundId },
        enterprise: { id: kangyan.enterpriseId },
      });
      // Rule 2: the parent invested elsewhere; its local project company is another enterprise.
      const parent = must(
        await api.gql<{ createEnterprise: { id: string } }>(
          'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
          { input: { name: '深圳母公司测试科技有限公司', segmentCode: 'HYDROGEN' } },
          officer,
        ),
      ).createEnterprise;
      const qingcheng = company(QINGCHENG);
      const subsidiary = must(
        await record({
          fundId,
          enterpriseId: parent.id,
          amount: '5000',
          date: '2025-02-01',
          round: 'C_PLUS',
          stage: 'PAID',
          projectId: qingcheng.projectId,
          localAmount: '3000',
        }),
      ).recordInvestment;
      expect(subsidiary).toMatchObject({
        projectId: qingcheng.projectId,
        localAmount: '3000',
        leadId: qingcheng.leadId,
      });

      const moved = must(
        await api.gql<{ updateInvestment: InvestmentRow }>(
          UPDATE_INVESTMENT,
          { input: { id: direct.id, version: direct.version, stage: 'DECIDED', amount: '1300' } },
          officer,
        ),
      ).updateInvestment;
      expect(moved).toMatchObject({ stage: 'DECIDED', amount: '1300', version: direct.version + 1 });
      const stale = await api.gql(
        UPDATE_INVESTMENT,
        { input: { id: direct.id, version: direct.version, stage: 'PAID' } },
        officer,
      );
      expect(errorCode(stale)).toBe('CONFLICT');
      const dropProject = await api.gql(
        UPDATE_INVESTMENT,
        { input: { id: subsidiary.id, version: subsidiary.version, projectId: null, leadId: null } },
        officer,
      );
      expect(fieldErrors(dropProject)).toEqual({
        localAmount: expect.stringMatching(/仅当项目属于其他企业/),
      });
      const trail = must(
        await api.gql<{
          investments: { edges: { node: { id: string; auditTrail: { action: string }[] } }[] };
        }>(
          'query ($id: ID!) { investments(filter: { enterpriseIds: [$id] }) { edges { node { id auditTrail { action } } } } }',
          { id: kangyan.enterpriseId },
          officer,
        ),
      ).investments.edges.find((e) => e.node.id === direct.id);
      expect(trail?.node.auditTrail.map((a) => a.action)).toEqual(['UPDATE', 'CREATE']);
    });

    it('creates a FUND lead with the fund as source when the company has none, and refuses a second one', async () => {
      const fresh = must(
        await api.gql<{ createEnterprise: { id: string } }>(
          'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
          { input: { name: '杭州基金新引测试材料有限公司', segmentCode: 'ELECTRONIC_CHEMICALS' } },
          officer,
        ),
      ).createEnterprise;
      const input = {
        fundId,
        enterpriseId: fresh.id,
        amount: '800',
        date: '2025-03-01',
        round: 'ANGEL',
        stage: 'INTENDED',
        createLead: { segmentCode: 'ELECTRONIC_CHEMICALS', townCode: 'FENGCHENG' },
      };
      const bad = await record({ ...input, createLead: { segmentCode: 'NO_SUCH' } });
      expect(Object.keys(fieldErrors(bad))).toEqual(['createLead.segmentCode']);
      const made = must(await record(input)).recordInvestment;
      expect(made.lead).toMatchObject({
        channel: 'FUND',
        fund: { id: fundId },
        sourceOrganization: { id: fundManager },
      });
      const again = await record(input);
      expect(Object.keys(fieldErrors(again))).toEqual(['createLead']);
      expect(
        must(
          await api.gql<{ enterprise: { investments: { id: string }[] } }>(
            'query ($id: ID!) { enterprise(id: $id) { investments { id } } }',
            { id: fresh.id },
            officer,
          ),
        ).enterprise.investments.map((i) => i.id),
      ).toEqual([made.id]);
    });
  });

  describe('investments follow their companies', () => {
    const createEnterprise = async (name: string) =>
      must(
        await api.gql<{ createEnterprise: { id: string } }>(
          'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
          { input: { name, segmentCode: 'HYDROGEN' } },
          officer,
        ),
      ).createEnterprise.id;
    const createLead = async (enterpriseId: string) =>
      must(
        await api.gql<{ createLead: { id: string; version: number } }>(
          'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }',
          { input: { enterpriseId, projectName: '落地跟踪项目', segmentCode: 'HYDROGEN', channel: 'SELF' } },
          officer,
        ),
      ).createLead;
    const move = async (id: string, version: number, stage: string) =>
      must(
        await api.gql<{ moveLead: { version: number; project: { id: string } | null } }>(
          'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version project { id } } }',
          { input: { id, version, stage } },
          officer,
        ),
      ).moveLead;
    let fundId: string;
    beforeAll(async () => {
      fundId = must(await createFund({ name: '落地跟踪基金' })).createFund.id;
    });

    it('tracks the landing project once the lead signs, and a subsidiary’s lead before it signs', async () => {
      const parent = await createEnterprise('上海母体投资测试有限公司');
      const local = await createEnterprise('奉贤子公司落地测试有限公司');
      const lead = await createLead(local);
      const own = must(
        await record({
          fundId,
          enterpriseId: local,
          amount: '600',
          date: '2025-04-01',
          round: 'A',
          stage: 'PAID',
          leadId: lead.id,
        }),
      ).recordInvestment;
      expect(own.projectId).toBeNull();
      const withoutLocal = await record({
        fundId,
        enterpriseId: parent,
        amount: '900',
        date: '2025-04-02',
        round: 'B',
        stage: 'PAID',
        leadId: lead.id,
      });
      expect(fieldErrors(withoutLocal)).toEqual({ localAmount: expect.stringMatching(/须填写/) });
      const viaSubsidiary = must(
        await record({
          fundId,
          enterpriseId: parent,
          amount: '900',
          date: '2025-04-02',
          round: 'B',
          stage: 'PAID',
          leadId: lead.id,
          localAmount: '450',
        }),
      ).recordInvestment;
      expect(viaSubsidiary).toMatchObject({ leadId: lead.id, projectId: null, localAmount: '450' });

      const approved = await move(lead.id, lead.version, 'APPROVED');
      const signed = await move(lead.id, approved.version, 'SIGNED');
      const projectId = signed.project?.id;
      expect(projectId).toBeTruthy();
      const tracked = must(
        await api.gql<{
          investments: { edges: { node: { id: string; projectId: string | null; version: number } }[] };
        }>(
          'query ($id: ID!) { investments(filter: { fundIds: [$id] }) { edges { node { id projectId version } } } }',
          { id: fundId },
          officer,
        ),
      ).investments.edges.map((e) => e.node);
      expect(tracked.find((i) => i.id === own.id)).toMatchObject({ projectId, version: own.version + 1 });
      expect(tracked.find((i) => i.id === viaSubsidiary.id)?.projectId).toBe(projectId);
    });

    it('moves investments to the surviving enterprise of a merge', async () => {
      const survivor = await createEnterprise('合并保留测试科技有限公司');
      const merged = await createEnterprise('合并并入测试科技有限公司');
      const investment = must(
        await record({
          fundId,
          enterpriseId: merged,
          amount: '100',
          date: '2025-05-01',
          round: 'SEED',
          stage: 'INTENDED',
        }),
      ).recordInvestment;
      const result = await api.gql(
        'mutation ($input: MergeEnterprisesInput!) { mergeEnterprises(input: $input) { id } }',
        { input: { survivorId: survivor, mergedId: merged } },
        admin,
      );
      expect(result.errors).toBeUndefined();
      const after = must(
        await api.gql<{ enterprise: { investments: { id: string }[] } }>(
          'query ($id: ID!) { enterprise(id: $id) { investments { id } } }',
          { id: survivor },
          officer,
        ),
      ).enterprise.investments;
      expect(after.map((i) => i.id)).toEqual([investment.id]);
    });
  });

  describe('leads of channel FUND', () => {
    const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version channel fund { id name } } }`;
    let enterpriseId: string;
    beforeAll(async () => {
      enterpriseId = must(
        await api.gql<{ createEnterprise: { id: string } }>(
          'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
          { input: { name: '资本招商线索测试有限公司', segmentCode: 'HYDROGEN' } },
          officer,
        ),
      ).createEnterprise.id;
    });
    const lead = (over: Record<string, unknown>) =>
      api.gql<{
        createLead: {
          id: string;
          version: number;
          channel: string;
          fund: { id: string; name: string } | null;
        };
      }>(
        CREATE_LEAD,
        {
          input: { enterpriseId, projectName: '基金线索', segmentCode: 'HYDROGEN', channel: 'FUND', ...over },
        },
        officer,
      );

    it('requires a fund when the source organisation manages none', async () => {
      const bare = must(
        await api.gql<{ createOrganization: { id: string } }>(
          'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
          { input: { name: '尚无基金的管理人', kind: 'FUND_MANAGER' } },
          admin,
        ),
      ).createOrganization;
      const result = await lead({ sourceOrganizationId: bare.id });
      expect(fieldErrors(result)).toEqual({ fundId: '资本招商线索须选择来源基金' });
      const unknown = await lead({
        sourceOrganizationId: bare.id,
        fundId: '00000000-0000-4000-8000-000000000000',
      });
      expect(fieldErrors(unknown)).toEqual({ fundId: '所选基金不存在' });
    });

    it('names the given fund, or the manager’s latest fund, and drops the fund on another channel', async () => {
      const fund = must(
        await createFund({
          name: '线索来源基金',
          managerOrganizationId: otherManager,
          vintageDate: '2099-01-01',
        }),
      ).createFund;
      const named = must(await lead({ sourceOrganizationId: otherManager, fundId: fund.id })).createLead;
      expect(named.fund?.id).toBe(fund.id);
      const latest = must(
        await lead({ sourceOrganizationId: otherManager, projectName: '基金线索二' }),
      ).createLead;
      expect(latest.fund?.id).toBe(fund.id);
      const moved = must(
        await api.gql<{ updateLead: { channel: string; fund: { id: string } | null } }>(
          'mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { channel fund { id } } }',
          { input: { id: named.id, version: named.version, channel: 'SELF', sourceOrganizationId: null } },
          officer,
        ),
      ).updateLead;
      expect(moved).toEqual({ channel: 'SELF', fund: null });
    });
  });

  describe('lists and export', () => {
    it('filters and sorts funds with an exact totalCount, and pages by cursor', async () => {
      const all = must(await api.gql<{ funds: Page }>(FUNDS, { first: 100 }, officer)).funds;
      expect(all.totalCount).toBe(all.edges.length);
      const market = must(
        await api.gql<{ funds: Page }>(FUNDS, { filter: { kinds: ['MARKET'] } }, officer),
      ).funds;
      expect(market.totalCount).toBeGreaterThanOrEqual(1);
      const byManager = must(
        await api.gql<{ funds: Page }>(
          FUNDS,
          { filter: { managerOrganizationIds: [otherManager] } },
          officer,
        ),
      ).funds;
      const search = must(
        await api.gql<{ funds: Page }>(FUNDS, { filter: { search: '引导' } }, officer),
      ).funds;
      expect(search.edges.every((e) => e.node.name?.includes('引导'))).toBe(true);
      expect(search.totalCount).toBeGreaterThanOrEqual(2);
      expect(byManager.totalCount).toBeGreaterThanOrEqual(2);
      const bySize = must(
        await api.gql<{ funds: Page }>(
          FUNDS,
          { first: 100, orderBy: { field: 'SIZE', direction: 'ASC' } },
          officer,
        ),
      ).funds.edges.map((e) => Number(e.node.size));
      expect(bySize).toEqual([...bySize].sort((a, b) => a - b));
      const first = must(
        await api.gql<{ funds: Page & { pageInfo: { endCursor: string } } }>(
          FUNDS,
          { first: 2, orderBy: { field: 'NAME', direction: 'ASC' } },
          officer,
        ),
      ).funds;
      const next = must(
        await api.gql<{ funds: Page }>(
          FUNDS,
          { first: 100, after: first.pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'ASC' } },
          officer,
        ),
      ).funds;
      expect(first.edges.length + next.edges.length).toBe(all.totalCount);
    });

    it('filters investments by fund, stage, dates, enterprise, project, industry and town', async () => {
      const q = async (filter: Record<string, unknown>) =>
        must(await api.gql<{ investments: Page }>(INVESTMENTS, { filter, first: 100 }, officer)).investments;
      const all = await q({});
      expect(all.totalCount).toBe(all.edges.length);
      const paid = await q({ stages: ['PAID'] });
      expect(paid.edges.every((e) => e.node.stage === 'PAID')).toBe(true);
      expect(paid.totalCount).toBeLessThan(all.totalCount);
      const dated = await q({ dateFrom: '2025-01-01', dateTo: '2025-01-31' });
      expect(
        dated.edges.every((e) => (e.node.date ?? '') >= '2025-01-01' && (e.node.date ?? '') <= '2025-01-31'),
      ).toBe(true);
      const kangyan = company(KANGYAN);
      const byEnterprise = await q({ enterpriseIds: [kangyan.enterpriseId] });
      expect(byEnterprise.edges.every((e) => e.node.enterpriseName === KANGYAN)).toBe(true);
      expect(byEnterprise.totalCount).toBeGreaterThanOrEqual(2);
      const qingcheng = company(QINGCHENG);
      expect((await q({ projectIds: [qingcheng.projectId] })).totalCount).toBeGreaterThanOrEqual(2);
      // 康研 is a 美丽大健康 company whose project lands in 南桥.
      const health = await q({ industryCodes: ['BEAUTY_HEALTH'] });
      expect(health.edges.some((e) => e.node.enterpriseName === KANGYAN)).toBe(true);
      expect(health.totalCount).toBeLessThan(all.totalCount);
      const nanqiao = await q({ townCodes: ['NANQIAO'] });
      expect(nanqiao.edges.every((e) => e.node.enterpriseName === KANGYAN)).toBe(true);
      expect(nanqiao.totalCount).toBe(byEnterprise.edges.length);
      const bad = await api.gql(
        INVESTMENTS,
        { filter: { dateFrom: '2025-02-01', dateTo: '2025-01-01' } },
        officer,
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('exports the funds list as the screen shows it', async () => {
      const filter = { kinds: ['GOVERNMENT_GUIDANCE'] };
      const listed = must(
        await api.gql<{ funds: Page }>(
          FUNDS,
          { filter, first: 100, orderBy: { field: 'NAME', direction: 'ASC' } },
          officer,
        ),
      ).funds;
      const file = must(
        await api.gql<{ fundsExport: { filename: string; contentBase64: string } }>(
          'query ($filter: FundFilter, $orderBy: FundOrder) { fundsExport(filter: $filter, orderBy: $orderBy) { filename contentBase64 } }',
          { filter, orderBy: { field: 'NAME', direction: 'ASC' } },
          leader,
        ),
      ).fundsExport;
      expect(file.filename).toMatch(/^基金导出-\d{8}-\d{4}\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('基金');
      const names: string[] = [];
      sheet?.eachRow((row, n) => {
        if (n > 1) names.push(String(row.getCell(1).value));
      });
      expect(names).toEqual(listed.edges.map((e) => e.node.name));
      expect(sheet?.getRow(1).getCell(1).value).toBe('基金名称');
    });
  });

  describe('partner visibility', () => {
    it('shows a fund manager’s partner only its own funds and their investments', async () => {
      const mine = must(await api.gql<{ funds: Page }>(FUNDS, { first: 100 }, fundPartner)).funds;
      const managed = must(
        await api.gql<{ funds: Page }>(
          FUNDS,
          { first: 100, filter: { managerOrganizationIds: [fundManager] } },
          officer,
        ),
      ).funds;
      expect(mine.totalCount).toBe(managed.totalCount);
      expect(mine.edges.map((e) => e.node.id).sort()).toEqual(managed.edges.map((e) => e.node.id).sort());
      // Asking for another manager's funds narrows to nothing; it never widens.
      const foreign = must(
        await api.gql<{ funds: Page }>(
          FUNDS,
          { filter: { managerOrganizationIds: [otherManager] } },
          fundPartner,
        ),
      ).funds;
      expect(foreign.totalCount).toBe(0);
      const ownIds = new Set(mine.edges.map((e) => e.node.id));
      const investments = must(
        await api.gql<{ investments: Page }>(INVESTMENTS, { first: 100 }, fundPartner),
      ).investments;
      expect(investments.totalCount).toBeGreaterThan(0);
      expect(investments.edges.every((e) => ownIds.has(e.node.fundId ?? ''))).toBe(true);

      const own = [...ownIds][0];
      const read = await api.gql<{
        fund: { id: string; managerName: string; investments: { enterpriseName: string }[] };
      }>(
        'query ($id: ID!) { fund(id: $id) { id managerName investments { enterpriseName } } }',
        { id: own },
        fundPartner,
      );
      expect(read.data?.fund.id).toBe(own);
      for (const officeOnly of [
        'manager { id }',
        'auditTrail { id }',
        'ruleHistory { changedBy { id } }',
        'investments { enterprise { id } }',
        'investments { lead { id } }',
        'investments { project { id } }',
        'investments { auditTrail { id } }',
      ]) {
        const result = await api.gql(
          `query ($id: ID!) { fund(id: $id) { ${officeOnly} } }`,
          { id: own },
          fundPartner,
        );
        expect({ officeOnly, code: errorCode(result) }).toEqual({ officeOnly, code: 'FORBIDDEN' });
      }
      const other = must(
        await api.gql<{ funds: Page }>(
          FUNDS,
          { filter: { managerOrganizationIds: [otherManager] } },
          officer,
        ),
      ).funds.edges[0]?.node.id;
      const refused = await api.gql('query ($id: ID!) { fund(id: $id) { id } }', { id: other }, fundPartner);
      expect(errorCode(refused)).toBe('NOT_FOUND');
    });

    it('shows any other partner no fund at all', async () => {
      expect(must(await api.gql<{ funds: Page }>(FUNDS, {}, chainPartner)).funds.totalCount).toBe(0);
      expect(
        must(await api.gql<{ investments: Page }>(INVESTMENTS, {}, chainPartner)).investments.totalCount,
      ).toBe(0);
      const someFundId = must(await api.gql<{ funds: Page }>(FUNDS, {}, officer)).funds.edges[0]?.node.id;
      expect(
        errorCode(
          await api.gql('query ($id: ID!) { fund(id: $id) { id } }', { id: someFundId }, chainPartner),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  it('exports the 基金 list as each caller sees it: all for staff, 我的基金 (its own) for a manager', async () => {
    const COUNT = '{ funds(first: 1) { totalCount } }';
    const EXPORT = '{ fundsExport { filename contentBase64 } }';
    const rowsOf = async (base64: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
      return book.worksheets[0].actualRowCount - 1;
    };
    const totals: number[] = [];
    for (const token of [officer, fundPartner, chainPartner]) {
      const total = must(await api.gql<{ funds: { totalCount: number } }>(COUNT, {}, token)).funds.totalCount;
      const file = must(await api.gql<{ fundsExport: { contentBase64: string } }>(EXPORT, {}, token)).fundsExport;
      expect(await rowsOf(file.contentBase64)).toBe(total);
      totals.push(total);
    }
    expect(totals[1]).toBeGreaterThan(0);
    expect(totals[1]).toBeLessThan(totals[0] ?? 0);
    expect(totals[2]).toBe(0);
  });

  it('exports the 基金投资 list as each caller sees it: all for staff, its own funds for a manager', async () => {
    const COUNT = '{ investments(first: 1) { totalCount } }';
    const EXPORT = '{ investmentsExport { filename contentBase64 } }';
    const rowsOf = async (base64: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
      return book.worksheets[0].actualRowCount - 1;
    };
    const totals: number[] = [];
    for (const token of [officer, fundPartner]) {
      const total = must(await api.gql<{ investments: { totalCount: number } }>(COUNT, {}, token)).investments.totalCount;
      const file = must(
        await api.gql<{ investmentsExport: { filename: string; contentBase64: string } }>(EXPORT, {}, token),
      ).investmentsExport;
      expect(file.filename).toMatch(/^基金投资导出.*\.xlsx$/);
      expect(await rowsOf(file.contentBase64)).toBe(total);
      totals.push(total);
    }
    expect(totals[1]).toBeGreaterThan(0);
    expect(totals[1]).toBeLessThan(totals[0] ?? 0);
    expect(errorCode(await api.gql(EXPORT, {}, chainPartner))).toBeUndefined();
    const other = must(await api.gql<{ investmentsExport: { contentBase64: string } }>(EXPORT, {}, chainPartner));
    expect(await rowsOf(other.investmentsExport.contentBase64)).toBe(0);
  });

  it('seeds three demo funds of different kinds and rules with investments at each stage', async () => {
    const funds = must(
      await api.gql<{
        funds: {
          edges: { node: FundRow & { investments: { stage: string; projectId: string | null }[] } }[];
        };
      }>(
        `{ funds(first: 100, filter: { search: "示例" }) { edges { node { ${FUND} investments { stage projectId } } } } }`,
        {},
        officer,
      ),
    ).funds.edges.map((e) => e.node);
    expect(funds.map((f) => f.kind).sort()).toEqual(['CHAIN_MASTER', 'GOVERNMENT_GUIDANCE', 'MARKET']);
    expect(funds.map((f) => f.rule.multiple).sort()).toEqual(['0', '1', '1.5']);
    const stages = new Set(funds.flatMap((f) => f.investments.map((i) => i.stage)));
    expect([...stages].sort()).toEqual(['DECIDED', 'INTENDED', 'PAID']);
  });
});
