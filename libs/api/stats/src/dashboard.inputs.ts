import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { CHANNELS, type Channel } from '@lianzhao/domain';
import { IsDateOnly, IsRangeEnd } from '@lianzhao/api-core';
import { ChannelEnum } from '@lianzhao/api-attribution';

/** The cockpit's one filter row. No dates means this year. */
@InputType({ description: '驾驶舱筛选：期间、截至日、产业、赛道、镇/街道、渠道' })
export class DashboardFilter {
  @Field(() => String, { nullable: true, description: '期间起 YYYY-MM-DD（含）' })
  @IsOptional()
  @IsDateOnly()
  from?: string | null;

  @Field(() => String, { nullable: true, description: '期间止 YYYY-MM-DD（含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('from', '期间止不能早于期间起')
  to?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '截至日：按该日结束时的状态重现（阶段取自阶段历史，落地与节点取自其日期）',
  })
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  industryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  segmentCode?: string | null;

  @Field(() => String, { nullable: true, description: '镇/街道代码' })
  @IsOptional()
  @IsString()
  town?: string | null;

  @Field(() => ChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHANNELS, { message: '请选择招商渠道' })
  channel?: Channel | null;
}
