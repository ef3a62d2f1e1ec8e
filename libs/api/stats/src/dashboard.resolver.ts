import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Clock, STAFF_ROLES } from '@lianzhao/api-core';
import { DashboardFilter } from './dashboard.inputs';
import { DashboardScope } from './dashboard-scope';
import { Dashboard } from './dashboard.types';

/** Leaders and admins read it; officers too. Partners never (STAFF_ROLES). */
@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly clock: Clock) {}

  @Allow(...STAFF_ROLES)
  @Query(() => Dashboard, { description: '领导驾驶舱（不给筛选即本年度）' })
  dashboard(
    @Args('filter', { type: () => DashboardFilter, nullable: true }) filter?: DashboardFilter,
  ): Dashboard {
    const scope = DashboardScope.of(filter, this.clock.today());
    return { period: scope.period, scope };
  }
}
