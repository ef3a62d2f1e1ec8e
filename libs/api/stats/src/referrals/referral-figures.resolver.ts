import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { TopArgs, topOf } from '../top-args';
import { ReferralFiguresService } from './referral-figures.service';
import { DashboardReferrals, ReferralOrganizationFigures } from './referral-figures.types';

@Resolver(() => Dashboard)
export class ReferralFiguresResolver {
  constructor(private readonly figures: ReferralFiguresService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => DashboardReferrals, { description: '合作机构报备漏斗（按机构、按机构类型）与引荐奖励' })
  referrals(@Ctx() ctx: RequestContext, @Parent() dashboard: Dashboard): Promise<DashboardReferrals> {
    return this.figures.figures(ctx, dashboard.scope);
  }
}

/** The organisation breakdown, ranked: the page shows the leading organisations, the export all of them. */
@Resolver(() => DashboardReferrals)
export class ReferralOrganizationsResolver {
  @Allow(...ALL_ROLES)
  @ResolveField(() => [ReferralOrganizationFigures], { description: '按合作机构（报备多者在前）' })
  byOrganization(@Parent() referrals: DashboardReferrals, @Args() top: TopArgs): ReferralOrganizationFigures[] {
    return topOf(referrals.byOrganization, top);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Int, { description: '期间内有报备的合作机构数（byOrganization 的全部条数）' })
  organizationCount(@Parent() referrals: DashboardReferrals): number {
    return referrals.byOrganization.length;
  }
}
