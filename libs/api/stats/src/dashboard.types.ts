import { Field, ObjectType } from '@nestjs/graphql';
import type { DashboardScope } from './dashboard-scope';

@ObjectType({ description: '驾驶舱期间' })
export class DashboardPeriodView {
  @Field({ description: '期间起（含）' })
  from!: string;

  @Field({ description: '期间止（含）；不晚于截至日' })
  to!: string;

  @Field({ description: '截至日：数字按该日结束时的状态' })
  asOf!: string;

  @Field({ description: '是否为历史重现（截至日早于今天）' })
  historical!: boolean;
}

/**
 * The cockpit page. Each figure group (pipeline, landing, milestones, referrals, funds,
 * targets) is a field resolved by its own resolver, so a client that asks for one group pays
 * for that group only.
 */
@ObjectType({ description: '领导驾驶舱' })
export class Dashboard {
  @Field(() => DashboardPeriodView)
  period!: DashboardPeriodView;

  /** Not in the schema: the group resolvers read it. */
  scope!: DashboardScope;
}
