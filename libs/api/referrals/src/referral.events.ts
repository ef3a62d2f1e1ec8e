import type { Referral } from './referral.entity';

/**
 * A partner filed a referral (published by ReferralFilingService.file, inside the filing's
 * transaction). Handlers: notifications.listeners.ts (the officers are told).
 */
export class ReferralFiled {
  constructor(readonly referral: Referral) {}
}

/**
 * An officer accepted or rejected a referral (published by ReferralDecisionsService, inside the
 * decision's transaction). Handlers: notifications.listeners.ts (the partner's users are told).
 */
export class ReferralDecided {
  constructor(
    readonly referral: Referral,
    readonly decision: 'ACCEPTED' | 'REJECTED',
  ) {}
}
