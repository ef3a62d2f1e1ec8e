import type { LocalizedLabel } from './labels';
import { normalizeCreditCode } from './credit-code';
import { LANDED_MILESTONE, daysBetween, type MilestoneCode } from './milestones';
import { normalizeCompanyName } from './names';
import type { OrganizationKind } from './organization-kinds';
import type { Channel, LeadStage } from './pipeline';

/**
 * 报备 (DOMAIN.md, "Referrals"). A filing answers with one of the first three statuses; an
 * officer's decision turns PROTECTED or EXISTING into ACCEPTED or REJECTED; a protection that
 * runs out without progress becomes EXPIRED.
 */
export const REFERRAL_STATUSES = [
  'PROTECTED',
  'CONFLICT',
  'EXISTING',
  'ACCEPTED',
  'REJECTED',
  'EXPIRED',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, LocalizedLabel>> = {
  PROTECTED: { zh: '保护中', en: 'Protected' },
  CONFLICT: { zh: '已被报备', en: 'Already referred' },
  EXISTING: { zh: '已在管道中', en: 'Already in pipeline' },
  ACCEPTED: { zh: '已受理', en: 'Accepted' },
  REJECTED: { zh: '未受理', en: 'Rejected' },
  EXPIRED: { zh: '已过期', en: 'Expired' },
};

/**
 * Statuses that hold the company's protection for the filing organisation. The database allows
 * one row per company in these statuses (partial unique indexes), so this list is also the
 * WHERE clause of those indexes.
 */
export const PROTECTING_STATUSES: readonly ReferralStatus[] = ['PROTECTED', 'ACCEPTED'];

/** Statuses waiting for an officer's decision (the review queue's badge). */
export const PENDING_STATUSES: readonly ReferralStatus[] = ['PROTECTED', 'EXISTING'];

export function isReferralStatus(value: unknown): value is ReferralStatus {
  return typeof value === 'string' && (REFERRAL_STATUSES as readonly string[]).includes(value);
}

/** What happened to a referral, in its history. */
export const REFERRAL_EVENTS = [
  'FILED',
  'MATCHED',
  'ACCEPTED',
  'REJECTED',
  'EXPIRED',
  'EXTENDED',
  'REWARDED',
] as const;
export type ReferralEvent = (typeof REFERRAL_EVENTS)[number];

export const REFERRAL_EVENT_LABELS: Readonly<Record<ReferralEvent, LocalizedLabel>> = {
  FILED: { zh: '提交报备', en: 'Filed' },
  MATCHED: { zh: '匹配结果', en: 'Matched' },
  ACCEPTED: { zh: '受理', en: 'Accepted' },
  REJECTED: { zh: '不予受理', en: 'Rejected' },
  EXPIRED: { zh: '保护期届满', en: 'Expired' },
  EXTENDED: { zh: '保护期延长', en: 'Extended' },
  REWARDED: { zh: '发放引荐奖励', en: 'Rewarded' },
};

/** 报备保护期 when an administrator has not set another (DOMAIN.md). */
export const DEFAULT_PROTECTION_DAYS = 180;
export const MIN_PROTECTION_DAYS = 1;
export const MAX_PROTECTION_DAYS = 1095;
/** Partners want to see which protections run out soon; this is "soon". */
export const EXPIRING_SOON_DAYS = 30;

/** 引荐奖励 becomes due once the lead's project reaches this milestone: 落地 means registered. */
export const DEFAULT_REWARD_MILESTONE: MilestoneCode = LANDED_MILESTONE;

/**
 * The lead channel a referral from this kind of organisation counts under (DOMAIN.md, "Channels").
 * An association or industry alliance has no channel of its own: like a chain master it brings
 * companies of its industry chain to the district, so its referrals count as 链式招商.
 */
export const CHANNEL_FOR_ORGANIZATION_KIND: Readonly<Record<OrganizationKind, Channel>> = {
  CHAIN_MASTER: 'CHAIN',
  PARK_OPERATOR: 'CHAIN',
  PLATFORM: 'PLATFORM',
  FUND_MANAGER: 'FUND',
  LOCAL_ENTERPRISE: 'BUSINESS',
  ASSOCIATION: 'CHAIN',
};

export function channelForOrganizationKind(kind: OrganizationKind): Channel {
  return CHANNEL_FOR_ORGANIZATION_KIND[kind];
}

/** How referrals and leads of one company are recognised: the credit code, else the normalised name. */
export interface ReferralMatchKey {
  readonly creditCode: string | null;
  readonly nameKey: string;
}

export function referralMatchKey(
  companyName: string,
  creditCode: string | null | undefined,
): ReferralMatchKey {
  const code = creditCode ? normalizeCreditCode(creditCode) : '';
  return { creditCode: code || null, nameKey: normalizeCompanyName(companyName) };
}

/** Whether two keys name the same company: the same credit code, or the same normalised name. */
export function sameCompany(a: ReferralMatchKey, b: ReferralMatchKey): boolean {
  if (a.creditCode && b.creditCode && a.creditCode === b.creditCode) return true;
  return a.nameKey !== '' && a.nameKey === b.nameKey;
}

/** `YYYY-MM-DD` plus n calendar days (Shanghai dates carry no time, so plain UTC arithmetic is exact). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last protected day of a protection that starts (or is renewed) on `from`. */
export function protectionEnd(from: string, protectionDays: number): string {
  return addDays(from, protectionDays);
}

/**
 * The later of the current end and a renewal from `today`: a stage move never shortens a
 * protection, even after an administrator shortened the period.
 */
export function extendedProtection(current: string, today: string, protectionDays: number): string {
  const renewed = protectionEnd(today, protectionDays);
  return renewed > current ? renewed : current;
}

export interface ReferralState {
  status: ReferralStatus;
  protectedUntil: string | null;
  /** The stage of the lead the referral led to, if any. */
  leadStage?: LeadStage | null;
}

/** Whether the protection of a referral in a protecting status has run out on `today`. */
export function protectionLapsed(state: ReferralState, today: string): boolean {
  if (!PROTECTING_STATUSES.includes(state.status) || !state.protectedUntil) return false;
  // A signed project is the partner's for good: the protection has done its work.
  if (state.leadStage === 'SIGNED') return false;
  return today > state.protectedUntil;
}

/**
 * The status as of `today`: a protection past its last day reads as EXPIRED even before the
 * daily job has written that down, so nothing depends on the job having run.
 */
export function effectiveReferralStatus(state: ReferralState, today: string): ReferralStatus {
  return protectionLapsed(state, today) ? 'EXPIRED' : state.status;
}

/** A live protection ending within `EXPIRING_SOON_DAYS` (the partner's list highlights it). */
export function protectionExpiringSoon(
  state: ReferralState,
  today: string,
  withinDays = EXPIRING_SOON_DAYS,
): boolean {
  if (!PROTECTING_STATUSES.includes(state.status) || !state.protectedUntil || state.leadStage === 'SIGNED')
    return false;
  const left = daysBetween(today, state.protectedUntil);
  return left >= 0 && left <= withinDays;
}

/** How many referrals wait for an officer, from the per-status counts. */
export function pendingCount(counts: readonly { status: ReferralStatus; count: number }[]): number {
  return counts.filter((c) => PENDING_STATUSES.includes(c.status)).reduce((sum, c) => sum + c.count, 0);
}

/** A referral of the same company in a protecting status or EXISTING, as filing sees it. */
export interface MatchingReferral {
  organizationId: string;
  status: ReferralStatus;
  protectedUntil: string | null;
  /** The Shanghai day it was filed. */
  filedOn: string;
  /** The stage of the lead it led to, if any (a signed lead keeps the protection). */
  leadStage?: LeadStage | null;
}

/**
 * What filing a company gets: the filer's own live referral (refused, with the message it is
 * shown), another organisation's live protection (CONFLICT), the company's open lead (EXISTING),
 * or a fresh protection (PROTECTED).
 */
export type FilingOutcome<R extends MatchingReferral, L> =
  | { status: 'ALREADY_FILED'; own: R; message: string }
  | { status: 'CONFLICT'; holder: R }
  | { status: 'EXISTING'; lead: L }
  | { status: 'PROTECTED' };

/**
 * The outcome of filing, from the facts: the company's matching referrals (oldest first, any
 * organisation; lapsed protections are ignored), its earliest open lead if any, and the filer's
 * organisation (null for a staff member, who never owns a referral). The filer's own referral
 * comes first, then a live protection of another organisation, then an open lead.
 */
export function filingOutcome<R extends MatchingReferral, L>(
  matching: readonly R[],
  openLead: L | null,
  organizationId: string | null,
  today: string,
): FilingOutcome<R, L> {
  const live = matching.filter(
    (r) =>
      (PROTECTING_STATUSES.includes(r.status) || r.status === 'EXISTING') &&
      !protectionLapsed({ status: r.status, protectedUntil: r.protectedUntil, leadStage: r.leadStage }, today),
  );
  const own = organizationId ? live.find((r) => r.organizationId === organizationId) : undefined;
  if (own) {
    return {
      status: 'ALREADY_FILED',
      own,
      message:
        own.status === 'EXISTING'
          ? `贵机构已于 ${own.filedOn} 报备该企业，正在等待投促办处理`
          : `贵机构已报备该企业，保护期至 ${own.protectedUntil ?? ''}，无需重复报备`,
    };
  }
  const holder = live.find((r) => PROTECTING_STATUSES.includes(r.status));
  if (holder) return { status: 'CONFLICT', holder };
  if (openLead) return { status: 'EXISTING', lead: openLead };
  return { status: 'PROTECTED' };
}

/** A platform's 签约 period, as far as filing needs it. */
export interface PlatformContract {
  kind: OrganizationKind;
  contractStartsOn: string | null;
  contractEndsOn: string | null;
}

export type FilingPermission = { ok: true } | { ok: false; message: string };

/**
 * A professional recruitment platform refers companies under its contract with the district
 * (沪奉府发〔2024〕20号 二(一)); outside the contract period its filings are refused.
 */
export function checkFilingPermission(org: PlatformContract, today: string): FilingPermission {
  if (org.kind !== 'PLATFORM') return { ok: true };
  if (!org.contractStartsOn || !org.contractEndsOn)
    return { ok: false, message: '贵机构尚未登记与本区的签约期限，暂不能报备，请联系投促办' };
  if (today < org.contractStartsOn)
    return { ok: false, message: `贵机构与本区的签约期自 ${org.contractStartsOn} 起，尚未开始，暂不能报备` };
  if (today > org.contractEndsOn)
    return {
      ok: false,
      message: `贵机构与本区的签约已于 ${org.contractEndsOn} 到期，不能报备，请联系投促办续签`,
    };
  return { ok: true };
}

/** A contract period must end on or after its start. */
export function contractPeriodProblem(startsOn: string | null, endsOn: string | null): string | null {
  if (startsOn && endsOn && endsOn < startsOn) return '签约结束日期不能早于开始日期';
  return null;
}

/**
 * The day a referral became eligible for 引荐奖励: when its project reached the milestone the
 * reward rule names (by default 工商注册, i.e. 落地), or null while it has not.
 */
export function rewardEligibleOn(
  milestones: readonly { code: string; actualDate: string | null }[],
  rewardMilestone: string,
): string | null {
  return milestones.find((m) => m.code === rewardMilestone)?.actualDate ?? null;
}

/**
 * One bracket of the reward rule: projects whose fixed-asset investment is at least
 * `minInvestment` 万元 earn `perMille` ‰ of it (DOMAIN.md: e.g. 3‰ / 2‰ / 1.5‰ by size).
 */
export interface RewardTier {
  minInvestment: string;
  perMille: string;
}

export const MAX_REWARD_TIERS = 10;

const SCALE = 4;
const SCALE_FACTOR = 10n ** BigInt(SCALE);

/** A canonical non-negative decimal string as an integer of ten-thousandths (exact). */
function scaled(value: string): bigint {
  const [int, frac = ''] = value.split('.');
  return BigInt(int || '0') * SCALE_FACTOR + BigInt((frac + '0000').slice(0, SCALE));
}

function unscaled(value: bigint): string {
  const int = value / SCALE_FACTOR;
  const frac = (value % SCALE_FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

/** What is wrong with a tier table an administrator entered, with the field to show it on. */
export function rewardRuleProblem(
  tiers: readonly RewardTier[],
  cap: string | null,
): { field: string; message: string } | null {
  if (tiers.length > MAX_REWARD_TIERS)
    return { field: 'rewardTiers', message: `奖励档位最多 ${MAX_REWARD_TIERS} 档` };
  const decimal = /^\d{1,14}(\.\d{1,4})?$/;
  for (const [i, tier] of tiers.entries()) {
    if (!decimal.test(tier.minInvestment))
      return {
        field: `rewardTiers.${i}.minInvestment`,
        message: `第 ${i + 1} 档的投资起点须为不超过 4 位小数的数字（万元）`,
      };
    if (!decimal.test(tier.perMille) || scaled(tier.perMille) > scaled('100'))
      return {
        field: `rewardTiers.${i}.perMille`,
        message: `第 ${i + 1} 档的比例须为 0–100 之间、不超过 4 位小数的千分比`,
      };
  }
  const starts = tiers.map((t) => scaled(t.minInvestment).toString());
  if (new Set(starts).size !== starts.length)
    return { field: 'rewardTiers', message: '奖励档位的投资起点不能重复' };
  if (cap !== null && !decimal.test(cap))
    return { field: 'rewardCap', message: '奖励上限须为不超过 4 位小数的数字（万元）' };
  return null;
}

/**
 * The amount the rule suggests for a project of this fixed-asset investment (万元): the rate of
 * the highest bracket it reaches, capped, to the 万元's fourth decimal (one yuan), rounded half up.
 * Null when no bracket applies or the investment is unknown; an officer always confirms it.
 */
export function suggestReward(
  investment: string | null,
  tiers: readonly RewardTier[],
  cap: string | null,
): string | null {
  if (!investment) return null;
  const amount = scaled(investment);
  const tier = [...tiers]
    .filter((t) => scaled(t.minInvestment) <= amount)
    .sort((a, b) => (scaled(b.minInvestment) > scaled(a.minInvestment) ? 1 : -1))[0];
  if (!tier) return null;
  // amount (×10⁴) × perMille (×10⁴) / 1000 / 10⁴ keeps ten-thousandths; add half before dividing to round.
  const divisor = 1000n * SCALE_FACTOR;
  let reward = (amount * scaled(tier.perMille) + divisor / 2n) / divisor;
  if (cap !== null && reward > scaled(cap)) reward = scaled(cap);
  return unscaled(reward);
}
