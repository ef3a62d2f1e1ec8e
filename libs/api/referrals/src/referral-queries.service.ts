import { Injectable } from '@nestjs/common';
import { pendingCount, REFERRAL_STATUSES, type ReferralStatus } from '@lianzhao/domain';
import { Clock, ListQuery, RequestContext, type ListPage } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type { ReferralFilter, ReferralListArgs } from './dto/referral.inputs';
import { REFERRAL_LIST } from './referral-list';
import { EFFECTIVE_STATUS } from './referral-rules.sql';
import type { Referral } from './referral.entity';

export interface StatusCount {
  status: ReferralStatus;
  count: number;
}

/** The review queue's counts: per status now, and those waiting for an officer. */
export interface ReferralStatusCounts {
  byStatus: StatusCount[];
  pending: number;
}

/** The reads of the referral list: the page and the status counts, under the one scope and filter. */
@Injectable()
export class ReferralQueriesService {
  private readonly referralList: ListQuery<Referral, ReferralFilter, 'CREATED_AT'>;

  constructor(connection: TransactionalConnection, clock: Clock) {
    this.referralList = new ListQuery(REFERRAL_LIST, connection, clock);
  }

  list(ctx: RequestContext, args: ReferralListArgs): Promise<ListPage<Referral, ReferralFilter>> {
    return this.referralList.page(ctx, args);
  }

  /** The referrals an export writes: the list's scope, filter and order, at most the export cap. */
  exportRows(ctx: RequestContext, filter: ReferralFilter | undefined): Promise<Referral[]> {
    return this.referralList.exportRows(ctx, { filter });
  }

  /** How many referrals are in each status now (the review queue's tabs and the menu badge). */
  async counts(
    ctx: RequestContext,
    organizationId: string | null | undefined,
  ): Promise<ReferralStatusCounts> {
    const rows = await this.referralList
      .query(ctx, { organizationId })
      .select(EFFECTIVE_STATUS, 'status')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('1')
      .getRawMany<{ status: ReferralStatus; count: number }>();
    const byStatus = REFERRAL_STATUSES.map((status) => ({
      status,
      count: Number(rows.find((r) => r.status === status)?.count ?? 0),
    }));
    return { byStatus, pending: pendingCount(byStatus) };
  }
}
