import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganizationKind } from '@lianzhao/domain';
import { OrganizationKindEnum } from '@lianzhao/api-users';
import { AmountFigure, CountFigure } from '../figures.types';

@ObjectType({ description: '报备漏斗：期间内报备的企业走到了哪一步（当前进展）' })
export class ReferralFunnelFigures {
  @Field(() => CountFigure, { description: '报备' })
  filed!: CountFigure;

  @Field(() => CountFigure, { description: '受理（成为或并入线索）' })
  accepted!: CountFigure;

  @Field(() => CountFigure, { description: '签约' })
  signed!: CountFigure;

  @Field(() => CountFigure, { description: '落地（工商注册）' })
  landed!: CountFigure;
}

@ObjectType({ description: '一个合作机构的报备漏斗' })
export class ReferralOrganizationFigures extends ReferralFunnelFigures {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: '机构名称' })
  organizationName!: string;

  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;
}

@ObjectType({ description: '一类合作机构的报备漏斗' })
export class ReferralKindFigures extends ReferralFunnelFigures {
  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;

  @Field({ description: '机构类型名称' })
  name!: string;
}

@ObjectType({ description: '驾驶舱：合作机构报备与引荐奖励' })
export class DashboardReferrals {
  @Field(() => ReferralFunnelFigures, { description: '合计' })
  total!: ReferralFunnelFigures;

  /** Exposed by ReferralFiguresResolver with `first`, and counted by `organizationCount`: 报备多者在前. */
  byOrganization!: ReferralOrganizationFigures[];

  @Field(() => [ReferralKindFigures], { description: '按机构类型（有报备的类型）' })
  byKind!: ReferralKindFigures[];

  @Field(() => CountFigure, { description: '待发放引荐奖励：已符合条件、尚未发放的报备（当前）' })
  rewardsDue!: CountFigure;

  @Field(() => AmountFigure, { description: '建议奖励金额合计（万元，按现行奖励档位）' })
  rewardsSuggested!: AmountFigure;

  @Field(() => CountFigure, { description: '期间内发放的引荐奖励（笔）' })
  rewardsAwarded!: CountFigure;

  @Field(() => AmountFigure, { description: '期间内发放的引荐奖励金额（万元）' })
  rewardsAwardedAmount!: AmountFigure;
}
