import { Injectable } from '@nestjs/common';
import {
  addDecimals,
  normalizeDecimal,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  suggestReward,
  type OrganizationKind,
} from '@lianzhao/domain';
import { Clock, ListQuery, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Organization } from '@lianzhao/api-users';
import {
  REFERRAL_LIST,
  referralProgressSql,
  ReferralSettingsService,
  rewardInvestment,
  type Referral,
  type ReferralFilter,
} from '@lianzhao/api-referrals';
import type { DashboardScope } from '../dashboard-scope';
import { listDrill } from '../list-drill';
import { amountFigure, countFigure } from '../figures.types';
import type { DashboardReferrals, ReferralFunnelFigures } from './referral-figures.types';

interface FunnelCounts {
  filed: number;
  accepted: number;
  signed: number;
  landed: number;
}

const STEPS = ['filed', 'accepted', 'signed', 'landed'] as const;
const PROGRESS_OF_STEP = { filed: null, accepted: 'ACCEPTED', signed: 'SIGNED', landed: 'LANDED' } as const;

/**
 * 报备: the funnel of referrals filed in the period per partner organisation and kind, and 引荐奖励.
 * Every count runs the referral list's conditions (referralConditions through the list kit) for
 * its drill filter; progress is the referrals context's funnel rule (referralProgressSql, live or as of
 * the day), the
 * suggestion the domain's suggestReward under the current settings. Four statements.
 */
@Injectable()
export class ReferralFiguresService {
  private readonly referrals: ListQuery<Referral, ReferralFilter, 'CREATED_AT'>;

  constructor(
    connection: TransactionalConnection,
    clock: Clock,
    private readonly settings: ReferralSettingsService,
  ) {
    this.referrals = new ListQuery(REFERRAL_LIST, connection, clock);
  }

  /** Referrals carry industry and segment; town and channel do not apply (a referral is the partner channel). */
  private attribution(scope: DashboardScope): ReferralFilter {
    return {
      ...(scope.industryCode ? { industryCode: scope.industryCode } : {}),
      ...(scope.segmentCode ? { segmentCode: scope.segmentCode } : {}),
    };
  }

  async figures(ctx: RequestContext, scope: DashboardScope): Promise<DashboardReferrals> {
    const { from, to } = scope.period;
    const filed: ReferralFilter = {
      ...this.attribution(scope),
      filedFrom: from,
      filedTo: to,
      ...(scope.period.historical ? { asOf: scope.period.asOf } : {}),
    };
    const [funnels, due, awarded] = await Promise.all([
      this.funnels(ctx, filed),
      this.rewardsDue(ctx, scope),
      this.rewardsAwarded(ctx, { ...this.attribution(scope), rewardedFrom: from, rewardedTo: to }),
    ]);
    return { ...funnels, ...due, ...awarded };
  }

  private funnel(counts: FunnelCounts, filter: ReferralFilter): ReferralFunnelFigures {
    const out = {} as ReferralFunnelFigures;
    for (const step of STEPS) {
      const progress = PROGRESS_OF_STEP[step];
      out[step] = countFigure(
        counts[step],
        'REFERRALS',
        listDrill({ ...filter, ...(progress ? { progress } : {}) }),
      );
    }
    return out;
  }

