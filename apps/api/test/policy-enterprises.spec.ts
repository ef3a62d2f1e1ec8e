import ExcelJS from 'exceljs';
import { RequestContext } from '@lianzhao/api-core';
import { PolicyMatchJobsService } from '@lianzhao/api-policies';
import { must, startTestApi, type TestApi } from './harness';

/**
 * Issue 17: an enterprise is a subject of policy matching on its own (its industry, segment and
 * tags); project facts are missing for it. An enterprise with projects shows its own matches and
 * its projects', and its estimate counts an item once when a project already carries it.
 */
const CREATE_ITEM = `mutation ($input: CreatePolicyItemInput!) { createPolicyItem(input: $input) { id version } }`;
const ENTERPRISE = `query ($id: ID!) { enterprise(id: $id) {
  version policyEstimate
  policyMatches { subject item { id } project { id } enterprise { id } qualified amount missing } } }`;
const QUALIFIED = `query ($since: String!, $filter: PolicyQualifiedFilter) {
  policyQualified(since: $since, filter: $filter, first: 100) {
    totalCount edges { node { subject project { id } enterprise { id name } item { id } amount } } } }`;

interface Match {
  subject: 'PROJECT' | 'ENTERPRISE';
  item: { id: string };
  project: { id: string } | null;
  enterprise: { id: string } | null;
  qualified: boolean;
  amount: string | null;
  missing: string[];
}

