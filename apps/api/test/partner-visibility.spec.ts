import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';
import { AccessRules } from '@lianzhao/api-auth';
import { errorCode, startTestApi, uploadFiles, type GqlResult, type TestApi } from './harness';
import { everyRootCall, PLACEHOLDER_ID } from './schema-walk';

/**
 * What a partner may reach (issue 5): its organisation's referrals, its own account and the
 * reference data its filing form needs. Anything the schema gains later that a partner can call
 * must be added here on purpose, or this test fails.
 */
const PORTAL = new Set([
  'Query.me',
  'Query.industries',
  'Query.tags',
  'Query.places',
  // Milestone names, reference data: a partner's referral progress names milestones as the office does (milestone-names.spec).
  'Query.milestoneTemplates',
  'Query.referrals',
  'Query.referral',
  'Query.referralCounts',
  'Query.referralCheck',
  'Query.referralRewards',
  'Query.referralAttachment',
  'Mutation.fileReferral',
  // Every signed-in user changes their own password (users.spec).
  'Mutation.changePassword',
  // A fund manager's partner reads its own funds (funds.spec) and exports their 返投 ledger
  // (reinvestment.spec); any other partner, as here, none.
  'Query.funds',
  'Query.fund',
  'Query.investments',
  'Query.investmentsExport',
  // 我的基金's export: the funds list's scope, its own funds only (funds.spec).
  'Query.fundsExport',
  'Query.fundLedgerExport',
  // A partner exports 我的报备: its own organisation's referrals only (bulk-actions.spec).
  'Query.referralsExport',
  // Every user keeps their own saved views of their lists (saved-views.spec: others' are NOT_FOUND).
  'Query.savedViews',
  'Mutation.createSavedView',
  'Mutation.updateSavedView',
  'Mutation.deleteSavedView',
  // A chain master's partner keeps its own suppliers and customers (chain.spec), picking their
  // link from the chain's reference data; any other partner, as here, sees none and may add none.
  'Query.chainLinks',
  'Query.supplyChainEntries',
  'Query.supplyChainEntriesExport',
  'Mutation.saveSupplyChainEntry',
  'Mutation.deleteSupplyChainEntry',
  // Global search finds a partner's own referrals and funds only (global-search.spec).
  'Query.globalSearch',
  // Every user reads and marks their own notifications (notifications.spec).
  'Query.notifications',
  'Query.unreadNotificationCount',
  'Mutation.markNotificationRead',
  'Mutation.markAllNotificationsRead',
]);

/** Fields of portal types that answer FORBIDDEN to partners (tested below and in referrals.spec, funds.spec). */
const REFUSED_TO_PARTNERS = new Set([
  'Referral.review',
  'Fund.manager',
  'Fund.auditTrail',
  'FundRuleChange.changedBy',
  'Investment.enterprise',
  'Investment.lead',
  'Investment.project',
  'Investment.auditTrail',
  'ReinvestmentLedgerLine.enterprise',
  'ReinvestmentLedgerLine.project',
]);

/** Types that carry officer-only data; a partner must not reach them from the portal. */
const OFFICE_TYPES = [
  'Lead',
  'Enterprise',
  'Organization',
  'User',
  'AuditEntry',
  'Project',
  'ProjectMilestone',
  'FollowUp',
  'Policy',
  'PolicyItem',
  'PolicyMatch',
  'PolicyMatchJob',
];

interface Ids {
  label: string;
  id: string;
}

