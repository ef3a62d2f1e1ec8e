import { ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { FundFiguresService } from './fund-figures.service';
import { DashboardFunds } from './fund-figures.types';

@Resolver(() => Dashboard)
export class FundFiguresResolver {
  constructor(private readonly figures: FundFiguresService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => DashboardFunds, {
    description:
      '基金与返投：各基金与合计的已认定、待落地、缺口，撬动规模，投资科创项目（当前，不随期间与筛选变化）',
  })
  funds(@Ctx() ctx: RequestContext): Promise<DashboardFunds> {
    return this.figures.figures(ctx);
  }
}
