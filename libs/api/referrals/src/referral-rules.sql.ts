import { PROTECTING_STATUSES } from '@lianzhao/domain';

// The referral rules that also run in SQL, over a referral aliased `r`, its lead left-joined as
// `rl`, and the :today parameter (a Shanghai date). Their TypeScript forms live in libs/domain
// (referrals.ts: protectionLapsed, effectiveReferralStatus); referral-rules.spec.ts runs both
// over the same cases. Statistics reuse these: no third copy.

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * protectionLapsed: a protection past its last day has run out, unless its lead has signed (the
 * protection has done its work).
 */
export const LAPSED_SQL = `(r.status IN (${sqlList(PROTECTING_STATUSES)}) AND r.protected_until < CAST(:today AS date) AND (rl.stage IS NULL OR rl.stage <> 'SIGNED'))`;

/** effectiveReferralStatus: a lapsed protection reads as EXPIRED before the daily job writes it down. */
export const EFFECTIVE_STATUS = `(CASE WHEN ${LAPSED_SQL} THEN 'EXPIRED' ELSE r.status END)`;
