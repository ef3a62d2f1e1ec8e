import {
  dateRange,
  defineList,
  equalsCondition,
  inCondition,
  newestFirst,
  searchCondition,
  shanghaiDayRange,
  type RequestContext,
  type SqlCondition,
} from '@lianzhao/api-core';
import { Lead } from '@lianzhao/api-leads';
import { Referral } from './referral.entity';
import type { ReferralFilter } from './dto/referral.inputs';
import { EFFECTIVE_STATUS, referralProgressSql, REWARD_DUE_SQL } from './referral-rules.sql';

/**
 * Who may see which referrals: a partner its own organisation's only. Every read of referrals
 * goes through this scope (the list, and `scopedQuery` for single reads), so none can forget it.
 */
export function referralScope(ctx: RequestContext): SqlCondition[] {
  if (ctx.user?.role !== 'PARTNER') return [];
  if (!ctx.user.organizationId) return [{ sql: 'FALSE' }];
  return [
    {
      sql: 'r.organization_id = :scopeOrganizationId',
      params: { scopeOrganizationId: ctx.user.organizationId },
    },
  ];
}

/** The referral filter as SQL: the review queue's list and its status counts use this. */
export function referralConditions(filter: ReferralFilter): SqlCondition[] {
  return [
    // The status as of today, so a lapsed protection is found under 已过期 before the job writes it.
    ...inCondition('r.id', 'ids', filter.ids),
    ...equalsCondition(EFFECTIVE_STATUS, 'status', filter.status),
    ...equalsCondition('r.organization_id', 'organizationId', filter.organizationId),
    ...searchCondition(['r.company_name', 'r.credit_code'], filter.search, { bigrams: true }),
    // ── 驾驶舱（报备）: filing days, partner kind, progress, attribution, rewards ──
    ...shanghaiDayRange('r.created_at', 'filed', filter.filedFrom, filter.filedTo),
    ...(filter.organizationKind
      ? [
          {
            sql: 'r.organization_id IN (SELECT ro.id FROM organizations ro WHERE ro.kind = :organizationKind)',
            params: { organizationKind: filter.organizationKind },
          },
        ]
      : []),
    ...(filter.progress ? [{ sql: referralProgressSql(filter.asOf ? 'asOf' : null)[filter.progress] }] : []),
    ...equalsCondition('r.industry_code', 'industryCode', filter.industryCode),
    ...equalsCondition('r.segment_code', 'segmentCode', filter.segmentCode),
    ...dateRange('r.rewarded_on', 'rewarded', filter.rewardedFrom, filter.rewardedTo),
    ...(filter.rewardDue === true ? [{ sql: REWARD_DUE_SQL }] : []),
    ...(filter.rewardDue === false ? [{ sql: `NOT ${REWARD_DUE_SQL}` }] : []),
    // As of a past day: only what had been filed by its end, and the progress then (above).
    ...(filter.asOf
      ? [
          {
            sql: "r.created_at < ((CAST(:asOf AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')",
            params: { asOf: filter.asOf },
          },
        ]
      : []),
  ];
}

/** 报备: the referrals, newest first; `rl` (the referral's lead) is joined for the effective status. */
export const REFERRAL_LIST = defineList<Referral, ReferralFilter, 'CREATED_AT'>({
  entity: Referral,
  alias: 'r',
  joins: [{ entity: Lead, alias: 'rl', on: 'rl.id = r.lead_id' }],
  scope: referralScope,
  filter: referralConditions,
  ...newestFirst('r'),
  exportCap: { max: 20_000, noun: '报备', unit: '条' },
});
