import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { LeadStage, MilestoneCode, ProjectType, ReferralStatus } from '@lianzhao/domain';
import { LeadStageEnum } from '@lianzhao/api-leads';
import { MilestoneCodeEnum, ProjectTypeEnum } from '@lianzhao/api-projects';
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

@ObjectType({ description: '落地节点日期（伙伴可见：只有日期）' })
export class ReferralMilestone {
  @Field(() => MilestoneCodeEnum)
  code!: MilestoneCode;

  @Field(() => String, { nullable: true, description: '计划日期' })
  plannedDate!: string | null;

  @Field(() => String, { nullable: true, description: '实际日期' })
  actualDate!: string | null;
}

@ObjectType({ description: '受理后项目的进展：线索阶段与落地节点日期，不含投促办内部信息' })
export class ReferralProgress {
  @Field(() => LeadStageEnum, { description: '线索阶段' })
  leadStage!: LeadStage;

  @Field(() => ProjectTypeEnum, { nullable: true, description: '项目类型（签约后）' })
  projectType!: ProjectType | null;

  @Field(() => [ReferralMilestone], { description: '落地节点（签约后）' })
  milestones!: ReferralMilestone[];

  @Field(() => String, { nullable: true, description: '落地（工商注册）日期' })
  landedOn!: string | null;
}

@ObjectType({ description: '引荐奖励' })
export class ReferralReward {
  @Field({ description: '是否符合奖励条件' })
  eligible!: boolean;

  @Field(() => String, { nullable: true, description: '符合条件的日期' })
  eligibleOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '按奖励档位计算的建议金额（万元，仅投促办可见，须经办人确认）',
  })
  suggestedAmount!: string | null;

  @Field(() => String, { nullable: true, description: '奖励金额（万元）' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: '发放日期' })
  rewardedOn!: string | null;
}

@ObjectType({ description: '机构报备转化：报备 → 受理 → 签约 → 落地' })
export class ReferralFunnelView {
  @Field(() => Int, { description: '报备' })
  filed!: number;

  @Field(() => Int, { description: '受理' })
  accepted!: number;

  @Field(() => Int, { description: '签约' })
  signed!: number;

  @Field(() => Int, { description: '落地' })
  landed!: number;
}

@ObjectType({ description: '附件下载：文件名、类型与内容（base64）' })
export class ReferralAttachmentDownload {
  @Field()
  fileName!: string;

  @Field()
  mimeType!: string;

  @Field()
  contentBase64!: string;
}
