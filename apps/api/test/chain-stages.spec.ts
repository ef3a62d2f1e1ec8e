import {
  addDays,
  CHAIN_REFERRAL_STATUSES,
  chainReferralStatus,
  OPEN_STAGES,
  REFERRAL_STATUSES,
  type LeadStage,
} from '@lianzhao/domain';
import { chainReferralStatusSql } from '@lianzhao/api-chain';
import { DataSource } from 'typeorm';
import { errorCode, fieldErrors, must, startTestApi, type TestApi } from './harness';

// 产业链图谱 by stage (issue 16): a link's open leads by stage and its referrals by status, each
// part equal to the totalCount of the list it opens, as of today and as of a day before a move.

const shanghaiDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

interface Breakdown {
  openLeads: number;
  openLeadsByStage: { stage: string; count: number }[];
  referrals: number;
  referralsByStatus: { status: string; count: number }[];
}
const MAP = `query ($asOf: String) { chainMap(industryCode: "GREEN_ENERGY", asOf: $asOf) { segments { links { id
  counts { openLeads openLeadsByStage { stage count } referrals referralsByStatus { status count } } } } } }`;
const CONTACT = { contactName: '钱总', contactPhone: '13900000001' };

describe('industry chain map: open leads by stage, referrals by status', () => {
  let api: TestApi;
  let db: DataSource;
  let officer: string;
  let partner: string;
  let linkId: string;
  let enterpriseId: string;
  let officerId: string;
  const leads: Record<string, { id: string; version: number }> = {};
  const referrals: Record<string, string> = {};

  const counts = async (asOf?: string): Promise<Breakdown> => {
    const map = must(
      await api.gql<{ chainMap: { segments: { links: { id: string; counts: Breakdown }[] }[] } }>(
        MAP,
        { asOf },
        officer,
      ),
    ).chainMap;
    const found = map.segments.flatMap((s) => s.links).find((l) => l.id === linkId);
    if (!found) throw new Error('link not on the map');
    return found.counts;
  };
  const total = async (list: string, filter: Record<string, unknown>) =>
    must(
      await api.gql<Record<string, { totalCount: number }>>(
        `query ($filter: ChainDrillFilter) { ${list}(filter: $filter, first: 1) { totalCount } }`,
        { filter },
        officer,
      ),
    )[list].totalCount;
  const byPart = (parts: { count: number }[], key: 'stage' | 'status') =>
    Object.fromEntries(parts.map((p) => [(p as Record<string, unknown>)[key], p.count]));

  /** Every part equals its list's totalCount; the stages add up to openLeads, the pending statuses to referrals. */
  const expectConsistent = async (c: Breakdown, asOf?: string) => {
    expect(c.openLeadsByStage.map((p) => p.stage)).toEqual(OPEN_STAGES);
    expect(c.referralsByStatus.map((p) => p.status)).toEqual(CHAIN_REFERRAL_STATUSES);
    expect(c.openLeadsByStage.reduce((sum, p) => sum + p.count, 0)).toBe(c.openLeads);
    const pending = c.referralsByStatus.filter((p) => p.status !== 'ACCEPTED');
    expect(pending.reduce((sum, p) => sum + p.count, 0)).toBe(c.referrals);
    for (const { stage, count } of c.openLeadsByStage) {
      expect({ stage, total: await total('chainLeads', { linkId, asOf, stage }) }).toEqual({
        stage,
        total: count,
      });
    }
    for (const { status, count } of c.referralsByStatus) {
      const listed = await total('chainReferrals', { linkId, asOf, referralStatus: status });
      expect({ status, total: listed }).toEqual({ status, total: count });
    }
    expect(await total('chainLeads', { linkId, asOf })).toBe(c.openLeads);
    expect(await total('chainReferrals', { linkId, asOf })).toBe(c.referrals);
  };

  async function lead(name: string, path: { stage: LeadStage; reason?: string }[]): Promise<void> {
    let current = must(
      await api.gql<{ createLead: { id: string; version: number } }>(
        'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id version } }',
        {
          input: {
            enterpriseId,
            projectName: `链阶段测试${name}`,
            segmentCode: 'ENERGY_STORAGE',
            channel: 'SELF',
          },
        },
        officer,
      ),
    ).createLead;
    for (const step of path) current = await move(current, step.stage, step.reason);
    leads[name] = current;
    must(await place('LEAD', current.id));
  }
  async function move(l: { id: string; version: number }, stage: LeadStage, reason?: string) {
    const moved = must(
      await api.gql<{ moveLead: { id: string; version: number } }>(
        'mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id version } }',
        { input: { id: l.id, version: l.version, stage, reason } },
        officer,
      ),
    ).moveLead;
    return moved;
  }
  const place = (entityType: string, entityId: string) =>
    api.gql(
      'mutation ($input: PlaceOnLinkInput!) { placeOnLink(input: $input) { id } }',
      { input: { entityType, entityId, linkId } },
      officer,
    );
  async function file(name: string, companyName: string, expected: string): Promise<void> {
    const filed = must(
      await api.gql<{ fileReferral: { id: string; status: string } }>(
        'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id status } }',
        { input: { companyName, segmentCode: 'ENERGY_STORAGE', ...CONTACT } },
        partner,
      ),
    ).fileReferral;
    expect({ name, status: filed.status }).toEqual({ name, status: expected });
    referrals[name] = filed.id;
    must(await place('REFERRAL', filed.id));
  }
  const reject = async (id: string) =>
    must(
      await api.gql(
        'mutation ($input: RejectReferralInput!) { rejectReferral(input: $input) { id } }',
        { input: { id, reason: '不符合产业方向' } },
        officer,
      ),
    );

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    [officer, partner] = await Promise.all(['officer', 'partner'].map((u) => api.login(u)));
    officerId = must(await api.gql<{ me: { id: string } }>('{ me { id } }', {}, officer)).me.id;
    const cells = must(
      await api.gql<{ chainLinks: { id: string; name: string }[] }>(
        '{ chainLinks(segmentCode: "ENERGY_STORAGE") { id name } }',
        {},
        officer,
      ),
    ).chainLinks;
    linkId = cells.find((l) => l.name === '电芯')?.id ?? '';
    enterpriseId = must(
      await api.gql<{ createEnterprise: { id: string } }>(
        'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        { input: { name: '链阶段测试电芯有限公司' } },
        officer,
      ),
    ).createEnterprise.id;
  });
  afterAll(() => api.close());

  it('SQL twin of chainReferralStatus agrees with the domain rule', async () => {
    const day = '2026-03-10';
    const cases = REFERRAL_STATUSES.flatMap((status) =>
      [null, addDays(day, -1), day, addDays(day, 1)].flatMap((protectedUntil) =>
        ([null, 'NEW', 'ON_HOLD', 'SIGNED', 'LOST'] as const).map((leadStage) => ({
          status,
          protectedUntil,
          leadStage,
        })),
      ),
    );
    const expression = chainReferralStatusSql({
      status: 'x.status',
      protectedUntil: 'x.protected_until',
      leadStage: 'x.stage',
      day: 'x.day',
    });
    for (const c of cases) {
      const [row] = (await db.query(
        `SELECT ${expression} AS part FROM (SELECT CAST($1 AS varchar) AS status, CAST($2 AS date) AS protected_until, CAST($3 AS varchar) AS stage, CAST($4 AS date) AS day) x`,
        [c.status, c.protectedUntil, c.leadStage, day],
      )) as { part: string | null }[];
      expect({ ...c, part: row.part }).toEqual({ ...c, part: chainReferralStatus(c, day) });
    }
  });

  it('breaks a link down by stage and status, each part equal to its list, as of today and an earlier day', async () => {
    const empty = await counts();
    expect(empty.openLeads).toBe(0);
    await expectConsistent(empty);

    await lead('新', []);
    await lead('接洽', [{ stage: 'CONTACTED' }]);
    await lead('考察', [{ stage: 'CONTACTED' }, { stage: 'VISITED' }]);
    await lead('洽谈', [{ stage: 'NEGOTIATING' }]);
    await lead('暂缓', [{ stage: 'ON_HOLD', reason: '企业资金未到位' }]);
    await lead('流失', [{ stage: 'LOST', reason: '企业选址外省' }]);

    await file('protected', '链阶段测试保护中科技有限公司', 'PROTECTED');
    await file('rejected', '链阶段测试未受理科技有限公司', 'PROTECTED');
    await reject(referrals.rejected);
    // The company of an open lead: already in the pipeline.
    await file('existing', '链阶段测试电芯有限公司', 'EXISTING');
    await file('accepted', '链阶段测试已受理科技有限公司', 'PROTECTED');
    const accepted = must(
      await api.gql<{ acceptReferral: { review: { lead: { id: string; version: number } } } }>(
        'mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { review { lead { id version } } } }',
        { input: { id: referrals.accepted, ownerId: officerId } },
        officer,
      ),
    ).acceptReferral.review.lead;
    // A protection past its last day that the daily job has not released yet reads as expired.
    await file('lapsed', '链阶段测试已过期科技有限公司', 'PROTECTED');
    const lapsedOn = shanghaiDay(-40);
    await db.query('UPDATE referrals SET protected_until = $2 WHERE id = $1', [referrals.lapsed, lapsedOn]);
    await db.query('UPDATE referral_history SET protected_until = $2 WHERE referral_id = $1', [
      referrals.lapsed,
      lapsedOn,
    ]);

    const today = await counts();
    expect(today.openLeads).toBe(5);
    expect(byPart(today.openLeadsByStage, 'stage')).toEqual({
      NEW: 1,
      CONTACTED: 1,
      VISITED: 1,
      NEGOTIATING: 1,
      APPROVED: 0,
      ON_HOLD: 1,
    });
    expect(today.referrals).toBe(2);
    expect(byPart(today.referralsByStatus, 'status')).toEqual({ PROTECTED: 1, EXISTING: 1, ACCEPTED: 1 });
    await expectConsistent(today);

    // All of it a month old; then today 考察 → 洽谈, 新 lost, the protected referral rejected and
    // the accepted referral's lead lost (the referral is no longer being worked).
    const leadIds = [...Object.values(leads).map((l) => l.id), accepted.id];
    const referralIds = Object.values(referrals);
    await db.query(
      `UPDATE chain_placements SET created_at = created_at - interval '30 days' WHERE link_id = $1`,
      [linkId],
    );
    await db.query(`UPDATE leads SET created_at = created_at - interval '30 days' WHERE id = ANY($1)`, [
      leadIds,
    ]);
    await db.query(`UPDATE lead_stage_changes SET at = at - interval '30 days' WHERE lead_id = ANY($1)`, [
      leadIds,
    ]);
    await db.query(`UPDATE referrals SET created_at = created_at - interval '30 days' WHERE id = ANY($1)`, [
      referralIds,
    ]);
    await db.query(`UPDATE referral_history SET at = at - interval '30 days' WHERE referral_id = ANY($1)`, [
      referralIds,
    ]);
    await move(leads['考察'], 'NEGOTIATING');
    await move(leads['新'], 'LOST', '企业选址外省');
    await reject(referrals.protected);
    await move(accepted, 'LOST', '企业放弃投资');

    const yesterday = shanghaiDay(-1);
    const before = await counts(yesterday);
    expect(before.openLeads).toBe(5);
    expect(byPart(before.openLeadsByStage, 'stage')).toEqual({
      NEW: 1,
      CONTACTED: 1,
      VISITED: 1,
      NEGOTIATING: 1,
      APPROVED: 0,
      ON_HOLD: 1,
    });
    expect(byPart(before.referralsByStatus, 'status')).toEqual({ PROTECTED: 1, EXISTING: 1, ACCEPTED: 1 });
    await expectConsistent(before, yesterday);

    const now = await counts();
    expect(now.openLeads).toBe(4);
    expect(byPart(now.openLeadsByStage, 'stage')).toEqual({
      NEW: 0,
      CONTACTED: 1,
      VISITED: 0,
      NEGOTIATING: 2,
      APPROVED: 0,
      ON_HOLD: 1,
    });
    expect(now.referrals).toBe(1);
    expect(byPart(now.referralsByStatus, 'status')).toEqual({ PROTECTED: 0, EXISTING: 1, ACCEPTED: 0 });
    await expectConsistent(now);
  });

  it('the district overview counts a lead on two links of the industry once, as its list does', async () => {
    const overview = async () =>
      must(
        await api.gql<{ chainOverview: { industries: { code: string; now: { openLeads: number } }[] } }>(
          `query ($since: String!) { chainOverview(since: $since) { industries { code now { openLeads } } } }`,
          { since: shanghaiDay(-1) },
          officer,
        ),
      ).chainOverview.industries.find((i) => i.code === 'GREEN_ENERGY')?.now.openLeads;
    const before = await overview();
    const separator = must(
      await api.gql<{ chainLinks: { id: string; name: string }[] }>(
        '{ chainLinks(segmentCode: "ENERGY_STORAGE") { id name } }',
        {},
        officer,
      ),
    ).chainLinks.find((l) => l.name === '隔膜');
    must(
      await api.gql(
        'mutation ($input: PlaceOnLinkInput!) { placeOnLink(input: $input) { id } }',
        { input: { entityType: 'LEAD', entityId: leads['接洽'].id, linkId: separator?.id } },
        officer,
      ),
    );
    expect(await overview()).toBe(before);
    expect(await total('chainLeads', { industryCode: 'GREEN_ENERGY' })).toBe(before);
  });

  it('refuses a closed stage, and a stage or status on a list it does not narrow', async () => {
    const closed = await api.gql(
      '{ chainLeads(filter: { linkId: "' + linkId + '", stage: SIGNED }) { totalCount } }',
      {},
      officer,
    );
    expect(errorCode(closed)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(closed)['filter.stage']).toMatch(/进行中/);
    const rejected = await api.gql(
      '{ chainReferrals(filter: { linkId: "' + linkId + '", referralStatus: REJECTED }) { totalCount } }',
      {},
      officer,
    );
    expect(fieldErrors(rejected)['filter.referralStatus']).toBeDefined();
    const wrongList = await api.gql(
      '{ chainEnterprises(filter: { linkId: "' + linkId + '", stage: NEW }) { totalCount } }',
      {},
      officer,
    );
    expect(fieldErrors(wrongList)['filter.stage']).toMatch(/线索/);
    const wrongExport = await api.gql(
      '{ chainListExport(kind: LEADS, filter: { linkId: "' +
        linkId +
        '", referralStatus: PROTECTED }) { filename } }',
      {},
      officer,
    );
    expect(fieldErrors(wrongExport)['filter.referralStatus']).toMatch(/报备/);
  });
});
