import { Clock } from '@lianzhao/api-core';
import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';
import { drillCheck, FIGURE, type Figure, must } from './dashboard-drills';
import { clearBusinessData, shanghai, sql } from './dashboard-progress-kit';

const FUNNEL = `filed ${FIGURE} accepted ${FIGURE} signed ${FIGURE} landed ${FIGURE}`;
const REFERRALS = `query ($filter: DashboardFilter) { dashboard(filter: $filter) {
  period { from to }
  referrals {
    total { ${FUNNEL} }
    byOrganization { organizationId organizationName kind ${FUNNEL} }
    byKind { kind name ${FUNNEL} }
    rewardsDue ${FIGURE} rewardsSuggested ${FIGURE} rewardsAwarded ${FIGURE} rewardsAwardedAmount ${FIGURE}
  } } }`;

interface Funnel {
  filed: Figure;
  accepted: Figure;
  signed: Figure;
  landed: Figure;
}
interface Referrals {
  total: Funnel;
  byOrganization: (Funnel & { organizationId: string; organizationName: string; kind: string })[];
  byKind: (Funnel & { kind: string; name: string })[];
  rewardsDue: Figure;
  rewardsSuggested: Figure<string>;
  rewardsAwarded: Figure;
  rewardsAwardedAmount: Figure<string>;
}

const steps = (f: Funnel) => [f.filed.value, f.accepted.value, f.signed.value, f.landed.value];
const CONTACT = { contactName: '赵总', contactPhone: '13900000000' };

