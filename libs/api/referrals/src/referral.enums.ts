import {
  REFERRAL_EVENTS,
  REFERRAL_EVENT_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_STATUS_LABELS,
} from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const ReferralStatusEnum = graphqlEnum(
  'ReferralStatus',
  '报备状态',
  REFERRAL_STATUSES,
  REFERRAL_STATUS_LABELS,
);
export const ReferralEventEnum = graphqlEnum(
  'ReferralEvent',
  '报备记录类型',
  REFERRAL_EVENTS,
  REFERRAL_EVENT_LABELS,
);

/** What a partner may learn before filing: whether the company is free, and nothing about who holds it. */
export const REFERRAL_CHECK_RESULTS = ['FREE', 'OWN', 'REFERRED', 'IN_PIPELINE'] as const;
export type ReferralCheckResult = (typeof REFERRAL_CHECK_RESULTS)[number];
export const ReferralCheckResultEnum = graphqlEnum(
  'ReferralCheckResult',
  '报备查重结果',
  REFERRAL_CHECK_RESULTS,
  {
    FREE: { zh: '未被报备，可以报备' },
    OWN: { zh: '贵机构已报备该企业' },
    REFERRED: { zh: '该企业已被报备，处于保护期内' },
    IN_PIPELINE: { zh: '该企业已在招商管道中' },
  },
);
