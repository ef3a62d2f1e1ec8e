import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  TARGET_ACCUMULATION_LABELS,
  TARGET_ACCUMULATIONS,
  TARGET_COMPARATOR_LABELS,
  TARGET_COMPARATORS,
  TARGET_METRIC_LABELS,
  TARGET_METRICS,
  TARGET_SOURCE_LABELS,
  TARGET_SOURCES,
  TARGET_UNIT_LABELS,
  TARGET_UNITS,
  type TargetAccumulation,
  type TargetComparator,
  type TargetMetric,
  type TargetSource,
  type TargetUnit,
} from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';
import { Drill } from '../figures.types';

export const TargetMetricEnum = graphqlEnum('TargetMetric', '目标指标', TARGET_METRICS, TARGET_METRIC_LABELS);
export const TargetUnitEnum = graphqlEnum('TargetUnit', '目标单位', TARGET_UNITS, TARGET_UNIT_LABELS);
export const TargetComparatorEnum = graphqlEnum(
  'TargetComparator',
  '目标比较方式（> ≥ =）',
  TARGET_COMPARATORS,
  TARGET_COMPARATOR_LABELS,
);
export const TargetAccumulationEnum = graphqlEnum(
  'TargetAccumulation',
  '年度或累计',
  TARGET_ACCUMULATIONS,
  TARGET_ACCUMULATION_LABELS,
);
export const TargetSourceEnum = graphqlEnum(
  'TargetSource',
  '实际值来源',
  TARGET_SOURCES,
  TARGET_SOURCE_LABELS,
);

@ObjectType({ description: '目标趋势的一点：该月末（或截至日）的实际值' })
export class TargetTrendPoint {
  @Field({ description: '月份 YYYY-MM' })
  month!: string;

  @Field({ description: '取值日（月末，最后一月为截至日）' })
  day!: string;

  @Field({ description: '实际值（指标单位）' })
  value!: string;
}

@ObjectType({ description: '一次实际值填报' })
export class TargetActualEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => TargetMetricEnum)
  metric!: TargetMetric;

  @Field(() => Int, { description: '计入的年度（截止日期所在年）' })
  year!: number;

  @Field({ description: '数据截止日期' })
  periodEnd!: string;

  @Field({ description: '实际值（指标单位）' })
  value!: string;

  @Field({ description: '数据来源说明' })
  sourceNote!: string;

  @Field(() => ID, { nullable: true })
  enteredById!: string | null;

  @Field({ description: '填报人' })
  enteredByName!: string;

  @Field({ description: '填报时间' })
  enteredAt!: Date;
}

@ObjectType({ description: '一项年度目标的完成情况' })
export class TargetProgress {
  @Field(() => Int)
  year!: number;

  @Field(() => TargetMetricEnum)
  metric!: TargetMetric;

  @Field({ description: '指标名称' })
  name!: string;

  @Field(() => TargetUnitEnum)
  unit!: TargetUnit;

  @Field({ description: '单位（亿元 / 家 / 个 / 亩 / %）' })
  unitLabel!: string;

  @Field(() => TargetComparatorEnum)
  comparator!: TargetComparator;

  @Field(() => TargetAccumulationEnum)
  accumulation!: TargetAccumulation;

  @Field(() => TargetSourceEnum)
  source!: TargetSource;

  @Field(() => String, { nullable: true, description: '目标值（指标单位）；未设定时为空' })
  target!: string | null;

  @Field(() => String, { nullable: true, description: '目标说明' })
  targetNote!: string | null;

  @Field(() => Int, { nullable: true, description: '目标的版本号（修改时回传）；未设定时为空' })
  targetVersion!: number | null;

  @Field(() => String, { nullable: true, description: '目标设定人' })
  targetUpdatedByName!: string | null;

  @Field(() => Date, { nullable: true, description: '目标设定时间' })
  targetUpdatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '实际值（指标单位）；无数据时为空' })
  actual!: string | null;

  @Field(() => String, { nullable: true, description: '实际值的取值日（填报的截止日期，或计算的截至日）' })
  actualDay!: string | null;

  @Field(() => String, { nullable: true, description: '完成率 = 实际 ÷ 目标（四位小数）' })
  share!: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否已达到目标' })
  met!: boolean | null;

  @Field({ description: '时间进度：年度已过去的比例（四位小数）' })
  yearElapsed!: string;

  @Field(() => [TargetTrendPoint], { description: '按月趋势' })
  trend!: TargetTrendPoint[];

  @Field(() => TargetActualEntryView, { nullable: true, description: '最近一次填报（人工填报的指标）' })
  lastEntry!: TargetActualEntryView | null;

  @Field(() => Drill, { nullable: true, description: '钻取（列表能完全重现的计算指标）' })
  drill!: Drill | null;
}
