import { PROTECTING_STATUSES } from '@lianzhao/domain';

// The referral rules that also run in SQL, over a referral aliased `r`.

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The status as of :today in SQL, the same rule as libs/domain effectiveReferralStatus: a
 * protection past its last day reads as EXPIRED unless its lead has signed. Needs `rl`, the
 * referral's lead, left-joined.
 */
export const EFFECTIVE_STATUS = `(CASE WHEN r.status IN (${sqlList(PROTECTING_STATUSES)}) AND r.protected_until < CAST(:today AS date) AND (rl.stage IS NULL OR rl.stage <> 'SIGNED') THEN 'EXPIRED' ELSE r.status END)`;
