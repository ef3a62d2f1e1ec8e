import { REFERRAL_STATUS_LABELS, REFERRAL_STATUSES } from '@lianzhao/domain';
import type { ReferralFilter } from '@lianzhao/web-data';
import { choices, type FilterField } from '@lianzhao/web-ui';

/** Query-string keys of the referral lists (the review queue's status is its tabs). */
export const REFERRAL_URL_KEYS = ['status', 'search'] as const;
export type ReferralUrlKey = (typeof REFERRAL_URL_KEYS)[number];

/** 报备状态: the review queue shows it as tabs with counts, 我的报备 as a segmented control. */
export const REFERRAL_STATUS_FIELD: FilterField<ReferralUrlKey, ReferralFilter> = {
  kind: 'select',
  key: 'status',
  to: 'status',
  ...choices(REFERRAL_STATUSES, REFERRAL_STATUS_LABELS),
  label: 'referrals.status',
  allOption: 'common.all',
  segmented: true,
};

export const REFERRAL_SEARCH_FIELD: FilterField<ReferralUrlKey, ReferralFilter> = {
  kind: 'text',
  key: 'search',
  to: 'search',
  label: 'referrals.search',
  placeholder: 'referrals.search',
};
