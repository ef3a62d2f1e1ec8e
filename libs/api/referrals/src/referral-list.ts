import {
  defineList,
  escapeLike,
  SortDirection,
  type RequestContext,
  type SqlCondition,
} from '@lianzhao/api-core';
import { Lead } from '@lianzhao/api-leads';
import { Referral } from './referral.entity';
import type { ReferralFilter } from './dto/referral.inputs';
import { EFFECTIVE_STATUS } from './referral-rules.sql';

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
  const out: SqlCondition[] = [];
  // The status as of today, so a lapsed protection is found under 已过期 before the job writes it.
  if (filter.status) out.push({ sql: `${EFFECTIVE_STATUS} = :status`, params: { status: filter.status } });
  if (filter.organizationId)
    out.push({
      sql: 'r.organization_id = :organizationId',
      params: { organizationId: filter.organizationId },
    });
  if (filter.search)
    out.push({
      sql: 'r.company_name ILIKE :term OR r.credit_code ILIKE :term',
      params: { term: `%${escapeLike(filter.search)}%` },
    });
  return out;
}

/** 报备: the referrals, newest first; `rl` (the referral's lead) is joined for the effective status. */
export const REFERRAL_LIST = defineList<Referral, ReferralFilter, 'CREATED_AT'>({
  entity: Referral,
  alias: 'r',
  joins: [{ entity: Lead, alias: 'rl', on: 'rl.id = r.lead_id' }],
  scope: referralScope,
  filter: referralConditions,
  sortKeys: { CREATED_AT: { sql: 'r.created_at', type: 'timestamptz' } },
  defaultSort: { field: 'CREATED_AT', direction: SortDirection.DESC },
});
