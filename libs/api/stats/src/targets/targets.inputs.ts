import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { TARGET_METRICS, toHalfWidth, type TargetMetric } from '@lianzhao/domain';
import { IsDateOnly, OptionalText, Trim } from '@lianzhao/api-core';
import { TargetMetricEnum } from './targets.types';

/** `1,234.50` → `1234.50`, full-width digits and IME points accepted, as every amount field does. */
const toDecimalText = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? toHalfWidth(value).replace(/。/g, '.').replace(/[,\s]/g, '') : value;

export const MIN_TARGET_YEAR = 2020;
export const MAX_TARGET_YEAR = 2100;

@InputType({ description: '设定年度目标（仅系统管理员）' })
export class SetTargetInput {
  @Field(() => Int)
  @IsInt({ message: '年度必须是整数' })
  @Min(MIN_TARGET_YEAR, { message: `年度不能早于 ${MIN_TARGET_YEAR}` })
  @Max(MAX_TARGET_YEAR, { message: `年度不能晚于 ${MAX_TARGET_YEAR}` })
  year!: number;

  @Field(() => TargetMetricEnum)
  @IsIn(TARGET_METRICS, { message: '请选择指标' })
  metric!: TargetMetric;

  @Field({ description: '目标值，按指标单位（亿元 / 家 / 个 / 亩 / %）' })
  @Transform(toDecimalText)
  @IsNotEmpty({ message: '请输入目标值' })
  value!: string;

  @OptionalText('说明', 500)
  note?: string | null;

  @Field(() => Int, { nullable: true, description: '读取时的版本号；该年该指标尚无目标时不填' })
  @IsOptional()
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
  version?: number | null;
}

@InputType({ description: '填报实际值（仅系统管理员；系统计算的指标不可填报）' })
export class RecordTargetActualInput {
  @Field(() => TargetMetricEnum)
  @IsIn(TARGET_METRICS, { message: '请选择指标' })
  metric!: TargetMetric;

  @Field({ description: '数据截止日期 YYYY-MM-DD（计入该日所在年度）' })
  @IsDateOnly()
  periodEnd!: string;

  @Field({ description: '实际值，按指标单位；统计口径为截至该日的年度累计或总量' })
  @Transform(toDecimalText)
  @IsNotEmpty({ message: '请输入实际值' })
  value!: string;

  @Field({ description: '数据来源，例如「区统计局 2027 年 1–6 月快报」' })
  @Trim()
  @IsNotEmpty({ message: '请填写数据来源' })
  @MaxLength(500, { message: '数据来源最多 500 个字' })
  sourceNote!: string;
}
