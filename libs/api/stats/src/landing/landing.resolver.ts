import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { LandingService } from './landing.service';
import { DashboardLanding } from './landing.types';

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
