import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ReferralStatus } from '@lianzhao/domain';
import { ReferralCheckResultEnum, ReferralStatusEnum, type ReferralCheckResult } from './referral.enums';
import type { Referral } from './referral.entity';

@ObjectType({ description: '某状态的报备数' })
export class ReferralStatusCount {
  @Field(() => ReferralStatusEnum)
  status!: ReferralStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '报备数量（审核队列）' })
export class ReferralCounts {
  @Field(() => [ReferralStatusCount])
  byStatus!: ReferralStatusCount[];

  @Field(() => Int, { description: '待处理（保护中与已在管道中）' })
  pending!: number;
}

@ObjectType({ description: '报备查重：只说明能否报备，不透露由谁报备' })
export class ReferralCheck {
  @Field(() => ReferralCheckResultEnum)
  result!: ReferralCheckResult;

  @Field()
  message!: string;
}

/** The officers' side of a referral: who filed it, what it matched, the lead. Partners cannot open it. */
@ObjectType({ description: '报备审核信息（仅投促办可见）' })
export class ReferralReview {
  referral!: Referral;
}
