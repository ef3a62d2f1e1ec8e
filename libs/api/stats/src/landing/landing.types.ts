import { Field, Float, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@lianzhao/api-core';
import type { PeriodKind } from '@lianzhao/domain';
import { AmountFigure, CountFigure } from '../figures.types';

export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export const PeriodKindEnum = graphqlEnum('PeriodKind', '统计周期', PERIOD_KINDS, {
  MONTH: { zh: '月' },
  QUARTER: { zh: '季度' },
  YEAR: { zh: '年' },
});

@ObjectType({ description: '一组项目的个数与金额（万元）；金额钻取到同一组项目' })
export class ProjectTally {
  @Field(() => CountFigure, { description: '项目数' })
  projects!: CountFigure;

  @Field(() => AmountFigure, { description: '合同投资合计' })
  contractInvestment!: AmountFigure;

  @Field(() => AmountFigure, { description: '计划固定资产投资合计' })
  plannedFixedAssetInvestment!: AmountFigure;

  @Field(() => AmountFigure, { description: '实际固定资产投资合计' })
  actualFixedAssetInvestment!: AmountFigure;

  @Field(() => AmountFigure, { description: '达产后预计年产值合计' })
  expectedOutput!: AmountFigure;
}

@ObjectType({ description: '一个月、季度或年度（截取在期间内）的签约与落地' })
export class LandingPeriodRow {
  @Field(() => PeriodKindEnum)
  kind!: PeriodKind;

  @Field({ description: '如 2026年3月、2026年一季度、2026年' })
  label!: string;

  @Field({ description: '起（含）' })
  from!: string;

  @Field({ description: '止（含）' })
  to!: string;

  @Field(() => ProjectTally, { description: '签约（签约节点实际日期在其中）' })
  signed!: ProjectTally;

  @Field(() => ProjectTally, { description: '落地（工商注册实际日期在其中）' })
  landed!: ProjectTally;
}

@ObjectType({ description: '期间内落地项目的一个分组' })
export class LandingGroup {
  @Field({ description: '分组值：产业/赛道/镇街代码、渠道、机构编号或园区名称' })
  key!: string;

  @Field(() => String, { nullable: true, description: '名称（代码已不在参考数据中时为空）' })
  name!: string | null;

  @Field(() => ProjectTally)
  landed!: ProjectTally;
}

@ObjectType({ description: '四大主导产业落地占比' })
export class LeadingIndustryShare {
  @Field(() => [String], { description: '四大主导产业的代码（参考数据中标为主导产业者）' })
  industryCodes!: string[];

  @Field(() => ProjectTally, { description: '期间内落地的四大主导产业项目' })
  landed!: ProjectTally;

  @Field(() => Float, { nullable: true, description: '项目数占期间内落地项目数的比例 0..1；无落地时为空' })
  projectShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '合同投资占期间内落地项目合同投资的比例 0..1；合计为 0 时为空',
  })
  contractInvestmentShare!: number | null;
}

@ObjectType({ description: '驾驶舱·项目签约与落地' })
export class DashboardLanding {
  @Field(() => ProjectTally, { description: '期间内签约' })
  signed!: ProjectTally;

  @Field(() => ProjectTally, { description: '期间内落地（工商注册）' })
  landed!: ProjectTally;

  @Field(() => [LandingPeriodRow], { description: '逐月（期间内每个月，含无数据的月）' })
  byMonth!: LandingPeriodRow[];

  @Field(() => [LandingPeriodRow], { description: '逐季度' })
  byQuarter!: LandingPeriodRow[];

  @Field(() => [LandingPeriodRow], { description: '逐年' })
  byYear!: LandingPeriodRow[];

  @Field(() => [LandingGroup], { description: '期间内落地，按产业' })
  byIndustry!: LandingGroup[];

  @Field(() => [LandingGroup], { description: '期间内落地，按细分赛道' })
  bySegment!: LandingGroup[];

  @Field(() => [LandingGroup], { description: '期间内落地，按招商渠道' })
  byChannel!: LandingGroup[];

  /** Exposed by LandingResolver with `first`, and counted by `partnerCount`: 落地多者在前. */
  byPartner!: LandingGroup[];

  @Field(() => [LandingGroup], { description: '期间内落地，按镇/街道（未填的项目不在其中）' })
  byTown!: LandingGroup[];

  @Field(() => [LandingGroup], { description: '期间内落地，按园区（未填的项目不在其中）' })
  byPark!: LandingGroup[];

  @Field(() => LeadingIndustryShare)
  leadingIndustries!: LeadingIndustryShare;
}
