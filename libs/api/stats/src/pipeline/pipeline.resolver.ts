import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { PipelineService } from './pipeline.service';
import { DashboardPipeline } from './pipeline.types';

/** Dashboard.pipeline: who may read it is decided on the dashboard query (STAFF_ROLES). */
@Resolver(() => Dashboard)
export class PipelineResolver {
  constructor(private readonly pipelineService: PipelineService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => DashboardPipeline, { description: '招商管道：在途线索、转化漏斗、阶段停留、流失' })
  pipeline(@Ctx() ctx: RequestContext, @Parent() dashboard: Dashboard): Promise<DashboardPipeline> {
    return this.pipelineService.pipeline(ctx, dashboard.scope);
  }
}
