import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, STAFF_ROLES, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { MAX_TARGET_YEAR, MIN_TARGET_YEAR, RecordTargetActualInput, SetTargetInput } from './targets.inputs';
import { TargetsService } from './targets.service';
import { TargetProgress } from './targets.types';

/** Staff read the targets; only an admin sets them or records actuals. Partners never. */
@Resolver(() => TargetProgress)
export class TargetsResolver {
  constructor(private readonly service: TargetsService) {}

  @Allow(...STAFF_ROLES)
  @Query(() => [TargetProgress], { description: '年度目标及完成情况（全区口径，不随驾驶舱筛选变化）' })
  targets(
    @Ctx() ctx: RequestContext,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<TargetProgress[]> {
    return this.service.progress(ctx, year);
  }

  @Allow('ADMIN')
  @Mutation(() => TargetProgress, { description: '设定或修改年度目标（修改时回传 targetVersion）' })
  setTarget(@Ctx() ctx: RequestContext, @Args('input') input: SetTargetInput): Promise<TargetProgress> {
    return this.service.setTarget(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => TargetProgress, { description: '填报人工指标的实际值（附数据来源）' })
  recordTargetActual(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordTargetActualInput,
  ): Promise<TargetProgress> {
    return this.service.recordActual(ctx, input);
  }
}

/** The cockpit's targets panel: the year of the page's period, as it stood at its as-of day. */
@Resolver(() => Dashboard)
export class DashboardTargetsResolver {
  constructor(private readonly service: TargetsService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => [TargetProgress], {
    description: '期间所在年度的目标完成情况（截至日的状态；全区口径，不随产业/镇/渠道筛选变化）',
  })
  targets(@Ctx() ctx: RequestContext, @Parent() dashboard: Dashboard): Promise<TargetProgress[]> {
    const { period } = dashboard.scope;
    const year = Number(period.to.slice(0, 4));
    // A period far outside the years targets are kept for has none, rather than failing the page.
    if (year < MIN_TARGET_YEAR || year > MAX_TARGET_YEAR) return Promise.resolve([]);
    return this.service.progress(ctx, year, period.asOf);
  }
}
