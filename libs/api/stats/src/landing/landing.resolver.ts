import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { TopArgs, topOf } from '../top-args';
import { LandingService } from './landing.service';
import { DashboardLanding, LandingGroup } from './landing.types';

/** Dashboard.landing: who may read it is decided on the dashboard query (STAFF_ROLES). */
@Resolver(() => Dashboard)
export class LandingResolver {
  constructor(private readonly landingService: LandingService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => DashboardLanding, { description: '项目签约与落地：按月/季/年，按产业、赛道、渠道、机构、镇街、园区' })
  landing(@Ctx() ctx: RequestContext, @Parent() dashboard: Dashboard): Promise<DashboardLanding> {
    return this.landingService.landing(ctx, dashboard.scope);
  }
}

/** The partner breakdown, ranked: the page charts the leading partners, the export all of them. */
@Resolver(() => DashboardLanding)
export class LandingPartnersResolver {
  @Allow(...ALL_ROLES)
  @ResolveField(() => [LandingGroup], {
    description: '期间内落地，按来源合作机构（未填机构的项目不在其中），落地项目多者在前',
  })
  byPartner(@Parent() landing: DashboardLanding, @Args() top: TopArgs): LandingGroup[] {
    return topOf(landing.byPartner, top);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Int, { description: '期间内有落地项目的来源合作机构数（byPartner 的全部条数）' })
  partnerCount(@Parent() landing: DashboardLanding): number {
    return landing.byPartner.length;
  }
}
