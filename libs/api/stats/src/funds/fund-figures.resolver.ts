import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Allow, ALL_ROLES } from '@lianzhao/api-core';
import { Dashboard } from '../dashboard.types';
import { FundFiguresService } from './fund-figures.service';
import { TopArgs } from '../top-args';
import { DashboardFunds, FundReinvestmentFigures } from './fund-figures.types';

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

/** The funds' rows, largest fund first: the page charts the largest, the export has them all. */
@Resolver(() => DashboardFunds)
export class FundRowsResolver {
  @Allow(...ALL_ROLES)
  @ResolveField(() => [FundReinvestmentFigures], { description: '各基金，规模大者在前' })
  funds(@Parent() funds: DashboardFunds, @Args() top: TopArgs): FundReinvestmentFigures[] {
    return funds.fundRows(top.first);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Int, { description: '基金数（funds 的全部条数）' })
  fundCount(@Parent() funds: DashboardFunds): number {
    return funds.fundCount;
  }
}
