import type { OrganizationKind } from './organization-kinds';
import { daysBetween } from './milestones';
import type { LeadStage } from './pipeline';
import {
  channelForOrganizationKind,
  checkFilingPermission,
  contractPeriodProblem,
  effectiveReferralStatus,
  extendedProtection,
  filingOutcome,
  pendingCount,
  protectionEnd,
  protectionExpiringSoon,
  referralMatchKey,
  rewardEligibleOn,
  rewardRuleProblem,
  suggestReward,
  sameCompany,
  type MatchingReferral,
  type ReferralStatus,
} from './referrals';

describe('referral rules (报备)', () => {
  it.each<[OrganizationKind, string]>([
    ['CHAIN_MASTER', 'CHAIN'],
    ['PARK_OPERATOR', 'CHAIN'],
    ['PLATFORM', 'PLATFORM'],
    ['FUND_MANAGER', 'FUND'],
    ['LOCAL_ENTERPRISE', 'BUSINESS'],
    ['ASSOCIATION', 'CHAIN'],
  ])('a referral from %s counts as channel %s', (kind, channel) => {
    expect(channelForOrganizationKind(kind)).toBe(channel);
  });

  it.each<[string, string | null, string, string | null, boolean]>([
    ['上海链招科技有限公司', null, '上海链招科技股份有限公司', null, true],
    ['上海链招（奉贤）科技有限公司', null, '上海链招(奉贤)科技股份有限公司', null, true],
    ['上海链招科技有限公司', null, '上海链招科技 有限公司', null, true],
    ['上海链招科技有限公司', null, '上海链招智能有限公司', null, false],
    ['甲公司', '91310000132149237G', '完全不同的名字', '91310000132149237g', true],
    ['上海链招科技有限公司', '91310000132149237G', '上海链招科技有限公司', null, true],
    ['上海链招集团有限公司', null, '上海链招有限公司', null, false],
  ])('%s (%s) and %s (%s) are the same company: %s', (a, codeA, b, codeB, same) => {
    expect(sameCompany(referralMatchKey(a, codeA), referralMatchKey(b, codeB))).toBe(same);
  });

  it('normalises the credit code of the key and treats blank as none', () => {
    expect(referralMatchKey('甲', ' 91310000132149237g ')).toEqual({
      creditCode: '91310000132149237G',
      nameKey: '甲',
    });
    expect(referralMatchKey('甲', '')).toEqual({ creditCode: null, nameKey: '甲' });
  });

  it.each<[string, number, string]>([
    ['2026-01-01', 180, '2026-06-30'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('protection filed %s for %d days ends %s', (from, days, end) => {
    expect(protectionEnd(from, days)).toBe(end);
    expect(daysBetween(from, end)).toBe(days);
  });

  it('extends from today but never shortens', () => {
    expect(extendedProtection('2026-03-01', '2026-02-01', 180)).toBe('2026-07-31');
    expect(extendedProtection('2026-12-01', '2026-02-01', 30)).toBe('2026-12-01');
  });

  it.each<[ReferralStatus, string | null, LeadStage | null, string, ReferralStatus]>([
    ['PROTECTED', '2026-06-30', null, '2026-06-30', 'PROTECTED'],
    ['PROTECTED', '2026-06-30', null, '2026-07-01', 'EXPIRED'],
    ['ACCEPTED', '2026-06-30', 'NEGOTIATING', '2026-07-01', 'EXPIRED'],
    ['ACCEPTED', '2026-06-30', 'SIGNED', '2027-07-01', 'ACCEPTED'],
    ['CONFLICT', null, null, '2030-01-01', 'CONFLICT'],
    ['EXISTING', null, null, '2030-01-01', 'EXISTING'],
    ['REJECTED', '2026-06-30', null, '2030-01-01', 'REJECTED'],
    ['EXPIRED', '2026-06-30', null, '2026-01-01', 'EXPIRED'],
  ])('%s until %s (lead %s) reads on %s as %s', (status, protectedUntil, leadStage, today, effective) => {
    expect(effectiveReferralStatus({ status, protectedUntil, leadStage }, today)).toBe(effective);
  });

  it.each<[string, string, boolean]>([
    ['2026-06-30', '2026-05-31', true],
    ['2026-06-30', '2026-05-30', false],
    ['2026-06-30', '2026-06-30', true],
    ['2026-06-30', '2026-07-01', false],
  ])('protection until %s is expiring soon on %s: %s', (until, today, soon) => {
    expect(protectionExpiringSoon({ status: 'PROTECTED', protectedUntil: until }, today)).toBe(soon);
  });

  it.each<[OrganizationKind, string | null, string | null, string, boolean]>([
    ['CHAIN_MASTER', null, null, '2026-01-01', true],
    ['PLATFORM', '2025-01-01', '2026-12-31', '2026-06-01', true],
    ['PLATFORM', '2025-01-01', '2026-12-31', '2026-12-31', true],
    ['PLATFORM', '2025-01-01', '2025-12-31', '2026-01-01', false],
    ['PLATFORM', '2026-02-01', '2027-01-31', '2026-01-31', false],
    ['PLATFORM', null, null, '2026-01-01', false],
  ])('%s with contract %s–%s may file on %s: %s', (kind, contractStartsOn, contractEndsOn, today, ok) => {
    expect(checkFilingPermission({ kind, contractStartsOn, contractEndsOn }, today).ok).toBe(ok);
  });

  it('explains a lapsed contract', () => {
    expect(
      checkFilingPermission(
        { kind: 'PLATFORM', contractStartsOn: '2025-01-01', contractEndsOn: '2025-12-31' },
        '2026-01-05',
      ),
    ).toEqual({
      ok: false,
      message: '贵机构与本区的签约已于 2025-12-31 到期，不能报备，请联系投促办续签',
    });
  });

  it('refuses a contract that ends before it starts', () => {
    expect(contractPeriodProblem('2026-02-01', '2026-01-01')).toBe('签约结束日期不能早于开始日期');
    expect(contractPeriodProblem('2026-01-01', '2026-01-01')).toBeNull();
  });
});

describe('reward eligibility (引荐奖励)', () => {
  const milestones = [
    { code: 'SIGNED', actualDate: '2026-01-10' },
    { code: 'REGISTERED', actualDate: '2026-02-01' },
    { code: 'SITE_SECURED', actualDate: null },
  ];
  it.each<[string, string | null]>([
    ['REGISTERED', '2026-02-01'],
    ['SIGNED', '2026-01-10'],
    ['SITE_SECURED', null],
    ['IN_PRODUCTION', null],
  ])('with the rule %s the referral is eligible since %s', (rule, since) => {
    expect(rewardEligibleOn(milestones, rule)).toBe(since);
  });
});

describe('reward suggestion (tier table)', () => {
  const tiers = [
    { minInvestment: '0', perMille: '3' },
    { minInvestment: '100000', perMille: '2' },
    { minInvestment: '500000', perMille: '1.5' },
  ];
  it.each<[string | null, string | null, string | null]>([
    [null, null, null],
    ['10000', null, '30'],
    ['100000', null, '200'],
    ['800000', null, '1200'],
    ['800000', '300', '300'],
    ['12345.6789', null, '37.037'],
    ['0.0001', null, '0'],
  ])('investment %s 万元 with cap %s suggests %s 万元', (investment, cap, expected) => {
    expect(suggestReward(investment, tiers, cap)).toBe(expected);
  });

  it('suggests nothing below the first bracket', () => {
    expect(suggestReward('500', [{ minInvestment: '1000', perMille: '3' }], null)).toBeNull();
  });

  it.each<[{ minInvestment: string; perMille: string }[], string | null, string | null]>([
    [tiers, '300', null],
    [[{ minInvestment: 'x', perMille: '3' }], null, 'rewardTiers.0.minInvestment'],
    [[{ minInvestment: '0', perMille: '101' }], null, 'rewardTiers.0.perMille'],
    [
      [
        { minInvestment: '10', perMille: '1' },
        { minInvestment: '10.0', perMille: '2' },
      ],
      null,
      'rewardTiers',
    ],
    [[], '1.23456', 'rewardCap'],
  ])('checks the rule %j (cap %s): problem on %s', (rule, cap, field) => {
    expect(rewardRuleProblem(rule, cap)?.field ?? null).toBe(field);
  });
});

describe('filing outcome (报备结果)', () => {
  const today = '2026-03-10';
  const ref = (
    organizationId: string,
    status: ReferralStatus,
    protectedUntil: string | null,
    leadStage: LeadStage | null = null,
  ): MatchingReferral & { id: string } => ({
    id: `${organizationId}-${status}`,
    organizationId,
    status,
    protectedUntil,
    filedOn: '2026-01-05',
    leadStage,
  });
  const lead = { id: 'lead-1' };

  it.each<[string, (MatchingReferral & { id: string })[], { id: string } | null, string | null, string, string | null]>([
    ['nothing matches', [], null, 'me', 'PROTECTED', null],
    ['an open lead', [], lead, 'me', 'EXISTING', 'lead-1'],
    ["another's live protection", [ref('other', 'PROTECTED', '2026-06-01')], lead, 'me', 'CONFLICT', 'other-PROTECTED'],
    ["another's accepted referral", [ref('other', 'ACCEPTED', '2026-06-01')], null, 'me', 'CONFLICT', 'other-ACCEPTED'],
    ['protection ending today still holds', [ref('other', 'PROTECTED', today)], null, 'me', 'CONFLICT', 'other-PROTECTED'],
    ['protection ended yesterday is free', [ref('other', 'PROTECTED', '2026-03-09')], null, 'me', 'PROTECTED', null],
    ['lapsed protection, open lead', [ref('other', 'ACCEPTED', '2026-03-09', 'APPROVED')], lead, 'me', 'EXISTING', 'lead-1'],
    ['a signed lead keeps the protection', [ref('other', 'ACCEPTED', '2026-03-09', 'SIGNED')], null, 'me', 'CONFLICT', 'other-ACCEPTED'],
    ["another's EXISTING does not protect", [ref('other', 'EXISTING', null)], null, 'me', 'PROTECTED', null],
    ["another's EXISTING, open lead", [ref('other', 'EXISTING', null)], lead, 'me', 'EXISTING', 'lead-1'],
    ['own protection', [ref('other', 'PROTECTED', '2026-06-01'), ref('me', 'PROTECTED', '2026-06-01')], null, 'me', 'ALREADY_FILED', 'me-PROTECTED'],
    ['own EXISTING', [ref('me', 'EXISTING', null)], lead, 'me', 'ALREADY_FILED', 'me-EXISTING'],
    ['own lapsed protection', [ref('me', 'PROTECTED', '2026-03-09')], null, 'me', 'PROTECTED', null],
    ['staff own nothing', [ref('other', 'PROTECTED', '2026-06-01')], null, null, 'CONFLICT', 'other-PROTECTED'],
    ['rejected and expired do not count', [ref('other', 'REJECTED', null), ref('x', 'EXPIRED', '2026-01-01'), ref('y', 'CONFLICT', null)], null, 'me', 'PROTECTED', null],
  ])('%s', (_name, matching, openLead, org, status, subject) => {
    const outcome = filingOutcome(matching, openLead, org, today);
    expect(outcome.status).toBe(status);
    const id =
      outcome.status === 'ALREADY_FILED'
        ? outcome.own.id
        : outcome.status === 'CONFLICT'
          ? outcome.holder.id
          : outcome.status === 'EXISTING'
            ? outcome.lead.id
            : null;
    expect(id).toBe(subject);
  });

  it('tells the filer what it already has', () => {
    expect(filingOutcome([ref('me', 'EXISTING', null)], null, 'me', today)).toMatchObject({
      message: '贵机构已于 2026-01-05 报备该企业，正在等待投促办处理',
    });
    expect(filingOutcome([ref('me', 'ACCEPTED', '2026-06-01')], null, 'me', today)).toMatchObject({
      message: '贵机构已报备该企业，保护期至 2026-06-01，无需重复报备',
    });
  });

  it('counts the pending ones: protected and existing', () => {
    expect(
      pendingCount([
        { status: 'PROTECTED', count: 2 },
        { status: 'EXISTING', count: 3 },
        { status: 'CONFLICT', count: 5 },
        { status: 'ACCEPTED', count: 7 },
      ]),
    ).toBe(5);
  });
});
