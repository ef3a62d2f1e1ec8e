import { DataSource } from 'typeorm';
import { RequestContext } from '@lianzhao/api-core';
import { PolicyMatchJobsService } from '@lianzhao/api-policies';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

const CREATE_POLICY = `mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { id docNumber validUntil version } }`;
const CREATE_ITEM = `mutation ($input: CreatePolicyItemInput!) { createPolicyItem(input: $input) { id name kind condition amount version } }`;
const RETIRE_ITEM = `mutation ($input: RetirePolicyItemInput!) { retirePolicyItem(input: $input) { id retiredAt } }`;
const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }`;
const UPDATE_PROJECT = `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id version } }`;
const RECORD = `mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id version } }`;
const MATCHES = `query ($id: ID!) { project(id: $id) { policyMatches { item { id name } qualified amount missing qualifiedAt } } }`;
const ENTERPRISE_MATCHES = `query ($id: ID!) { enterprise(id: $id) { policyMatches { item { id } project { id } qualified amount } } }`;
const QUALIFIED = `query ($since: String!, $filter: PolicyQualifiedFilter, $first: Int) {
  policyQualified(since: $since, filter: $filter, first: $first) {
    totalCount edges { node { project { id name } item { id name } amount qualifiedAt } } } }`;

interface Match {
  item: { id: string; name: string };
  qualified: boolean;
  amount: string | null;
  missing: string[];
  qualifiedAt: string | null;
}

describe('policy matching (政策匹配 / 免申即享)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let partner: string;
  let policyId: string;
  let itemId: string;
  let enterpriseId: string;
  let project: { id: string; version: number };
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  const matchesOf = async (id: string): Promise<Match[]> =>
    must(await api.gql<{ project: { policyMatches: Match[] } }>(MATCHES, { id }, officer)).project.policyMatches;
  const ours = async (id: string): Promise<Match | undefined> => (await matchesOf(id)).find((m) => m.item.id === itemId);
  // The worker is off here: a saved item's matches follow when its job is drained.
  const settle = () => api.app.get(PolicyMatchJobsService).drain(RequestContext.system());

  beforeAll(async () => {
    api = await startTestApi({ env: { POLICY_MATCH_WORKER: 'false' } });
    admin = await api.login('admin');
    officer = await api.login('officer');
    partner = await api.login('partner');
    policyId = must(
      await api.gql<{ createPolicy: { id: string } }>(
        CREATE_POLICY,
        { input: { docNumber: '奉测〔2026〕1号', title: '测试政策', issuedOn: '2026-01-01', validUntil: '2028-12-31' } },
        admin,
      ),
    ).createPolicy.id;
    enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation { createEnterprise(input: { name: "奉贤政策匹配测试有限公司" }) { id } }',
        {},
        officer,
      ),
    ).createEnterprise.id;
  }, 120_000);
  afterAll(() => api.close());

  describe('createPolicy / createPolicyItem', () => {
    it('refuses an invalid rule with BAD_USER_INPUT naming the wrong part', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ condition: { all: [{ fact: 'plannedFixedAssetInvestment', op: 'reached', value: '5000' }] } }, 'condition.all[0].op'],
        [{ condition: { any: [{ fact: 'milestone', op: 'reached', value: 'NOPE' }] } }, 'condition.any[0].value'],
        [{ condition: { all: [] } }, 'condition.all'],
        [{ amount: { rate: '5%', of: 'plannedFixedAssetInvestment' } }, 'amount.rate'],
        [{ amount: { rate: '0.05', of: 'registeredCapital' } }, 'amount.of'],
        [{ policyId: '00000000-0000-4000-8000-000000000000' }, 'policyId'],
      ];
      for (const [over, field] of cases) {
        const result = await api.gql(
          CREATE_ITEM,
          {
            input: {
              policyId,
              name: '坏条款',
              kind: 'OTHER',
              condition: { fact: 'industry', op: '=', value: 'GREEN_ENERGY' },
              amount: { fixed: '1' },
              ...over,
            },
          },
          admin,
        );
        expect({ field, code: errorCode(result) }).toEqual({ field, code: 'BAD_USER_INPUT' });
        expect(Object.keys(fieldErrors(result))).toEqual([field]);
      }
      const dup = await api.gql(
        CREATE_POLICY,
        { input: { docNumber: '奉测〔2026〕1号', title: '重复', issuedOn: '2026-01-01' } },
        admin,
      );
      expect(fieldErrors(dup)['docNumber']).toContain('已存在');
      const reversed = await api.gql(
        CREATE_POLICY,
        { input: { docNumber: '奉测〔2026〕2号', title: '倒置', issuedOn: '2026-01-01', validUntil: '2025-01-01' } },
        admin,
      );
      expect(fieldErrors(reversed)['validUntil']).toBeDefined();
    });

    it('creates an item for 固定资产投资 ≥ 5000 万元 at 开工', async () => {
      const created = must(
        await api.gql<{ createPolicyItem: { id: string; condition: unknown; amount: unknown } }>(
          CREATE_ITEM,
          {
            input: {
              policyId,
              name: '开工项目固定资产投资补贴',
              kind: 'FIXED_ASSET_INVESTMENT',
              condition: {
                all: [
                  { fact: 'plannedFixedAssetInvestment', op: '>=', value: '5000' },
                  { fact: 'milestone', op: 'reached', value: 'CONSTRUCTION_STARTED' },
                ],
              },
              amount: { rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' },
            },
          },
          admin,
        ),
      ).createPolicyItem;
      itemId = created.id;
      expect(created.amount).toEqual({ rate: '0.05', of: 'plannedFixedAssetInvestment', cap: '300' });
    });
  });

  describe('matches', () => {
    it('are computed for a new project, recomputed after an investment change and after 开工', async () => {
      project = must(
        await api.gql<{ createProject: { id: string; version: number } }>(
          CREATE_PROJECT,
          {
            input: {
              enterpriseId,
              name: '政策匹配测试项目',
              segmentCode: 'HYDROGEN',
              channel: 'SELF',
              type: 'HEAVY',
              signedOn: '2026-02-01',
              plannedFixedAssetInvestment: '4000',
            },
          },
          officer,
        ),
      ).createProject;
      const before = await ours(project.id);
      expect(before).toMatchObject({ qualified: false, amount: '200', qualifiedAt: null });
      expect(before?.missing).toEqual(['计划固定资产投资 ≥ 5000 万元（当前 4000）', '“开工”节点完成']);

      project = must(
        await api.gql<{ updateProject: { id: string; version: number } }>(
          UPDATE_PROJECT,
          { input: { id: project.id, version: project.version, plannedFixedAssetInvestment: '8000' } },
          officer,
        ),
      ).updateProject;
      expect(await ours(project.id)).toMatchObject({ qualified: false, amount: '300', missing: ['“开工”节点完成'] });

      for (const code of ['REGISTERED', 'CONSTRUCTION_STARTED']) {
        project = must(
          await api.gql<{ recordMilestone: { id: string; version: number } }>(
            RECORD,
            { input: { projectId: project.id, version: project.version, code, actualDate: today } },
            officer,
          ),
        ).recordMilestone;
      }
      const after = await ours(project.id);
      expect(after).toMatchObject({ qualified: true, amount: '300', missing: [] });
      expect(after?.qualifiedAt).not.toBeNull();
      // Qualified items come first on the card.
      expect((await matchesOf(project.id))[0].qualified).toBe(true);

      const ofEnterprise = must(
        await api.gql<{ enterprise: { policyMatches: { item: { id: string }; project: { id: string }; qualified: boolean }[] } }>(
          ENTERPRISE_MATCHES,
          { id: enterpriseId },
          officer,
        ),
      ).enterprise.policyMatches;
      expect(ofEnterprise).toContainEqual(expect.objectContaining({ item: { id: itemId }, project: { id: project.id }, qualified: true }));
    });

    it('the 免申即享 list holds the newly qualified project, and its count equals its rows', async () => {
      const page = must(
        await api.gql<{
          policyQualified: { totalCount: number; edges: { node: { project: { id: string }; item: { id: string }; amount: string } }[] };
        }>(QUALIFIED, { since: today, first: 100 }, officer),
      ).policyQualified;
      expect(page.edges).toContainEqual({ node: expect.objectContaining({ project: expect.objectContaining({ id: project.id }), item: expect.objectContaining({ id: itemId }), amount: '300' }) });
      expect(page.totalCount).toBe(page.edges.length);
      const byItem = must(
        await api.gql<{ policyQualified: { totalCount: number; edges: unknown[] } }>(
          QUALIFIED,
          { since: today, filter: { itemIds: [itemId] }, first: 100 },
          officer,
        ),
      ).policyQualified;
      expect(byItem.totalCount).toBe(1);
      const later = must(
        await api.gql<{ policyQualified: { totalCount: number } }>(QUALIFIED, { since: '2099-01-01' }, officer),
      ).policyQualified;
      expect(later.totalCount).toBe(0);
      const file = await api.gql<{ policyQualifiedExport: { contentBase64: string } }>(
        'query ($since: String!) { policyQualifiedExport(since: $since) { filename contentBase64 } }',
        { since: today },
        officer,
      );
      expect(must(file).policyQualifiedExport.contentBase64.length).toBeGreaterThan(100);
    });

    it('a support item links the policy item it claims', async () => {
      const saved = await api.gql<{ saveProjectSupportItem: { supportItems: { id: string; policyItem: { id: string } | null }[] } }>(
        `mutation ($input: SaveSupportItemInput!) { saveProjectSupportItem(input: $input) { supportItems { id policyItem { id } } } }`,
        { input: { projectId: project.id, version: project.version, kind: 'FIXED_ASSET_INVESTMENT', policyItemId: itemId, appliedAmount: '300' } },
        officer,
      );
      expect(must(saved).saveProjectSupportItem.supportItems).toEqual([{ id: expect.any(String), policyItem: { id: itemId } }]);
      const supportId = must(saved).saveProjectSupportItem.supportItems[0].id;
      project = { ...project, version: project.version + 1 };
      // An edit that does not mention the policy item (an older client) keeps the claim.
      const edited = await api.gql<{ saveProjectSupportItem: { supportItems: { policyItem: { id: string } | null }[] } }>(
        `mutation ($input: SaveSupportItemInput!) { saveProjectSupportItem(input: $input) { supportItems { policyItem { id } } } }`,
        { input: { projectId: project.id, version: project.version, id: supportId, kind: 'FIXED_ASSET_INVESTMENT', grantedAmount: '300' } },
        officer,
      );
      expect(must(edited).saveProjectSupportItem.supportItems).toEqual([{ policyItem: { id: itemId } }]);
      project = { ...project, version: project.version + 1 };
      const missing = await api.gql(
        `mutation ($input: SaveSupportItemInput!) { saveProjectSupportItem(input: $input) { id } }`,
        { input: { projectId: project.id, version: project.version, kind: 'SPACE_COSTS', policyItemId: '00000000-0000-4000-8000-000000000000' } },
        officer,
      );
      expect(fieldErrors(missing)['policyItemId']).toBe('所选政策条款不存在');
    });

    it('are recomputed when the enterprise tags change', async () => {
      const tagged = must(
        await api.gql<{ createPolicyItem: { id: string } }>(
          CREATE_ITEM,
          { input: { policyId, name: '高新技术企业奖励', kind: 'RESEARCH', condition: { fact: 'tags', op: 'has', value: 'HIGH_TECH' }, amount: { fixed: '20' } } },
          admin,
        ),
      ).createPolicyItem;
      await settle();
      const before = (await matchesOf(project.id)).find((m) => m.item.id === tagged.id);
      expect(before).toMatchObject({ qualified: false, missing: ['企业标签含“高新技术企业”'] });
      must(
        await api.gql(
          'mutation ($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { id } }',
          { input: { id: enterpriseId, version: 1, tagCodes: ['HIGH_TECH'] } },
          officer,
        ),
      );
      expect((await matchesOf(project.id)).find((m) => m.item.id === tagged.id)).toMatchObject({ qualified: true, amount: '20' });
    });

    it('a retired item matches nothing and leaves the list', async () => {
      const other = must(
        await api.gql<{ createPolicyItem: { id: string; version: number } }>(
          CREATE_ITEM,
          { input: { policyId, name: '定额奖励', kind: 'OTHER', condition: { fact: 'segment', op: '=', value: 'HYDROGEN' }, amount: { fixed: '50' } } },
          admin,
        ),
      ).createPolicyItem;
      await settle();
      expect((await matchesOf(project.id)).find((m) => m.item.id === other.id)).toMatchObject({ qualified: true, amount: '50' });
      must(await api.gql(RETIRE_ITEM, { input: { id: other.id, version: other.version } }, admin));
      // Out of the card at once (reads take items in force only), its rows gone once the job ran.
      expect((await matchesOf(project.id)).find((m) => m.item.id === other.id)).toBeUndefined();
      const rowsOf = async () =>
        Number((await api.app.get(DataSource).query('SELECT count(*) AS n FROM policy_matches WHERE item_id = $1', [other.id]))[0].n);
      expect(await rowsOf()).toBeGreaterThan(0);
      await settle();
      expect(await rowsOf()).toBe(0);
      expect((await matchesOf(project.id)).find((m) => m.item.id === other.id)).toBeUndefined();
      const list = must(
        await api.gql<{ policyQualified: { totalCount: number } }>(QUALIFIED, { since: today, filter: { itemIds: [other.id] } }, officer),
      ).policyQualified;
      expect(list.totalCount).toBe(0);
    });
  });

  describe('access', () => {
    it('partners see none of it; officers cannot write the policy library', async () => {
      const asPartner = [
        await api.gql('{ policies { id } }', {}, partner),
        await api.gql(QUALIFIED, { since: today }, partner),
        await api.gql(CREATE_POLICY, { input: { docNumber: 'x', title: 'x', issuedOn: '2026-01-01' } }, partner),
      ];
      for (const result of asPartner) expect(errorCode(result)).toBe('FORBIDDEN');
      const officerWrite = await api.gql(
        CREATE_ITEM,
        { input: { policyId, name: 'x', kind: 'OTHER', condition: { fact: 'industry', op: '=', value: 'X' } } },
        officer,
      );
      expect(errorCode(officerWrite)).toBe('FORBIDDEN');
      const preview = await api.gql<{ policyPreview: { qualifiedCount: number; projects: { project: { id: string }; amount: string }[] } }>(
        `query ($input: PolicyPreviewInput!) { policyPreview(input: $input) { qualifiedCount projects { project { id } amount } } }`,
        { input: { condition: { all: [{ fact: 'plannedFixedAssetInvestment', op: '>=', value: '7999' }, { fact: 'segment', op: '=', value: 'HYDROGEN' }] }, amount: { fixed: '10' } } },
        admin,
      );
      expect(must(preview).policyPreview.projects).toContainEqual({ project: { id: project.id }, amount: '10' });
    });
  });
});
