import { PROTECTING_STATUSES } from '@lianzhao/domain';
import { LANDED_SQL, SIGNED_SQL } from '@lianzhao/api-projects';
import type { ReferralProgress } from './referral-progress';

// The referral rules that also run in SQL, over a referral aliased `r`, its lead left-joined as
// `rl`, and the :today parameter (a Shanghai date). Their TypeScript forms live in libs/domain
// (referrals.ts: protectionLapsed, effectiveReferralStatus); referral-rules.spec.ts runs both
// over the same cases. Statistics reuse these: no third copy.

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The SQL expressions a referral rule reads: the status, the protection's last day, the lead's stage, the day. */
export interface ReferralStateSql {
  status: string;
  protectedUntil: string;
  leadStage: string;
  day: string;
}

/**
 * protectionLapsed: a protection past its last day has run out, unless its lead has signed (the
 * protection has done its work). Over any expressions: the chain map reads a past day's state
 * from the history.
 */
export function lapsedSql(s: ReferralStateSql): string {
  return `(${s.status} IN (${sqlList(PROTECTING_STATUSES)}) AND ${s.protectedUntil} < ${s.day} AND (${s.leadStage} IS NULL OR ${s.leadStage} <> 'SIGNED'))`;
}

/** lapsedSql over the referral `r`, its lead `rl` and :today. */
export const LAPSED_SQL = lapsedSql({
  status: 'r.status',
  protectedUntil: 'r.protected_until',
  leadStage: 'rl.stage',
  day: 'CAST(:today AS date)',
});

/**
 * protectionExpiringSoon with `:<days>` days: a live protection ending between today and that many
 * days from now, its lead not signed. The partners' protection reminders read this.
 */
export function expiringSoonSql(days: string): string {
  return `(r.status IN (${sqlList(PROTECTING_STATUSES)}) AND r.protected_until BETWEEN CAST(:today AS date) AND CAST(:today AS date) + CAST(:${days} AS int) AND (rl.stage IS NULL OR rl.stage <> 'SIGNED'))`;
}

/** effectiveReferralStatus: a lapsed protection reads as EXPIRED before the daily job writes it down. */
export const EFFECTIVE_STATUS = `(CASE WHEN ${LAPSED_SQL} THEN 'EXPIRED' ELSE r.status END)`;

/**
 * The referral funnel (filed → accepted → signed → landed), over `r` and `rl`: accepted once the
 * referral became or joined a lead (or that lead signed), signed when its lead is 签约, landed
 * when the project signed from that lead has its 工商注册 actual date (LANDED_SQL). The partner's
 * funnel, the referral list's progress filter and the cockpit count with these.
 */
export const REFERRAL_PROGRESS_SQL: Readonly<Record<ReferralProgress, string>> = (() => {
  const accepted = `(r.lead_id IS NOT NULL AND (r.status = 'ACCEPTED' OR rl.stage = 'SIGNED'))`;
  const signed = `(${accepted} AND rl.stage = 'SIGNED')`;
  // The lead's one project (lead_id is unique) looked up by key for the signed ones only: as an
  // EXISTS the planner hashes every landed project.
  const landed = `(${signed} AND (SELECT ${LANDED_SQL} FROM projects p WHERE p.lead_id = r.lead_id) IS NOT NULL)`;
  return { ACCEPTED: accepted, SIGNED: signed, LANDED: landed };
})();

/**
 * The funnel as it stood at the end of the day `:<param>`, from the dates the steps carry: accepted
 * if decided ACCEPTED by then or its lead had signed by then, signed if the project signed from
 * its lead has its 签约 date (SIGNED_SQL) on or before the day, landed likewise for 落地
 * (LANDED_SQL). What the live rule reads off the lead's stage now, this reads off those dates.
 */
export function referralProgressAsOfSql(param: string): Readonly<Record<ReferralProgress, string>> {
  const day = `CAST(:${param} AS date)`;
  const projectBy = (date: string) =>
    `EXISTS (SELECT 1 FROM projects p WHERE p.lead_id = r.lead_id AND ${date} <= ${day})`;
  const end = `((${day} + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
  const signed = `(r.lead_id IS NOT NULL AND ${projectBy(SIGNED_SQL)})`;
  return {
    ACCEPTED: `(r.lead_id IS NOT NULL AND ((r.status = 'ACCEPTED' AND r.decided_at < ${end}) OR ${projectBy(SIGNED_SQL)}))`,
    SIGNED: signed,
    LANDED: `(${signed} AND ${projectBy(LANDED_SQL)})`,
  };
}

/** The funnel rule live (no day) or as of the end of the day bound as `:<param>`. */
export const referralProgressSql = (asOfParam: string | null) =>
  asOfParam ? referralProgressAsOfSql(asOfParam) : REFERRAL_PROGRESS_SQL;

/**
 * 引荐奖励 due (RewardState: eligible and not yet awarded, so a suggestion is shown): an ACCEPTED
 * referral whose lead's project has an actual date on the reward rule's milestone
 * (rewardEligibleOn), with no reward recorded.
 */
export const REWARD_DUE_SQL = `(r.status = 'ACCEPTED' AND r.lead_id IS NOT NULL AND r.rewarded_on IS NULL AND EXISTS (SELECT 1 FROM projects p JOIN project_milestones rm ON rm.project_id = p.id WHERE p.lead_id = r.lead_id AND rm.code = (SELECT rs.reward_milestone FROM referral_settings rs WHERE rs.id = 1) AND rm.actual_date IS NOT NULL))`;