describe('cockpit: partner referrals (Dashboard.referrals)', () => {
  let api: TestApi;
  let clock: Clock;
  let admin: string;
  let officer: string;
  let leader: string;
  let partner: string;
  let partner2: string;
  let officerId: string;
  let chainOrgId: string;
  let platformOrgId: string;

  async function file(
    token: string,
    name: string,
    filedAt: string,
    segmentCode = 'HYDROGEN',
  ): Promise<string> {
    const id = must(
      await api.gql<{ fileReferral: { id: string } }>(
        'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id } }',
        { input: { companyName: name, segmentCode, ...CONTACT } },
        token,
      ),
    ).fileReferral.id;
    // The filing moment as if it had happened then (created_at is the database's clock).
    await sql(api, 'UPDATE referrals SET created_at = $2 WHERE id = $1', [id, filedAt]);
    return id;
  }

  async function accept(id: string): Promise<{ id: string; version: number }> {
    return must(
      await api.gql<{ acceptReferral: { review: { lead: { id: string; version: number } } } }>(
        'mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { review { lead { id version } } } }',
        { input: { id, ownerId: officerId } },
        officer,
      ),
    ).acceptReferral.review.lead;
  }

  const MOVE =
    'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { version project { id version } } }';
  async function sign(lead: { id: string; version: number }): Promise<{ id: string; version: number }> {
    type Moved = { moveLead: { version: number; project: { id: string; version: number } | null } };
    const approved = must(
      await api.gql<Moved>(
        MOVE,
        { input: { id: lead.id, stage: 'APPROVED', version: lead.version } },
        officer,
      ),
    );
    const signed = must(
      await api.gql<Moved>(
        MOVE,
        { input: { id: lead.id, stage: 'SIGNED', version: approved.moveLead.version } },
        officer,
      ),
    );
    if (!signed.moveLead.project) throw new Error('no project on 签约');
    return signed.moveLead.project;
  }

  async function land(project: { id: string; version: number }, investment: string): Promise<void> {
    const updated = must(
      await api.gql<{ updateProject: { version: number } }>(
        'mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { version } }',
        { input: { id: project.id, version: project.version, plannedFixedAssetInvestment: investment } },
        officer,
      ),
    ).updateProject;
    must(
      await api.gql(
        'mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }',
        {
          input: {
            projectId: project.id,
            version: updated.version,
            code: 'REGISTERED',
            actualDate: clock.today(),
          },
        },
        officer,
      ),
    );
  }

  async function referrals(filter: Record<string, unknown>): Promise<Referrals> {
    const data = must(await api.gql<{ dashboard: { referrals: Referrals } }>(REFERRALS, { filter }, leader));
    const drills = await drillCheck(api, leader, data);
    expect(drills.mismatches).toEqual([]);
    expect(drills.checked).toBeGreaterThan(0);
    return data.dashboard.referrals;
  }

  beforeAll(async () => {
    api = await startTestApi();
    clock = api.app.get(Clock);
    clock.fix(shanghai('2027-01-20'));
    [admin, officer, leader, partner, partner2] = await Promise.all(
      ['admin', 'officer', 'leader', 'partner', 'partner2'].map((u) => api.login(u)),
    );
    officerId = must(await api.gql<{ me: { id: string } }>('{ me { id } }', {}, officer)).me.id;
    const orgOf = async (kind: string) =>
      must(
        await api.gql<{ organizations: { edges: { node: { id: string } }[] } }>(
          `{ organizations(filter: { kind: ${kind} }) { edges { node { id } } } }`,
          {},
          officer,
        ),
      ).organizations.edges[0].node.id;
    chainOrgId = await orgOf('CHAIN_MASTER');
    platformOrgId = await orgOf('PLATFORM');
    await clearBusinessData(api);
    const settings = must(
      await api.gql<{ referralSettings: { version: number } }>('{ referralSettings { version } }', {}, admin),
    ).referralSettings;
    must(
      await api.gql(
        'mutation ($input: UpdateReferralSettingsInput!) { updateReferralSettings(input: $input) { version } }',
        { input: { version: settings.version, rewardTiers: [{ minInvestment: '0', perMille: '3' }] } },
        admin,
      ),
    );

    // R1 (chain): filed 12-31 23:30 Shanghai, accepted, signed, landed; reward due (10000 × 3‰ = 30).
    const r1 = await file(partner, '驾驶舱报备一有限公司', '2026-12-31T23:30:00+08:00');
    await land(await sign(await accept(r1)), '10000');
    // R2 (chain): filed 01-01 00:30 Shanghai, accepted and signed.
    // Accepted and signed on 01-08 (the as-of test looks at 01-10); everything else happens on 01-20.
    const r2 = await file(partner, '驾驶舱报备二有限公司', '2027-01-01T00:30:00+08:00');
    clock.fix(shanghai('2027-01-08'));
    await sign(await accept(r2));
    clock.fix(shanghai('2027-01-20'));
    // R3 (platform): accepted; R4 (platform): filed only.
    await accept(await file(partner2, '驾驶舱报备三有限公司', '2027-01-05T10:00:00+08:00'));
    await file(partner2, '驾驶舱报备四有限公司', '2027-01-06T10:00:00+08:00');
    // R5 (platform, another industry): filed in December only.
    await file(partner2, '驾驶舱报备五有限公司', '2026-12-10T10:00:00+08:00', 'SOFTWARE_IT');
    // R6 (chain): filed in November, landed, reward of 12.5 awarded on 01-20.
    const r6 = await file(partner, '驾驶舱报备六有限公司', '2026-11-10T10:00:00+08:00');
    await land(await sign(await accept(r6)), '2000');
    const version = must(
      await api.gql<{ referral: { version: number } }>(
        'query ($id: ID!) { referral(id: $id) { version } }',
        { id: r6 },
        officer,
      ),
    ).referral.version;
    must(
      await api.gql(
        'mutation ($input: AwardReferralInput!) { awardReferral(input: $input) { id } }',
        { input: { id: r6, version, amount: '12.5', rewardedOn: '2027-01-20' } },
        officer,
      ),
    );
    // Starting the API on a fresh embedded database and building the history takes a while on a busy machine.
  }, 240_000);
  afterAll(async () => {
    clock.fix(null);
    await api.close();
  });

  it('follows referrals filed in January (from 00:30 on 01-01 Shanghai) per organisation and kind', async () => {
    const january = await referrals({ from: '2027-01-01', to: '2027-01-31' });
    expect(steps(january.total)).toEqual([3, 2, 1, 0]);
    expect(january.byOrganization.map((o) => [o.organizationId, o.kind, ...steps(o)])).toEqual([
      [platformOrgId, 'PLATFORM', 2, 1, 0, 0],
      [chainOrgId, 'CHAIN_MASTER', 1, 1, 1, 0],
    ]);
    expect(january.byKind.map((k) => [k.kind, ...steps(k)])).toEqual([
      ['CHAIN_MASTER', 1, 1, 1, 0],
      ['PLATFORM', 2, 1, 0, 0],
    ]);
    expect(january.total.signed.drill).toEqual({
      kind: 'REFERRALS',
      filter: { filedFrom: '2027-01-01', filedTo: '2027-01-20', progress: 'SIGNED' },
    });
    expect(january.byKind[0].filed.drill.filter).toEqual({
      filedFrom: '2027-01-01',
      filedTo: '2027-01-20',
      organizationKind: 'CHAIN_MASTER',
    });
    // Rewards: R1 is due now (30 万元 suggested); R6's 12.5 was awarded in the period.
    expect([january.rewardsDue.value, january.rewardsSuggested.value]).toEqual([1, '30']);
    expect([january.rewardsAwarded.value, january.rewardsAwardedAmount.value]).toEqual([1, '12.5']);
    expect(january.rewardsDue.drill.filter).toEqual({ rewardDue: true });
  });

  it('gives the leading organisations on request, with how many there are in all', async () => {
    const TOP = `query ($filter: DashboardFilter, $first: Int) { dashboard(filter: $filter) { referrals {
      organizationCount byOrganization(first: $first) { organizationId filed ${FIGURE} } } } }`;
    type Top = { dashboard: { referrals: { organizationCount: number; byOrganization: { organizationId: string; filed: Figure }[] } } };
    const filter = { from: '2027-01-01', to: '2027-01-31' };
    const top = must(await api.gql<Top>(TOP, { filter, first: 1 }, leader));
    expect(top.dashboard.referrals.organizationCount).toBe(2);
    // The one shown is the first of the full ranking, with the same figure and drill.
    const all = await referrals(filter);
    expect(top.dashboard.referrals.byOrganization).toEqual([
      { organizationId: all.byOrganization[0].organizationId, filed: all.byOrganization[0].filed },
    ]);
    const drills = await drillCheck(api, leader, top);
    expect([drills.checked, drills.mismatches]).toEqual([1, []]);
    for (const first of [0, 1001]) {
      const refused = await api.gql(TOP, { filter, first }, leader);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldErrors(refused))).toEqual(['first']);
    }
  });

  it('counts a filing at 23:30 on 12-31 Shanghai in December, cut by industry', async () => {
    const december = await referrals({ from: '2026-12-01', to: '2026-12-31' });
    expect(steps(december.total)).toEqual([2, 1, 1, 1]);
    expect([december.rewardsAwarded.value, december.rewardsAwardedAmount.value]).toEqual([0, '0']);
    const green = await referrals({ from: '2026-12-01', to: '2026-12-31', industryCode: 'GREEN_ENERGY' });
    expect(steps(green.total)).toEqual([1, 1, 1, 1]);
    expect(green.byOrganization.map((o) => o.organizationId)).toEqual([chainOrgId]);
    expect(green.total.filed.drill.filter).toEqual({
      industryCode: 'GREEN_ENERGY',
      filedFrom: '2026-12-01',
      filedTo: '2026-12-31',
    });
  });

  it('reproduces the funnel at the end of a past day, and keeps it after later decisions', async () => {
    const asOf = { from: '2027-01-01', to: '2027-01-31', asOf: '2027-01-10' };
    const expectAsOf = (r: Referrals) => {
      // Filed by 01-10: R2, R3, R4; only R2 was accepted (01-08) and signed (01-08) by then.
      expect(steps(r.total)).toEqual([3, 1, 1, 0]);
      expect(r.total.accepted.drill.filter).toEqual({
        filedFrom: '2027-01-01',
        filedTo: '2027-01-10',
        asOf: '2027-01-10',
        progress: 'ACCEPTED',
      });
    };
    expectAsOf(await referrals(asOf));
    // A filing after the day and a decision after it change today's figures, not the day's.
    await file(partner2, '驾驶舱报备七有限公司', '2027-01-15T10:00:00+08:00');
    const r4 = must(
      await api.gql<{ referrals: { edges: { node: { id: string; companyName: string } }[] } }>(
        '{ referrals(first: 20, filter: { search: "驾驶舱报备四" }) { edges { node { id companyName } } } }',
        {},
        officer,
      ),
    ).referrals.edges[0].node.id;
    await accept(r4);
    expectAsOf(await referrals(asOf));
    const now = await referrals({ from: '2027-01-01', to: '2027-01-31' });
    expect(steps(now.total)).toEqual([4, 3, 1, 0]);
  });

  it('agrees with the organisation funnel, which counts with the same rule', async () => {
    const all = await referrals({ from: '2026-01-01', to: '2027-01-31' });
    const chain = all.byOrganization.find((o) => o.organizationId === chainOrgId);
    expect(chain && steps(chain)).toEqual([3, 3, 3, 2]);
    const funnel = must(
      await api.gql<{
        organization: { referralFunnel: { filed: number; accepted: number; signed: number; landed: number } };
      }>(
        'query ($id: ID!) { organization(id: $id) { referralFunnel { filed accepted signed landed } } }',
        { id: chainOrgId },
        officer,
      ),
    ).organization.referralFunnel;
    expect(funnel).toEqual({ filed: 3, accepted: 3, signed: 3, landed: 2 });
  });
});
