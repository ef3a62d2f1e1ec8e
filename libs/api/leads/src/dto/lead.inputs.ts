import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CHANNELS,
  LEAD_GRADES,
  LEAD_STAGES,
  type Channel,
  type LeadGrade,
  type LeadStage,
} from '@lianzhao/domain';
import {
  IsArea,
  IsDateOnly,
  IsRangeEnd,
  IsWanYuan,
  ListArgs,
  OrderBy,
  toWanYuan,
  Trim,
} from '@lianzhao/api-core';
import { ChannelEnum, LeadGradeEnum, LeadStageEnum } from '../lead.enums';

/** Fields an officer fills on the lead form; create and update share them. */
@InputType({ isAbstract: true })
export class LeadFields {
  @Field(() => ID, { nullable: true, description: '来源合作机构（链式/专业/资本/以商引商渠道必填）' })
  @IsOptional()
  @IsUUID('all', { message: '请选择来源机构' })
  sourceOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '负责人，默认为当前用户' })
  @IsOptional()
  @IsUUID('all', { message: '请选择负责人' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: '意向落地镇/街道' })
  @IsOptional()
  @IsString()
  townCode?: string | null;

  @Field(() => String, { nullable: true, description: '计划投资（万元）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsWanYuan()
  plannedInvestment?: string | null;

  @Field(() => String, { nullable: true, description: '预计年产值（万元）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsWanYuan()
  expectedOutput?: string | null;

  @Field(() => String, { nullable: true, description: '用地需求（亩）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsArea()
  landNeed?: string | null;

  @Field(() => String, { nullable: true, description: '空间需求（平方米）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsArea()
  spaceNeed?: string | null;

  @Field(() => String, { nullable: true, description: '预计签约日期 YYYY-MM-DD' })
  @Trim()
  @IsOptional()
  @IsDateOnly()
  expectedSigningOn?: string | null;

  @Field(() => LeadGradeEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEAD_GRADES, { message: '请选择等级' })
  grade?: LeadGrade | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(5000, { message: '备注最多 5000 个字' })
  notes?: string | null;
}

@InputType()
export class CreateLeadInput extends LeadFields {
  @Field(() => ID)
  @IsUUID('all', { message: '请选择企业' })
  enterpriseId!: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入项目名称' })
  @MaxLength(200, { message: '项目名称最多 200 个字' })
  projectName!: string;

  @Field({ description: '细分赛道代码；产业由赛道确定' })
  @IsNotEmpty({ message: '请选择细分赛道' })
  @IsString()
  segmentCode!: string;

  @Field(() => ChannelEnum)
  @IsIn(CHANNELS, { message: '请选择招商渠道' })
  channel!: Channel;
}

@InputType()
export class UpdateLeadInput extends LeadFields {
  @Field(() => ID)
  @IsUUID('all', { message: '线索编号无效' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
  version!: number;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '项目名称不能为空' })
  @MaxLength(200, { message: '项目名称最多 200 个字' })
  projectName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  segmentCode?: string;

  @Field(() => ChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHANNELS, { message: '请选择招商渠道' })
  channel?: Channel;
}

@InputType()
export class MoveLeadInput {
  @Field(() => ID)
  @IsUUID('all', { message: '线索编号无效' })
  id!: string;

  @Field(() => LeadStageEnum)
  @IsIn(LEAD_STAGES, { message: '请选择阶段' })
  stage!: LeadStage;

  @Field(() => String, { nullable: true, description: '原因（暂缓、流失必填）' })
  @Trim()
  @IsOptional()
  @MaxLength(1000, { message: '原因最多 1000 个字' })
  reason?: string | null;

  @Field(() => Int)
  @IsInt({ message: '版本号必须是整数' })
  version!: number;
}

@InputType()
export class LeadFilter {
  @Field(() => String, { nullable: true, description: '搜索企业名称、项目名称或信用代码（包含）' })
  @Trim()
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多 50 个字' })
  search?: string | null;

  @Field(() => [LeadStageEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(LEAD_STAGES, { each: true })
  stages?: LeadStage[] | null;

  @Field(() => LeadStageEnum, { nullable: true, description: '单个阶段（与 stages 同时给出时取交集）' })
  @IsOptional()
  @IsIn(LEAD_STAGES, { message: '请选择阶段' })
  stage?: LeadStage | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  industryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  segmentCode?: string | null;

  @Field(() => [ChannelEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(CHANNELS, { each: true })
  channels?: Channel[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '机构编号无效' })
  sourceOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '负责人编号无效' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  townCode?: string | null;

  @Field(() => [LeadGradeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(LEAD_GRADES, { each: true })
  grades?: LeadGrade[] | null;

  @Field(() => String, { nullable: true, description: '创建日期起 YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  createdFrom?: string | null;

  @Field(() => String, { nullable: true, description: '创建日期止（含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('createdFrom', '创建日期止不能早于起始日期')
  createdTo?: string | null;

  @Field(() => String, { nullable: true, description: '预计签约日期起' })
  @IsOptional()
  @IsDateOnly()
  expectedSigningFrom?: string | null;

  @Field(() => String, { nullable: true, description: '预计签约日期止（含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('expectedSigningFrom', '预计签约日期止不能早于起始日期')
  expectedSigningTo?: string | null;

  @Field(() => String, { nullable: true, description: '计划投资下限（万元）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsWanYuan()
  investmentMin?: string | null;

  @Field(() => String, { nullable: true, description: '计划投资上限（万元）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsWanYuan()
  @IsRangeEnd('investmentMin', '计划投资上限不能小于下限')
  investmentMax?: string | null;

  @Field(() => String, { nullable: true, description: '预计年产值下限（万元）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsWanYuan()
  outputMin?: string | null;

  @Field(() => String, { nullable: true, description: '预计年产值上限（万元）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsWanYuan()
  @IsRangeEnd('outputMin', '预计年产值上限不能小于下限')
  outputMax?: string | null;

  @Field(() => String, { nullable: true, description: '用地需求下限（亩）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsArea()
  landMin?: string | null;

  @Field(() => String, { nullable: true, description: '用地需求上限（亩）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsArea()
  @IsRangeEnd('landMin', '用地需求上限不能小于下限')
  landMax?: string | null;

  @Field(() => String, { nullable: true, description: '空间需求下限（平方米）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsArea()
  spaceMin?: string | null;

  @Field(() => String, { nullable: true, description: '空间需求上限（平方米）' })
  @Transform(toWanYuan)
  @IsOptional()
  @IsArea()
  @IsRangeEnd('spaceMin', '空间需求上限不能小于下限')
  spaceMax?: string | null;
}

export enum LeadOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  PLANNED_INVESTMENT = 'PLANNED_INVESTMENT',
  EXPECTED_SIGNING_ON = 'EXPECTED_SIGNING_ON',
}

@InputType()
export class LeadOrder extends OrderBy(LeadOrderField, 'LeadOrderField') {}

@ArgsType()
export class LeadListArgs extends ListArgs(LeadFilter, LeadOrder, '默认按创建时间倒序') {}
