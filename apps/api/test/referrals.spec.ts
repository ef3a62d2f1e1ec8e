import { addDays } from '@lianzhao/domain';
import { Clock } from '@lianzhao/api-core';
import { ReferralExpiryJob } from '@lianzhao/api-referrals';
import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

const REFERRAL =
  'id status companyName creditCode protectedUntil expiringSoon decisionReason version history { event status partnerNote note actorName }';
const FILE = `mutation ($input: FileReferralInput!) { fileReferral(input: $input) { ${REFERRAL} } }`;
// The race selects only the status: nothing else is read outside the filing's transaction.
const FILE_STATUS = 'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { status } }';
const ACCEPT = `mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { ${REFERRAL} review { lead { id stage channel version sourceOrganization { name } owner { username } } } } }`;
const REJECT = `mutation ($input: RejectReferralInput!) { rejectReferral(input: $input) { ${REFERRAL} } }`;
const GET = `query ($id: ID!) { referral(id: $id) { ${REFERRAL} } }`;
const CHECK =
  'query ($name: String!, $code: String) { referralCheck(companyName: $name, creditCode: $code) { result message } }';

interface Row {
  id: string;
  status: string;
  companyName: string;
  protectedUntil: string | null;
  expiringSoon: boolean;
  decisionReason: string | null;
  version: number;
  history: {
    event: string;
    status: string;
    partnerNote: string | null;
    note: string | null;
    actorName: string;
  }[];
  review?: {
    lead: {
      id: string;
      stage: string;
      channel: string;
      version: number;
      sourceOrganization: { name: string } | null;
      owner: { username: string };
    } | null;
  };
}

const CONTACT = { contactName: '赵总', contactPhone: '13900000000' };