  /** One statement grouped by organisation (each has one kind, so kinds and the total add its groups up). */
  private async funnels(
    ctx: RequestContext,
    filed: ReferralFilter,
  ): Promise<Pick<DashboardReferrals, 'total' | 'byOrganization' | 'byKind'>> {
    const progress = referralProgressSql(filed.asOf ? 'asOf' : null);
    const rows = await this.referrals
      .query(ctx, filed)
      .innerJoin(Organization, 'ro', 'ro.id = r.organization_id')
      .select('ro.id', 'id')
      .addSelect('ro.name', 'name')
      .addSelect('ro.kind', 'kind')
      .addSelect('COUNT(*)', 'filed')
      .addSelect(`COUNT(*) FILTER (WHERE ${progress.ACCEPTED})`, 'accepted')
      .addSelect(`COUNT(*) FILTER (WHERE ${progress.SIGNED})`, 'signed')
      .addSelect(`COUNT(*) FILTER (WHERE ${progress.LANDED})`, 'landed')
      .groupBy('ro.id')
      .addGroupBy('ro.name')
      .addGroupBy('ro.kind')
      .getRawMany<
        { id: string; name: string; kind: OrganizationKind } & Record<(typeof STEPS)[number], string>
      >();
    const counts = rows.map((row) => ({
      row,
      counts: Object.fromEntries(STEPS.map((s) => [s, Number(row[s])])) as unknown as FunnelCounts,
    }));
    const add = (list: FunnelCounts[]): FunnelCounts =>
      Object.fromEntries(
        STEPS.map((s) => [s, list.reduce((sum, c) => sum + c[s], 0)]),
      ) as unknown as FunnelCounts;
    const byOrganization = counts
      .sort((a, b) => b.counts.filed - a.counts.filed || a.row.name.localeCompare(b.row.name, 'zh-CN'))
      .map(({ row, counts: c }) => ({
        organizationId: row.id,
        organizationName: row.name,
        kind: row.kind,
        ...this.funnel(c, { ...filed, organizationId: row.id }),
      }));
    const byKind = ORGANIZATION_KINDS.flatMap((kind) => {
      const own = counts.filter((c) => c.row.kind === kind);
      if (!own.length) return [];
      return [
        {
          kind,
          name: ORGANIZATION_KIND_LABELS[kind].zh,
          ...this.funnel(add(own.map((c) => c.counts)), { ...filed, organizationKind: kind }),
        },
      ];
    });
    return { total: this.funnel(add(counts.map((c) => c.counts)), filed), byOrganization, byKind };
  }

  /**
   * 引荐奖励 due now (eligible, unpaid) and what the reward rule suggests for them: the suggestion
   * rests on the project's actual fixed-asset investment, else the planned one, as on the
   * referral's own page (ReferralRewardsService.reward).
   */
  private async rewardsDue(
    ctx: RequestContext,
    scope: DashboardScope,
  ): Promise<Pick<DashboardReferrals, 'rewardsDue' | 'rewardsSuggested'>> {
    const filter: ReferralFilter = { ...this.attribution(scope), rewardDue: true };
    const [rows, settings] = await Promise.all([
      this.referrals
        .query(ctx, filter)
        .select('r.id', 'id')
        .addSelect(
          '(SELECT CAST(rp.actual_fixed_asset_investment AS text) FROM projects rp WHERE rp.lead_id = r.lead_id)',
          'actual',
        )
        .addSelect(
          '(SELECT CAST(rp.planned_fixed_asset_investment AS text) FROM projects rp WHERE rp.lead_id = r.lead_id)',
          'planned',
        )
        .getRawMany<{ id: string; actual: string | null; planned: string | null }>(),
      this.settings.get(ctx),
    ]);
    const decimal = (value: string | null) => (value === null ? null : normalizeDecimal(value));
    const suggested = rows.map((row) =>
      suggestReward(
        rewardInvestment({
          actualFixedAssetInvestment: decimal(row.actual),
          plannedFixedAssetInvestment: decimal(row.planned),
        }),
        settings.rewardTiers,
        settings.rewardCap,
      ),
    );
    return {
      rewardsDue: countFigure(rows.length, 'REFERRALS', listDrill(filter)),
      rewardsSuggested: amountFigure(
        addDecimals('0', ...suggested.flatMap((s) => (s === null ? [] : [s]))),
        'REFERRALS',
        listDrill(filter),
      ),
    };
  }

  private async rewardsAwarded(
    ctx: RequestContext,
    filter: ReferralFilter,
  ): Promise<Pick<DashboardReferrals, 'rewardsAwarded' | 'rewardsAwardedAmount'>> {
    const row = await this.referrals
      .query(ctx, filter)
      .select('COUNT(*)', 'count')
      .addSelect('CAST(COALESCE(SUM(r.reward_amount), 0) AS text)', 'amount')
      .getRawOne<{ count: string; amount: string }>();
    return {
      rewardsAwarded: countFigure(Number(row?.count ?? 0), 'REFERRALS', listDrill(filter)),
      rewardsAwardedAmount: amountFigure(
        normalizeDecimal(row?.amount ?? '0'),
        'REFERRALS',
        listDrill(filter),
      ),
    };
  }
}