describe('a partner sees its own referrals and nothing else, across the whole schema', () => {
  let api: TestApi;
  let partner: string;
  let ownReferralIds: Set<string>;
  const probes: Ids[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    partner = await api.login('partner');
    const officer = await api.login('officer');
    const admin = await api.login('admin');
    const me = await api.gql<{ me: { organization: { id: string } } }>(
      '{ me { organization { id } } }',
      {},
      partner,
    );
    const ownOrg = me.data?.me.organization.id ?? '';
    // Another organisation's attachment, so the sweep probes downloads with a real foreign id.
    const partner2 = await api.login('partner2');
    const staged = await uploadFiles<{ attachments?: { id: string }[] }>(
      api,
      '/uploads/referral-attachments',
      [{ fileName: '项目介绍.pdf', content: Buffer.from('%PDF-1.4 probe') }],
      partner2,
    );
    const foreignFiling = await api.gql<{ fileReferral: { attachments: { id: string }[] } }>(
      'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { attachments { id } } }',
      {
        input: {
          companyName: '上海附件探针科技有限公司',
          segmentCode: 'HYDROGEN',
          contactName: '钱总',
          contactPhone: '13900000001',
          attachmentIds: staged.body.attachments?.map((a) => a.id) ?? [],
        },
      },
      partner2,
    );
    const foreignAttachmentId = foreignFiling.data?.fileReferral.attachments[0]?.id ?? '';
    const all = await api.gql<{
      referrals: { edges: { node: { id: string; review: { organization: { id: string } } } }[] };
    }>('{ referrals(first: 100) { edges { node { id review { organization { id } } } } } }', {}, officer);
    const nodes = all.data?.referrals.edges.map((e) => e.node) ?? [];
    ownReferralIds = new Set(nodes.filter((n) => n.review.organization.id === ownOrg).map((n) => n.id));
    const foreign = nodes.find((n) => n.review.organization.id !== ownOrg);
    const leads = await api.gql<{
      leads: {
        edges: { node: { id: string; enterprise: { id: string }; project: { id: string } | null } }[];
      };
    }>('{ leads(first: 100) { edges { node { id enterprise { id } project { id } } } } }', {}, officer);
    const leadNodes = leads.data?.leads.edges.map((e) => e.node) ?? [];
    const users = await api.gql<{ users: { edges: { node: { id: string; username: string } }[] } }>(
      '{ users(first: 100) { edges { node { id username } } } }',
      {},
      admin,
    );
    const orgs = await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
      '{ organizations(first: 100) { edges { node { id } } } }',
      {},
      admin,
    );
    const funds = await api.gql<{ funds: { edges: { node: { id: string } }[] } }>(
      '{ funds(first: 1) { edges { node { id } } } }',
      {},
      officer,
    );
    const userId = (name: string) =>
      users.data?.users.edges.find((e) => e.node.username === name)?.node.id ?? '';
    probes.push(
      { label: 'placeholder', id: PLACEHOLDER_ID },
      { label: 'another organisation’s referral', id: foreign?.id ?? '' },
      { label: 'a lead', id: leadNodes[0]?.id ?? '' },
      { label: 'an enterprise', id: leadNodes[0]?.enterprise.id ?? '' },
      { label: 'a project', id: leadNodes.find((l) => l.project)?.project?.id ?? '' },
      { label: 'an officer', id: userId('officer') },
      { label: 'another partner', id: userId('partner2') },
      {
        label: 'another organisation',
        id: orgs.data?.organizations.edges.map((e) => e.node.id).find((id) => id !== ownOrg) ?? '',
      },
      { label: 'the own organisation', id: ownOrg },
      { label: 'another organisation’s attachment', id: foreignAttachmentId },
      { label: 'a fund', id: funds.data?.funds.edges[0]?.node.id ?? '' },
    );
    expect(probes.filter((p) => !p.id).map((p) => p.label)).toEqual([]);
    expect(ownReferralIds.size).toBeGreaterThan(0);
  });
  afterAll(() => api.close());

  it('lets partners call only the portal fields', () => {
    const partnerFields = api.app
      .get(AccessRules)
      .list()
      .filter((f) => f.rule?.kind === 'roles' && f.rule.roles.includes('PARTNER'))
      .map((f) => f.field);
    expect(partnerFields.filter((f) => !PORTAL.has(f))).toEqual([]);
  });

  it('answers FORBIDDEN or NOT_FOUND to every other query and mutation, with placeholders and with real ids of others', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    let refused = 0;
    for (const probe of probes) {
      for (const call of everyRootCall(schema, probe.id)) {
        if (PORTAL.has(call.field) || call.field === 'Mutation.login' || call.field === 'Mutation.logout') continue;
        const result = await api.gql(call.operation, undefined, partner);
        expect({ field: call.field, probe: probe.label, code: errorCode(result) }).toEqual({
          field: call.field,
          probe: probe.label,
          code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/),
        });
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('reaches no officer-only type from the portal except through the refused review field', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const seen = new Set<string>();
    const path: string[] = [];
    const visit = (type: GraphQLNamedType, via: string) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      if (OFFICE_TYPES.includes(type.name)) path.push(`${via} → ${type.name}`);
      if (!isObjectType(type)) return;
      for (const [name, field] of Object.entries(type.getFields())) {
        if (REFUSED_TO_PARTNERS.has(`${type.name}.${name}`)) continue;
        visit(getNamedType(field.type), `${type.name}.${name}`);
      }
    };
    for (const call of everyRootCall(schema)) {
      // me and changePassword answer with the partner's own user row.
      if (!PORTAL.has(call.field) || call.field === 'Query.me' || call.field === 'Mutation.changePassword') continue;
      const [root, name] = call.field.split('.');
      const rootType = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
      const field = rootType?.getFields()[name];
      if (field) visit(getNamedType(field.type), call.field);
    }
    expect(path).toEqual([]);
  });

  it('answers the portal fields, with any id, with the partner’s own data only', async () => {
    for (const probe of probes) {
      const list = await api.gql<{ referrals: { edges: { node: { id: string } }[] } }>(
        'query ($id: ID) { referrals(first: 100, filter: { organizationId: $id }) { edges { node { id } } } }',
        { id: probe.id },
        partner,
      );
      for (const { node } of list.data?.referrals.edges ?? []) expect(ownReferralIds.has(node.id)).toBe(true);

      const one = await api.gql<{ referral: { id: string } }>(
        'query ($id: ID!) { referral(id: $id) { id } }',
        { id: probe.id },
        partner,
      );
      expect({ probe: probe.label, code: errorCode(one) }).toEqual({ probe: probe.label, code: 'NOT_FOUND' });

      const counts = await api.gql<{ referralCounts: { byStatus: { count: number }[] } }>(
        'query ($id: ID) { referralCounts(organizationId: $id) { byStatus { count } } }',
        { id: probe.id },
        partner,
      );
      // Another organisation's id narrows the partner's own referrals (to none); it never widens them.
      const counted = counts.data?.referralCounts.byStatus.reduce((s, c) => s + c.count, 0);
      expect(counted).toBe(list.data?.referrals.edges.length);
      expect(counted).toBe(probe.label === 'the own organisation' ? ownReferralIds.size : 0);

      const download = await api.gql(
        'query ($id: ID!) { referralAttachment(id: $id) { fileName contentBase64 } }',
        { id: probe.id },
        partner,
      );
      expect({ probe: probe.label, code: errorCode(download) }).toEqual({
        probe: probe.label,
        code: 'NOT_FOUND',
      });

      // The demo partner's organisation manages no fund: it sees none, whatever it asks for.
      const fundList = await api.gql<{ funds: { totalCount: number } }>(
        'query ($id: ID!) { funds(filter: { managerOrganizationIds: [$id] }) { totalCount } }',
        { id: probe.id },
        partner,
      );
      expect({ probe: probe.label, funds: fundList.data?.funds.totalCount }).toEqual({ probe: probe.label, funds: 0 });
      const investmentList = await api.gql<{ investments: { totalCount: number } }>(
        'query ($id: ID!) { investments(filter: { fundIds: [$id] }) { totalCount } } ',
        { id: probe.id },
        partner,
      );
      expect(investmentList.data?.investments.totalCount).toBe(0);
      const fund = await api.gql('query ($id: ID!) { fund(id: $id) { id } }', { id: probe.id }, partner);
      expect({ probe: probe.label, code: errorCode(fund) }).toEqual({ probe: probe.label, code: 'NOT_FOUND' });

      const rewards = await api.gql<{ referralRewards: { id: string }[] }>(
        'query ($id: ID) { referralRewards(organizationId: $id) { id } }',
        { id: probe.id },
        partner,
      );
      for (const r of rewards.data?.referralRewards ?? []) expect(ownReferralIds.has(r.id)).toBe(true);
    }
    for (const id of ownReferralIds) {
      const mine: GqlResult<{ referral: { id: string } }> = await api.gql(
        'query ($id: ID!) { referral(id: $id) { id } }',
        { id },
        partner,
      );
      expect(mine.data?.referral.id).toBe(id);
      expect(
        errorCode(
          await api.gql('query ($id: ID!) { referral(id: $id) { review { lead { id } } } }', { id }, partner),
        ),
      ).toBe('FORBIDDEN');
    }
    const check = await api.gql<{ referralCheck: Record<string, unknown> }>(
      '{ referralCheck(companyName: "杭州示例生物制品有限公司") { result message } }',
      {},
      partner,
    );
    expect(check.data?.referralCheck).toEqual({
      result: 'REFERRED',
      message: '该企业已被报备，处于保护期内',
    });
  });
});
