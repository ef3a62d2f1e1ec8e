import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { ReferralFiguresService } from './referral-figures.service';
import { DashboardReferrals } from './referral-figures.types';

@Resolver(() => Dashboard)
export class ReferralFiguresResolver {
  constructor(private readonly figures: ReferralFiguresService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => DashboardReferrals, { description: '合作机构报备漏斗（按机构、按机构类型）与引荐奖励' })
  referrals(@Ctx() ctx: RequestContext, @Parent() dashboard: Dashboard): Promise<DashboardReferrals> {
    return this.figures.figures(ctx, dashboard.scope);
  }
}
