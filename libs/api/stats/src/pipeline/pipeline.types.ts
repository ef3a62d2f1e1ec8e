import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { LeadStage } from '@lianzhao/domain';
import { LeadStageEnum } from '@lianzhao/api-leads';
import { AmountFigure, CountFigure } from '../figures.types';

@ObjectType({ description: '某阶段的在途线索（截至日的阶段）' })
export class PipelineStageFigure {
  @Field(() => LeadStageEnum)
  stage!: LeadStage;

  @Field(() => CountFigure, { description: '线索数' })
  leads!: CountFigure;

  @Field(() => AmountFigure, { description: '计划投资合计（万元；取线索当前填写的金额）' })
  plannedInvestment!: AmountFigure;
}

@ObjectType({ description: '转化漏斗的一级：期间内到达该阶段（或其后的主线阶段）的线索' })
export class FunnelStep {
  @Field(() => LeadStageEnum)
  stage!: LeadStage;

  @Field(() => CountFigure, { description: '期间内转入该阶段或其后主线阶段的线索数（新建记为到达“线索”）' })
  reached!: CountFigure;

  @Field(() => Float, { nullable: true, description: '到下一阶段的转化率 0..1；最后一级或本级为 0 时为空' })
  conversionToNext!: number | null;
}

@ObjectType({ description: '阶段停留天数：期间内转出该阶段的变更，在该阶段停留天数的中位数' })
export class StageDuration {
  @Field(() => LeadStageEnum)
  stage!: LeadStage;

  @Field(() => Float, {
    nullable: true,
    description:
      '停留整天数（满 24 小时计一天）的中位数，转出次数为偶数时取两个中间值的平均（可为 .5）；期间内无转出时为空',
  })
  medianDays!: number | null;

  @Field(() => CountFigure, { description: '期间内转出该阶段的线索数' })
  leads!: CountFigure;
}

@ObjectType({ description: '按原因的流失' })
export class LostReasonFigure {
  @Field({ description: '流失原因（按填写原文分组）' })
  reason!: string;

  @Field(() => CountFigure, { description: '期间内以该原因转为流失的线索数' })
  leads!: CountFigure;
}

@ObjectType({ description: '驾驶舱·招商管道' })
export class DashboardPipeline {
  @Field(() => CountFigure, { description: '在途线索数（截至日的未关闭阶段：线索至过会及暂缓）' })
  open!: CountFigure;

  @Field(() => AmountFigure, { description: '在途线索计划投资合计（万元）' })
  openPlannedInvestment!: AmountFigure;

  @Field(() => [PipelineStageFigure], { description: '各未关闭阶段的在途线索，按管道顺序' })
  openByStage!: PipelineStageFigure[];

  @Field(() => [FunnelStep], {
    description: '期间转化漏斗：线索 → 初步接洽 → 实地考察 → 深度洽谈 → 过会 → 签约',
  })
  funnel!: FunnelStep[];

  @Field(() => [StageDuration], { description: '各阶段停留天数中位数（期间内的转出变更）' })
  stageDurations!: StageDuration[];

  @Field(() => CountFigure, { description: '期间内转为流失的线索数' })
  lost!: CountFigure;

  @Field(() => [LostReasonFigure], { description: '期间内流失，按原因，多者在前' })
  lostByReason!: LostReasonFigure[];
}