describe('referrals (报备)', () => {
  let api: TestApi;
  let admin: string;
  let officer: string;
  let partner: string;
  let partner2: string;
  let officerId: string;
  let today: string;

  beforeAll(async () => {
    api = await startTestApi();
    [admin, officer, partner, partner2] = await Promise.all(
      ['admin', 'officer', 'partner', 'partner2'].map((u) => api.login(u)),
    );
    const me = await api.gql<{ me: { id: string } }>('{ me { id } }', {}, officer);
    officerId = me.data?.me.id ?? '';
    today = api.app.get(Clock).today();
  });
  afterAll(() => api.close());

  async function file(token: string, input: Record<string, unknown>): Promise<Row> {
    const result = await api.gql<{ fileReferral: Row }>(
      FILE,
      { input: { segmentCode: 'HYDROGEN', ...CONTACT, ...input } },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.fileReferral;
  }

  async function get(token: string, id: string): Promise<Row> {
    const result = await api.gql<{ referral: Row }>(GET, { id }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.referral;
  }

  it('protects a new company for the configured period and records the filing', async () => {
    const row = await file(partner, { companyName: '上海氢途动力科技有限公司', plannedInvestment: '20,000' });
    expect(row).toMatchObject({
      status: 'PROTECTED',
      protectedUntil: addDays(today, 180),
      expiringSoon: false,
    });
    expect(row.history.map((h) => h.event)).toEqual(['FILED', 'MATCHED']);
    expect(row.history[1].partnerNote).toBe(`报备有效，保护期至 ${addDays(today, 180)}`);
    // Officers' notes never reach the partner.
    expect(row.history.every((h) => h.note === null)).toBe(true);
  });

  it('refuses bad input field by field', async () => {
    const result = await api.gql(
      FILE,
      {
        input: {
          companyName: ' ',
          creditCode: '91310000132149237A',
          segmentCode: 'HYDROGEN',
          contactName: '赵总',
          contactPhone: '12',
        },
      },
      partner,
    );
    expect(fieldErrors(result)).toMatchObject({
      companyName: '请输入企业名称',
      contactPhone: '请输入有效的手机号或座机号（如 13800000000 或 021-12345678）',
    });
    expect(fieldErrors(result).creditCode).toMatch(/校验/);
    const segment = await api.gql(
      FILE,
      { input: { companyName: '某公司', segmentCode: 'NOPE', ...CONTACT } },
      partner,
    );
    expect(fieldErrors(segment)).toEqual({ segmentCode: '请选择有效的细分赛道' });
  });

  it('answers CONFLICT to another organisation filing the same company under a slightly different name, without saying who', async () => {
    const first = await file(partner, { companyName: '上海链动（奉贤）新材料有限公司' });
    const second = await file(partner2, { companyName: '上海链动(奉贤)新材料股份有限公司' });
    expect(second).toMatchObject({ status: 'CONFLICT', protectedUntil: null });
    expect(second.history[1].partnerNote).toBe('该企业已被报备，处于保护期内');
    expect(JSON.stringify(second)).not.toContain(first.id);
    const review = await api.gql(
      `query ($id: ID!) { referral(id: $id) { review { conflictWith { id } } } }`,
      { id: second.id },
      partner2,
    );
    expect(errorCode(review)).toBe('FORBIDDEN');
    const forOfficer = await api.gql<{
      referral: { review: { conflictWith: { id: string }; organization: { kind: string } } };
    }>(
      'query ($id: ID!) { referral(id: $id) { review { conflictWith { id } organization { kind } } } }',
      { id: second.id },
      officer,
    );
    expect(forOfficer.data?.referral.review).toEqual({
      conflictWith: { id: first.id },
      organization: { kind: 'PLATFORM' },
    });
  });

  it('matches by credit code whatever the name', async () => {
    await file(partner, { companyName: '信用代码测试甲', creditCode: '91310000132149237G' });
    const other = await file(partner2, { companyName: '完全不同的名称', creditCode: '91310000132149237g' });
    expect(other.status).toBe('CONFLICT');
  });

  it('tells an organisation that files a company twice while protected, instead of storing a second row', async () => {
    await file(partner, { companyName: '重复报备测试有限公司' });
    const again = await api.gql(
      FILE,
      { input: { companyName: '重复报备测试股份有限公司', segmentCode: 'HYDROGEN', ...CONTACT } },
      partner,
    );
    expect(fieldErrors(again)).toEqual({
      companyName: `贵机构已报备该企业，保护期至 ${addDays(today, 180)}，无需重复报备`,
    });
  });

  it('answers the duplicate check with free, own, referred or in the pipeline only', async () => {
    const check = async (token: string, name: string, code: string | null = null) =>
      (await api.gql<{ referralCheck: { result: string } }>(CHECK, { name, code }, token)).data?.referralCheck
        .result;
    expect(await check(partner, '从未出现过的企业有限公司')).toBe('FREE');
    expect(await check(partner, '上海氢途动力科技股份有限公司')).toBe('OWN');
    expect(await check(partner2, '上海氢途动力科技有限公司')).toBe('REFERRED');
    await api.gql('mutation { createEnterprise(input: { name: "管道中企业有限公司" }) { id } }', {}, officer);
    const ent = await api.gql<{ enterprises: { edges: { node: { id: string } }[] } }>(
      '{ enterprises(filter: { search: "管道中企业" }) { edges { node { id } } } }',
      {},
      officer,
    );
    await api.gql(
      'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
      {
        input: {
          enterpriseId: ent.data?.enterprises.edges[0].node.id,
          projectName: '管道项目',
          segmentCode: 'HYDROGEN',
          channel: 'SELF',
        },
      },
      officer,
    );
    expect(await check(partner2, '管道中企业股份有限公司')).toBe('IN_PIPELINE');
  });

  it('flags a company that is already an open lead as EXISTING; accepting attaches it and records the partner as source', async () => {
    const existing = await file(partner2, { companyName: '管道中企业有限公司' });
    expect(existing.status).toBe('EXISTING');
    const accepted = await api.gql<{ acceptReferral: Row }>(
      ACCEPT,
      { input: { id: existing.id, ownerId: officerId } },
      officer,
    );
    expect(accepted.data?.acceptReferral.status).toBe('ACCEPTED');
    expect(accepted.data?.acceptReferral.review?.lead).toMatchObject({
      channel: 'SELF',
      sourceOrganization: { name: '沪南专业招商服务平台（示例）' },
    });
    expect(accepted.data?.acceptReferral.history.map((h) => h.event)).toEqual([
      'FILED',
      'MATCHED',
      'ACCEPTED',
    ]);
  });

  it('accepts a protected referral into a new lead: channel from the organisation kind, the organisation as source, the chosen owner', async () => {
    const row = await file(partner, {
      companyName: '受理测试科技有限公司',
      creditCode: '91310120MA1HKT4X32',
      plannedInvestment: '5000',
    });
    const noOwner = await api.gql(
      ACCEPT,
      { input: { id: row.id, ownerId: '00000000-0000-4000-8000-000000000000' } },
      officer,
    );
    expect(fieldErrors(noOwner)).toEqual({ ownerId: '负责人须为在岗的招商专员' });
    expect(errorCode(await api.gql(ACCEPT, { input: { id: row.id, ownerId: officerId } }, partner))).toBe(
      'FORBIDDEN',
    );
    const result = await api.gql<{ acceptReferral: Row }>(
      ACCEPT,
      { input: { id: row.id, ownerId: officerId, version: row.version } },
      officer,
    );
    const accepted = result.data?.acceptReferral;
    expect(accepted?.status).toBe('ACCEPTED');
    expect(accepted?.review?.lead).toMatchObject({
      stage: 'NEW',
      channel: 'CHAIN',
      sourceOrganization: { name: '上海奉贤新能源汽车链主企业（示例）' },
      owner: { username: 'officer' },
    });
    const again = await api.gql(ACCEPT, { input: { id: row.id, ownerId: officerId } }, officer);
    expect(fieldErrors(again)).toEqual({ id: '“已受理”的报备不能受理' });
    const trail = await api.gql<{
      referral: { review: { auditTrail: { action: string; note: string | null }[] } };
    }>(
      'query ($id: ID!) { referral(id: $id) { review { auditTrail { action note } } } }',
      { id: row.id },
      officer,
    );
    expect(trail.data?.referral.review.auditTrail[0].note).toMatch(/^受理报备：新建线索/);
  });

  it('extends the protection on each stage move of the resulting lead', async () => {
    const row = await file(partner, { companyName: '延长保护测试有限公司' });
    const accepted = (
      await api.gql<{ acceptReferral: Row }>(ACCEPT, { input: { id: row.id, ownerId: officerId } }, officer)
    ).data?.acceptReferral;
    const lead = accepted?.review?.lead;
    const clock = api.app.get(Clock);
    clock.fix(new Date(Date.parse(`${addDays(today, 20)}T04:00:00Z`)));
    try {
      await api.gql(
        'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id } }',
        { input: { id: lead?.id, stage: 'CONTACTED', version: lead?.version } },
        officer,
      );
      const after = await get(partner, row.id);
      expect(after.protectedUntil).toBe(addDays(today, 200));
      expect(after.history.at(-1)).toMatchObject({
        event: 'EXTENDED',
        partnerNote: `项目有新进展，保护期延至 ${addDays(today, 200)}`,
      });
      // The partner sees who filed, and "投促办" for the office's people.
      expect(after.history.map((h) => h.actorName)).toEqual(['王链主', '王链主', '投促办', '投促办']);
    } finally {
      clock.fix(null);
    }
  });

  it('rejects with a reason the partner sees; the reason is required', async () => {
    const row = await file(partner2, { companyName: '不予受理测试有限公司' });
    expect(fieldErrors(await api.gql(REJECT, { input: { id: row.id, reason: ' ' } }, officer))).toEqual({
      reason: '请填写不予受理的原因',
    });
    await api.gql(REJECT, { input: { id: row.id, reason: '企业已明确落户外省' } }, officer);
    const seen = await get(partner2, row.id);
    expect(seen).toMatchObject({ status: 'REJECTED', decisionReason: '企业已明确落户外省' });
    expect(seen.history.at(-1)).toMatchObject({ event: 'REJECTED', partnerNote: '企业已明确落户外省' });
  });

  it('reads a lapsed protection as EXPIRED before the job ran, then the job writes it down and the company is free again', async () => {
    const row = await file(partner, { companyName: '过期测试有限公司' });
    const clock = api.app.get(Clock);
    clock.fix(new Date(Date.parse(`${addDays(today, 181)}T04:00:00Z`)));
    try {
      expect((await get(partner, row.id)).status).toBe('EXPIRED');
      const listed = await api.gql<{ referrals: { totalCount: number } }>(
        '{ referrals(filter: { status: EXPIRED, search: "过期测试" }) { totalCount } }',
        {},
        officer,
      );
      expect(listed.data?.referrals.totalCount).toBe(1);
      expect(await api.app.get(ReferralExpiryJob).run()).toBeGreaterThan(0);
      const after = await get(partner, row.id);
      expect(after.history.at(-1)).toMatchObject({ event: 'EXPIRED', status: 'EXPIRED' });
      const other = await file(partner2, { companyName: '过期测试股份有限公司' });
      expect(other).toMatchObject({ status: 'PROTECTED', protectedUntil: addDays(today, 181 + 180) });
    } finally {
      clock.fix(null);
    }
  });

  it('highlights a protection that ends within 30 days', async () => {
    const row = await file(partner, { companyName: '即将到期测试有限公司' });
    const clock = api.app.get(Clock);
    clock.fix(new Date(Date.parse(`${addDays(today, 160)}T04:00:00Z`)));
    try {
      expect((await get(partner, row.id)).expiringSoon).toBe(true);
    } finally {
      clock.fix(null);
    }
  });

  it('refuses filings from a platform whose contract has lapsed or not started', async () => {
    const orgs = await api.gql<{ organizations: { edges: { node: { id: string; version: number } }[] } }>(
      '{ organizations(filter: { kind: PLATFORM }) { edges { node { id version } } } }',
      {},
      admin,
    );
    const platform = orgs.data?.organizations.edges[0].node;
    const UPDATE =
      'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version contractEndsOn } }';
    const lapsed = await api.gql<{ updateOrganization: { version: number } }>(
      UPDATE,
      {
        input: {
          id: platform?.id,
          version: platform?.version,
          contractStartsOn: addDays(today, -400),
          contractEndsOn: addDays(today, -1),
        },
      },
      admin,
    );
    const refused = await api.gql(
      FILE,
      { input: { companyName: '合同到期测试有限公司', segmentCode: 'HYDROGEN', ...CONTACT } },
      partner2,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: `贵机构与本区的签约已于 ${addDays(today, -1)} 到期，不能报备，请联系投促办续签`,
      extensions: { code: 'FORBIDDEN' },
    });
    const future = await api.gql<{ updateOrganization: { version: number } }>(
      UPDATE,
      {
        input: {
          id: platform?.id,
          version: lapsed.data?.updateOrganization.version,
          contractStartsOn: addDays(today, 5),
          contractEndsOn: addDays(today, 400),
        },
      },
      admin,
    );
    expect(
      errorCode(
        await api.gql(
          FILE,
          { input: { companyName: '合同到期测试有限公司', segmentCode: 'HYDROGEN', ...CONTACT } },
          partner2,
        ),
      ),
    ).toBe('FORBIDDEN');
    const backwards = await api.gql(
      UPDATE,
      {
        input: {
          id: platform?.id,
          version: future.data?.updateOrganization.version,
          contractStartsOn: addDays(today, 5),
          contractEndsOn: addDays(today, 1),
        },
      },
      admin,
    );
    expect(fieldErrors(backwards)).toEqual({ contractEndsOn: '签约结束日期不能早于开始日期' });
    await api.gql(
      UPDATE,
      {
        input: {
          id: platform?.id,
          version: future.data?.updateOrganization.version,
          contractStartsOn: addDays(today, -1),
          contractEndsOn: addDays(today, 365),
        },
      },
      admin,
    );
    expect((await file(partner2, { companyName: '合同到期测试有限公司' })).status).toBe('PROTECTED');
  });

  it('links a chain master to the segments it leads', async () => {
    const orgs = await api.gql<{
      organizations: { edges: { node: { id: string; version: number; segmentCodes: string[] } }[] };
    }>(
      '{ organizations(filter: { kind: CHAIN_MASTER }) { edges { node { id version segmentCodes } } } }',
      {},
      admin,
    );
    const chain = orgs.data?.organizations.edges[0].node;
    expect(chain?.segmentCodes).toEqual(['ENERGY_STORAGE', 'ICV']);
    const UPDATE =
      'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { segmentCodes } }';
    expect(
      fieldErrors(
        await api.gql(
          UPDATE,
          { input: { id: chain?.id, version: chain?.version, segmentCodes: ['NOPE'] } },
          admin,
        ),
      ),
    ).toEqual({ segmentCodes: '细分赛道不存在：NOPE' });
    const ok = await api.gql<{ updateOrganization: { segmentCodes: string[] } }>(
      UPDATE,
      { input: { id: chain?.id, version: chain?.version, segmentCodes: ['HYDROGEN', 'ICV'] } },
      admin,
    );
    expect(ok.data?.updateOrganization.segmentCodes).toEqual(['HYDROGEN', 'ICV']);
  });

  it('counts referrals by status, a partner only its own', async () => {
    const COUNTS = '{ referralCounts { pending byStatus { status count } } }';
    const all = await api.gql<{
      referralCounts: { pending: number; byStatus: { status: string; count: number }[] };
    }>(COUNTS, {}, officer);
    const mine = await api.gql<{
      referralCounts: { pending: number; byStatus: { status: string; count: number }[] };
    }>(COUNTS, {}, partner2);
    const total = (r: typeof all) => r.data?.referralCounts.byStatus.reduce((s, c) => s + c.count, 0) ?? 0;
    const list = await api.gql<{ referrals: { totalCount: number } }>(
      '{ referrals { totalCount } }',
      {},
      partner2,
    );
    expect(total(mine)).toBe(list.data?.referrals.totalCount);
    expect(total(all)).toBeGreaterThan(total(mine));
    expect(all.data?.referralCounts.pending).toBeGreaterThan(0);
  });

  it('gives exactly one PROTECTED to twenty organisations filing the same company at the same moment', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 20; i++) {
      const org = await api.gql<{ createOrganization: { id: string } }>(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name: `并发测试链主${i}`, kind: 'CHAIN_MASTER' } },
        admin,
      );
      await api.gql(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: {
            username: `race${i}`,
            displayName: `并发${i}`,
            role: 'PARTNER',
            password: 'lianzhao-demo',
            organizationId: org.data?.createOrganization.id,
          },
        },
        admin,
      );
      tokens.push(await api.login(`race${i}`));
    }
    const fileAs = (token: string, i: number) =>
      api.gql<{ fileReferral: { status: string } }>(
        FILE_STATUS,
        {
          input: {
            companyName: i % 2 ? '上海并发（测试）科技有限公司' : '上海并发(测试)科技股份有限公司',
            segmentCode: 'ICV',
            ...CONTACT,
          },
        },
        token,
      );
    // All twenty at once, on both databases: on PostgreSQL they race for real; the embedded
    // database queues them on its single pooled connection, which must neither hang nor mix them up.
    const results = await Promise.all(tokens.map(fileAs));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const statuses = results.map((r) => r.data?.fileReferral.status).sort();
    expect(statuses.filter((s) => s === 'PROTECTED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'CONFLICT')).toHaveLength(19);
  });

  it('shows the partner the lead stage and milestone dates of an accepted referral, makes it eligible once landed, and lets an officer award it', async () => {
    const row = await file(partner, { companyName: '落地奖励测试有限公司', plannedInvestment: '12000' });
    const accepted = (
      await api.gql<{ acceptReferral: Row }>(ACCEPT, { input: { id: row.id, ownerId: officerId } }, officer)
    ).data?.acceptReferral;
    const lead = accepted?.review?.lead;
    const PROGRESS =
      'query ($id: ID!) { referral(id: $id) { version progress { leadStage projectType landedOn milestones { code plannedDate actualDate } } reward { eligible eligibleOn amount rewardedOn } } }';
    type Progress = {
      referral: {
        version: number;
        progress: {
          leadStage: string;
          landedOn: string | null;
          milestones: { code: string; actualDate: string | null }[];
        } | null;
        reward: { eligible: boolean; eligibleOn: string | null; amount: string | null };
      };
    };
    const early = await api.gql<Progress>(PROGRESS, { id: row.id }, partner);
    expect(early.data?.referral.progress).toMatchObject({ leadStage: 'NEW', milestones: [], landedOn: null });
    expect(early.data?.referral.reward.eligible).toBe(false);

    // 签约 follows 过会.
    const approved = await api.gql<{ moveLead: { version: number } }>(
      'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version } }',
      { input: { id: lead?.id, stage: 'APPROVED', version: lead?.version } },
      officer,
    );
    await api.gql(
      'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id } }',
      { input: { id: lead?.id, stage: 'SIGNED', version: approved.data?.moveLead.version } },
      officer,
    );
    const signed = await api.gql<{ lead: { project: { id: string; version: number } } }>(
      'query ($id: ID!) { lead(id: $id) { project { id version } } }',
      { id: lead?.id },
      officer,
    );
    const project = signed.data?.lead.project;
    const recorded = await api.gql(
      'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }',
      { input: { projectId: project?.id, version: project?.version, code: 'REGISTERED', actualDate: today } },
      officer,
    );
    expect(recorded.errors).toBeUndefined();

    const landed = await api.gql<Progress>(PROGRESS, { id: row.id }, partner);
    expect(landed.data?.referral.progress).toMatchObject({ leadStage: 'SIGNED', landedOn: today });
    expect(landed.data?.referral.progress?.milestones.find((m) => m.code === 'REGISTERED')?.actualDate).toBe(
      today,
    );
    expect(landed.data?.referral.reward).toMatchObject({ eligible: true, eligibleOn: today, amount: null });
    // The partner's view of a milestone has dates only.
    expect(
      errorCode(
        await api.gql(
          'query ($id: ID!) { referral(id: $id) { progress { milestones { notes } } } }',
          { id: row.id },
          partner,
        ),
      ),
    ).toBe('GRAPHQL_VALIDATION_FAILED');

    const REWARDS = '{ referralRewards { id companyName reward { eligible amount rewardedOn } } }';
    const partnerRewards = await api.gql<{ referralRewards: { id: string }[] }>(REWARDS, {}, partner);
    expect(partnerRewards.data?.referralRewards.map((r) => r.id)).toContain(row.id);
    const otherRewards = await api.gql<{ referralRewards: { id: string }[] }>(REWARDS, {}, partner2);
    expect(otherRewards.data?.referralRewards.map((r) => r.id)).not.toContain(row.id);

    const AWARD =
      'mutation ($input: AwardReferralInput!) { awardReferral(input: $input) { reward { amount rewardedOn } history { event partnerNote } } }';
    const version = landed.data?.referral.version;
    expect(
      errorCode(
        await api.gql(AWARD, { input: { id: row.id, version, amount: '12', rewardedOn: today } }, partner),
      ),
    ).toBe('FORBIDDEN');
    expect(
      fieldErrors(
        await api.gql(AWARD, { input: { id: row.id, version, amount: 'abc', rewardedOn: today } }, officer),
      ),
    ).toHaveProperty('amount');
    expect(
      fieldErrors(
        await api.gql(
          AWARD,
          { input: { id: row.id, version, amount: '12', rewardedOn: addDays(today, -1) } },
          officer,
        ),
      ),
    ).toEqual({ rewardedOn: `发放日期不能早于符合条件的日期 ${today}` });
    const awarded = await api.gql<{
      awardReferral: {
        reward: { amount: string; rewardedOn: string };
        history: { event: string; partnerNote: string }[];
      };
    }>(AWARD, { input: { id: row.id, version, amount: '12.5', rewardedOn: today } }, officer);
    expect(awarded.data?.awardReferral.reward).toEqual({ amount: '12.5', rewardedOn: today });
    expect(awarded.data?.awardReferral.history.at(-1)).toEqual({
      event: 'REWARDED',
      partnerNote: `引荐奖励 12.5 万元已于 ${today} 发放`,
    });

    const orgs = await api.gql<{
      organizations: {
        edges: {
          node: { referralFunnel: { filed: number; accepted: number; signed: number; landed: number } };
        }[];
      };
    }>(
      '{ organizations(filter: { kind: CHAIN_MASTER, search: "示例" }) { edges { node { referralFunnel { filed accepted signed landed } } } } }',
      {},
      officer,
    );
    const funnel = orgs.data?.organizations.edges[0].node.referralFunnel;
    expect(funnel?.landed).toBeGreaterThanOrEqual(1);
    expect(funnel?.signed).toBeGreaterThanOrEqual(funnel?.landed ?? 0);
    expect(funnel?.accepted).toBeGreaterThanOrEqual(funnel?.signed ?? 0);
    expect(funnel?.filed).toBeGreaterThan(funnel?.accepted ?? 0);
  });

  it('keeps the protection period and reward rule in admin-editable settings', async () => {
    const SETTINGS = '{ referralSettings { protectionDays rewardMilestone version } }';
    const UPDATE =
      'mutation ($input: UpdateReferralSettingsInput!) { updateReferralSettings(input: $input) { protectionDays rewardMilestone version } }';
    const current = await api.gql<{
      referralSettings: { protectionDays: number; rewardMilestone: string; version: number };
    }>(SETTINGS, {}, officer);
    expect(current.data?.referralSettings).toMatchObject({
      protectionDays: 180,
      rewardMilestone: 'REGISTERED',
    });
    const version = current.data?.referralSettings.version;
    expect(errorCode(await api.gql(UPDATE, { input: { version, protectionDays: 90 } }, officer))).toBe(
      'FORBIDDEN',
    );
    expect(fieldErrors(await api.gql(UPDATE, { input: { version, protectionDays: 0 } }, admin))).toEqual({
      protectionDays: '保护期至少 1 天',
    });
    expect(
      fieldErrors(await api.gql(UPDATE, { input: { version, rewardMilestone: 'NOPE' } }, admin)),
    ).toEqual({ rewardMilestone: '请选择有效的落地节点' });
    const changed = await api.gql<{ updateReferralSettings: { version: number } }>(
      UPDATE,
      { input: { version, protectionDays: 90 } },
      admin,
    );
    expect(changed.data?.updateReferralSettings).toMatchObject({ protectionDays: 90 });
    expect(errorCode(await api.gql(UPDATE, { input: { version, protectionDays: 60 } }, admin))).toBe(
      'CONFLICT',
    );
    expect((await file(partner, { companyName: '九十天保护测试有限公司' })).protectedUntil).toBe(
      addDays(today, 90),
    );
    await api.gql(
      UPDATE,
      { input: { version: changed.data?.updateReferralSettings.version, protectionDays: 180 } },
      admin,
    );
  });

  it('suggests a reward from the tier table to officers only; the officer confirms the amount', async () => {
    const current = await api.gql<{ referralSettings: { version: number } }>(
      '{ referralSettings { version } }',
      {},
      admin,
    );
    const UPDATE =
      'mutation ($input: UpdateReferralSettingsInput!) { updateReferralSettings(input: $input) { version rewardTiers { minInvestment perMille } rewardCap } }';
    const version = current.data?.referralSettings.version;
    const bad = await api.gql(
      UPDATE,
      { input: { version, rewardTiers: [{ minInvestment: '0', perMille: '150' }] } },
      admin,
    );
    expect(fieldErrors(bad)).toEqual({
      'rewardTiers.0.perMille': '第 1 档的比例须为 0–100 之间、不超过 4 位小数的千分比',
    });
    const saved = await api.gql<{ updateReferralSettings: { rewardTiers: unknown[]; rewardCap: string } }>(
      UPDATE,
      {
        input: {
          version,
          rewardTiers: [
            { minInvestment: '0', perMille: '3' },
            { minInvestment: '50,000', perMille: '2' },
          ],
          rewardCap: '100',
        },
      },
      admin,
    );
    expect(saved.data?.updateReferralSettings).toMatchObject({
      rewardTiers: [
        { minInvestment: '0', perMille: '3' },
        { minInvestment: '50000', perMille: '2' },
      ],
      rewardCap: '100',
    });

    // A referral whose project has landed, with a known planned fixed-asset investment.
    const row = await file(partner, { companyName: '建议金额测试有限公司' });
    const lead = (
      await api.gql<{ acceptReferral: Row }>(ACCEPT, { input: { id: row.id, ownerId: officerId } }, officer)
    ).data?.acceptReferral.review?.lead;
    // 签约 follows 过会.
    const approved = await api.gql<{ moveLead: { version: number } }>(
      'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version } }',
      { input: { id: lead?.id, stage: 'APPROVED', version: lead?.version } },
      officer,
    );
    await api.gql(
      'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id } }',
      { input: { id: lead?.id, stage: 'SIGNED', version: approved.data?.moveLead.version } },
      officer,
    );
    const signed = await api.gql<{ lead: { project: { id: string; version: number } } }>(
      'query ($id: ID!) { lead(id: $id) { project { id version } } }',
      { id: lead?.id },
      officer,
    );
    const project = signed.data?.lead.project;
    const updated = await api.gql<{ updateProject: { version: number } }>(
      'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { version } }',
      { input: { id: project?.id, version: project?.version, plannedFixedAssetInvestment: '20000' } },
      officer,
    );
    await api.gql(
      'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }',
      {
        input: {
          projectId: project?.id,
          version: updated.data?.updateProject.version,
          code: 'REGISTERED',
          actualDate: today,
        },
      },
      officer,
    );
    const demo = { id: row.id };
    const after = await api.gql<{
      referralRewards: { id: string; reward: { suggestedAmount: string | null } }[];
    }>('{ referralRewards { id reward { suggestedAmount } } }', {}, officer);
    expect(after.data?.referralRewards.find((r) => r.id === demo?.id)?.reward.suggestedAmount).toBe('60');
    const forPartner = await api.gql<{
      referralRewards: { id: string; reward: { suggestedAmount: string | null } }[];
    }>('{ referralRewards { id reward { suggestedAmount } } }', {}, partner);
    expect(
      forPartner.data?.referralRewards.find((r) => r.id === demo?.id)?.reward.suggestedAmount,
    ).toBeNull();
  });

  it('gives partners only their own organisation’s referrals; another organisation’s is NOT_FOUND', async () => {
    const theirs = await file(partner2, { companyName: '可见性测试有限公司' });
    const mine = await api.gql<{ referrals: { edges: { node: { id: string } }[] } }>(
      '{ referrals(first: 100) { edges { node { id } } } }',
      {},
      partner,
    );
    expect(mine.data?.referrals.edges.map((e) => e.node.id)).not.toContain(theirs.id);
    expect(errorCode(await api.gql(GET, { id: theirs.id }, partner))).toBe('NOT_FOUND');
    const filtered = await api.gql<{ referrals: { totalCount: number } }>(
      'query ($org: ID) { referrals(filter: { organizationId: $org }) { totalCount } }',
      { org: null },
      partner,
    );
    expect(filtered.data?.referrals.totalCount).toBe(mine.data?.referrals.edges.length);
  });
});