describe('policy matching for enterprises (企业可享政策)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let highTech: string;
  let fixedAssets: string;
  let enterpriseId: string;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  const settle = () => api.app.get(PolicyMatchJobsService).drain(RequestContext.system());
  const enterprise = async (id: string) =>
    must(await api.gql<{ enterprise: { version: number; policyEstimate: string; policyMatches: Match[] } }>(ENTERPRISE, { id }, officer))
      .enterprise;
  const createEnterprise = async (name: string, tagCodes: string[]) =>
    must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name, tagCodes, segmentCode: 'HYDROGEN' } },
        officer,
      ),
    ).createEnterprise.id;

  beforeAll(async () => {
    api = await startTestApi({ env: { POLICY_MATCH_WORKER: 'false' } });
    admin = await api.login('admin');
    officer = await api.login('officer');
    await settle();
    const policyId = must(
      await api.gql<{ createPolicy: { id: string } }>(
        'mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }',
        { input: { docNumber: '奉测〔2026〕7号', title: '企业匹配测试政策', issuedOn: '2026-01-01' } },
        admin,
      ),
    ).createPolicy.id;
    const item = async (name: string, condition: object, amount: object) =>
      must(
        await api.gql<{ createPolicyItem: { id: string } }>(
          CREATE_ITEM,
          { input: { policyId, name, kind: 'OTHER', condition, amount } },
          admin,
        ),
      ).createPolicyItem.id;
    highTech = await item('高新技术企业认定奖励', { all: [{ fact: 'tags', op: 'has', value: 'HIGH_TECH' }, { fact: 'segment', op: '=', value: 'HYDROGEN' }] }, { fixed: '20' });
    fixedAssets = await item(
      '开工项目固定资产投资补贴',
      { all: [{ fact: 'plannedFixedAssetInvestment', op: '>=', value: '5000' }, { fact: 'milestone', op: 'reached', value: 'CONSTRUCTION_STARTED' }] },
      { rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' },
    );
    await settle();
  }, 120_000);
  afterAll(() => api.close());

  it('an enterprise with no project is matched on its own facts; project facts show as missing', async () => {
    enterpriseId = await createEnterprise('奉贤企业匹配测试有限公司', []);
    // Matched in the creating transaction, not left for a job.
    const { policyMatches, policyEstimate } = await enterprise(enterpriseId);
    const own = (itemId: string) => policyMatches.find((m) => m.item.id === itemId);
    expect(own(highTech)).toEqual({
      subject: 'ENTERPRISE',
      item: { id: highTech },
      project: null,
      enterprise: { id: enterpriseId },
      qualified: false,
      amount: '20',
      missing: ['企业标签含“高新技术企业”'],
    });
    expect(own(fixedAssets)).toMatchObject({
      subject: 'ENTERPRISE',
      qualified: false,
      amount: null,
      missing: ['计划固定资产投资 ≥ 5000 万元（未填写）', '“开工”节点完成'],
    });
    expect(policyEstimate).toBe('0');
  });

  it('is recomputed when its tags change, and shows in 免申即享 and its export as 企业', async () => {
    must(
      await api.gql(
        'mutation ($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { id } }',
        { input: { id: enterpriseId, version: (await enterprise(enterpriseId)).version, tagCodes: ['HIGH_TECH'] } },
        officer,
      ),
    );
    const after = await enterprise(enterpriseId);
    expect(after.policyMatches.find((m) => m.item.id === highTech)).toMatchObject({ subject: 'ENTERPRISE', qualified: true, amount: '20', missing: [] });
    expect(after.policyEstimate).toBe('20');

    const list = must(
      await api.gql<{ policyQualified: { totalCount: number; edges: { node: { subject: string; project: null; enterprise: { id: string; name: string } } }[] } }>(
        QUALIFIED,
        { since: today, filter: { itemIds: [highTech] } },
        officer,
      ),
    ).policyQualified;
    expect(list.totalCount).toBe(1);
    expect(list.edges[0].node).toMatchObject({
      subject: 'ENTERPRISE',
      project: null,
      enterprise: { id: enterpriseId, name: '奉贤企业匹配测试有限公司' },
    });

    const file = must(
      await api.gql<{ policyQualifiedExport: { contentBase64: string } }>(
        'query ($since: String!, $filter: PolicyQualifiedFilter) { policyQualifiedExport(since: $since, filter: $filter) { contentBase64 } }',
        { since: today, filter: { itemIds: [highTech] } },
        officer,
      ),
    ).policyQualifiedExport;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(Buffer.from(file.contentBase64, 'base64')).buffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('对象');
    expect([1, 2, 3].map((c) => sheet.getRow(2).getCell(c).value)).toEqual(['企业', null, '奉贤企业匹配测试有限公司']);
  });

  it('an enterprise with a project shows both, and counts an item its project carries once', async () => {
    const project = must(
      await api.gql<{ createProject: { id: string } }>(
        'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        {
          input: { enterpriseId, name: '企业匹配测试项目', segmentCode: 'HYDROGEN', channel: 'SELF', type: 'HEAVY', signedOn: '2026-02-01', plannedFixedAssetInvestment: '8000' },
        },
        officer,
      ),
    ).createProject.id;
    const { policyMatches, policyEstimate } = await enterprise(enterpriseId);
    // Its own first, then the project's.
    const subjects = policyMatches.map((m) => m.subject);
    expect(subjects.indexOf('PROJECT')).toBe(subjects.lastIndexOf('ENTERPRISE') + 1);
    const ofProject = policyMatches.filter((m) => m.project?.id === project);
    expect(ofProject.find((m) => m.item.id === highTech)).toMatchObject({ qualified: true, amount: '20', enterprise: { id: enterpriseId } });
    expect(ofProject.find((m) => m.item.id === fixedAssets)).toMatchObject({ qualified: false, amount: '300', missing: ['“开工”节点完成'] });
    // 高新 qualifies twice (the enterprise and its project) and is counted once.
    expect(policyEstimate).toBe('20');
  });

  it('a merge drops the merged enterprise’s own matches with its row and recomputes the survivor', async () => {
    const other = await createEnterprise('奉贤企业匹配测试二有限公司', ['HIGH_TECH']);
    expect((await enterprise(other)).policyEstimate).toBe('20');
    must(
      await api.gql(
        'mutation ($input: MergeEnterprisesInput!) { mergeEnterprises(input: $input) { id } }',
        { input: { survivorId: enterpriseId, mergedId: other } },
        admin,
      ),
    );
    const list = must(
      await api.gql<{ policyQualified: { edges: { node: { enterprise: { id: string } } }[] } }>(
        QUALIFIED,
        { since: today, filter: { itemIds: [highTech] } },
        officer,
      ),
    ).policyQualified;
    expect(list.edges.map((e) => e.node.enterprise.id)).toEqual([enterpriseId, enterpriseId]);
  });
});
