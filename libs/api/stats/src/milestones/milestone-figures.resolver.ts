import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { MilestoneFiguresService } from './milestone-figures.service';
import { DashboardMilestones } from './milestone-figures.types';

@Resolver(() => Dashboard)
export class MilestoneFiguresResolver {
  constructor(private readonly figures: MilestoneFiguresService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => DashboardMilestones, {
    description: '落地节点进度：按时完成率、红黄牌、延误最久的项目',
  })
  milestones(@Ctx() ctx: RequestContext, @Parent() dashboard: Dashboard): Promise<DashboardMilestones> {
    return this.figures.figures(ctx, dashboard.scope);
  }
}
