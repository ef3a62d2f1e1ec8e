import { graphqlEnum } from '@lianzhao/api-core';

/** How far a referral got: filed → accepted → signed → landed (each step implies the ones before). */
export const REFERRAL_PROGRESSES = ['ACCEPTED', 'SIGNED', 'LANDED'] as const;
export type ReferralProgress = (typeof REFERRAL_PROGRESSES)[number];

export const ReferralProgressEnum = graphqlEnum(
  'ReferralProgressStep',
  '报备进展（至少达到）',
  REFERRAL_PROGRESSES,
  {
    ACCEPTED: { zh: '已受理' },
    SIGNED: { zh: '已签约' },
    LANDED: { zh: '已落地' },
  },
);
