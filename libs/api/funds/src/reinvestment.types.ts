import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  INVESTMENT_RECOGNITION_LABELS,
  INVESTMENT_RECOGNITIONS,
  REINVESTMENT_LINE_KIND_LABELS,
  REINVESTMENT_LINE_KINDS,
  REINVESTMENT_LINE_STATUS_LABELS,
  REINVESTMENT_LINE_STATUSES,
  type ReinvestmentLineKind,
  type ReinvestmentLineStatus,
} from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const ReinvestmentLineKindEnum = graphqlEnum(
  'ReinvestmentLineKind',
  '返投认定方式',
  REINVESTMENT_LINE_KINDS,
  REINVESTMENT_LINE_KIND_LABELS,
);
export const ReinvestmentLineStatusEnum = graphqlEnum(
  'ReinvestmentLineStatus',
  '返投认定状态',
  REINVESTMENT_LINE_STATUSES,
  REINVESTMENT_LINE_STATUS_LABELS,
);
export const InvestmentRecognitionEnum = graphqlEnum(
  'InvestmentRecognition',
  '投资的返投认定',
  INVESTMENT_RECOGNITIONS,
  INVESTMENT_RECOGNITION_LABELS,
);

@ObjectType('ReinvestmentProgress', { description: '返投进度（万元），按现行规则即时计算' })
export class ReinvestmentProgressView {
  @Field({ description: '返投任务 = 倍数 × 基数' })
  obligation!: string;

  @Field({ description: '已认定' })
  counted!: string;

  @Field({ description: '已出资、待落地' })
  pending!: string;

  @Field({ description: '储备：意向与已决策的投资额' })
  pipeline!: string;

  @Field(() => String, { nullable: true, description: '缺口 = max(任务 − 已认定, 0)；倍数为 0 时为空' })
  gap!: string | null;

  @Field(() => String, { nullable: true, description: '完成率 = 已认定 ÷ 任务（四位小数）；任务为 0 时为空' })
  ratio!: string | null;
}

@ObjectType('ReinvestmentLedgerLine', { description: '返投台账的一行：哪条规则、自何日、计多少' })
export class ReinvestmentLedgerLineView {
  @Field(() => ID)
  fundId!: string;

  @Field(() => ReinvestmentLineKindEnum)
  kind!: ReinvestmentLineKind;

  @Field(() => ReinvestmentLineStatusEnum)
  status!: ReinvestmentLineStatus;

  @Field(() => String, { nullable: true, description: '认定起始日（待落地时为空）' })
  countedFrom!: string | null;

  @Field({ description: '基数（万元）：投资额、本地投资额，或招引企业的注册资本/合同投资' })
  baseAmount!: string;

  @Field({ description: '系数' })
  coefficient!: string;

  @Field({ description: '计入金额（万元）= 基数 × 系数' })
  amount!: string;

  @Field(() => ID)
  enterpriseId!: string;

  @Field(() => ID, { nullable: true })
  investmentId!: string | null;

  @Field(() => ID, { nullable: true })
  referralId!: string | null;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;
}

@ObjectType('FundTotals', { description: '全区基金合计（万元）' })
export class FundTotalsView {
  @Field({ description: '撬动规模：有政府出资的基金规模合计' })
  leverageScale!: string;

  @Field({ description: '政府出资合计' })
  governmentContribution!: string;

  @Field(() => Int, { description: '基金数' })
  funds!: number;

  @Field(() => Int, { description: '投资科创项目数（已出资、企业带高新技术企业或创新型标签）' })
  sciTechProjects!: number;

  @Field({ description: '返投任务合计' })
  obligation!: string;

  @Field({ description: '已认定合计' })
  counted!: string;

  @Field({ description: '待落地合计' })
  pending!: string;

  @Field({ description: '缺口合计（各基金缺口之和）' })
  gap!: string;
}
