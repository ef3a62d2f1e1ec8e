import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LEAD_GRADES,
  LEAD_STAGES,
  MAX_LEAD_TAGS,
  PIPELINE_PATH,
  type LeadGrade,
  type LeadStage,
} from '@lianzhao/domain';
import { AreaField, IsDateOnly, IsRangeEnd, ListArgs, OrderBy, Trim, WanYuanField } from '@lianzhao/api-core';
import { AttributionFilter, WithAttribution } from '@lianzhao/api-attribution';
import { LeadGradeEnum, LeadStageEnum } from '../lead.enums';

/** The most leads one bulk action (or an export of the selection) takes. */
export const MAX_BULK_LEADS = 500;

/** Fields an officer fills on the lead form; create and update share them. */
@InputType({ isAbstract: true })
export class LeadFields {
  @WanYuanField('计划投资')
  plannedInvestment?: string | null;

  @WanYuanField('预计年产值')
  expectedOutput?: string | null;

  @AreaField('用地需求', '亩')
  landNeed?: string | null;

  @AreaField('空间需求', '平方米')
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

  @Field(() => [String], {
    nullable: true,
    description: `线索标签代码（“线索标签”分组，最多 ${MAX_LEAD_TAGS} 个）`,
  })
  @IsOptional()
  @IsArray({ message: '请选择标签' })
  @ArrayMaxSize(MAX_LEAD_TAGS, { message: `一条线索最多 ${MAX_LEAD_TAGS} 个标签` })
  @IsString({ each: true, message: '标签代码无效' })
  tagCodes?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: '来源基金（资本招商线索必填；未填时取来源机构管理的最新基金）',
  })
  @IsOptional()
  @IsUUID('all', { message: '请选择基金' })
  fundId?: string | null;
}

@InputType()
export class CreateLeadInput extends WithAttribution(LeadFields, {
  required: true,
  townDescription: '意向落地镇/街道',
}) {
  @Field(() => ID)
  @IsUUID('all', { message: '请选择企业' })
  enterpriseId!: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入项目名称' })
  @MaxLength(200, { message: '项目名称最多 200 个字' })
  projectName!: string;
}

@InputType()
export class UpdateLeadInput extends WithAttribution(LeadFields, {
  required: false,
  townDescription: '意向落地镇/街道',
}) {
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

/**
 * Leads with at least one recorded stage move matching every part given: to one of `stages`,
 * from one of `fromStages`, within Shanghai days `from`..`to`, with exactly `reason`. The
 * cockpit's funnel, stage durations and losses drill down through it.
 */
@InputType({ description: '阶段变更筛选：在期间内有一次符合条件的阶段变更（各条件同时满足）' })
export class LeadStageMoveFilter {
  @Field(() => [LeadStageEnum], { nullable: true, description: '变更后的阶段（任一）；新建记为转入“线索”' })
  @IsOptional()
  @IsArray()
  @IsIn(LEAD_STAGES, { each: true, message: '请选择阶段' })
  stages?: LeadStage[] | null;

  @Field(() => [LeadStageEnum], { nullable: true, description: '变更前的阶段（任一）' })
  @IsOptional()
  @IsArray()
  @IsIn(LEAD_STAGES, { each: true, message: '请选择阶段' })
  fromStages?: LeadStage[] | null;

  @Field(() => String, { nullable: true, description: '变更日期起 YYYY-MM-DD（上海时间，含）' })
  @IsOptional()
  @IsDateOnly()
  from?: string | null;

  @Field(() => String, { nullable: true, description: '变更日期止 YYYY-MM-DD（上海时间，含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('from', '变更日期止不能早于起始日期')
  to?: string | null;

  @Field(() => String, { nullable: true, description: '变更原因（完全一致）' })
  @IsOptional()
  @MaxLength(1000, { message: '原因最多 1000 个字' })
  reason?: string | null;
}

/**
 * Leads that first reached a forward stage within Shanghai days `from`..`to`: their first move to
 * `stage` or to a later stage on the pipeline path (creation reaches 线索). The cockpit's funnel
 * counts these from maintained facts (lead_stage_reached, migration PipelineFacts) and drills here.
 */
@InputType({ description: '阶段到达筛选：在期间内首次到达该阶段（或其后的推进阶段）' })
export class LeadStageReachedFilter {
  @Field(() => LeadStageEnum, { description: '推进阶段（线索至签约）；新建即到达“线索”' })
  @IsIn(PIPELINE_PATH, { message: '请选择推进阶段' })
  stage!: LeadStage;

  @Field(() => String, { nullable: true, description: '首次到达日期起 YYYY-MM-DD（上海时间，含）' })
  @IsOptional()
  @IsDateOnly()
  from?: string | null;

  @Field(() => String, { nullable: true, description: '首次到达日期止 YYYY-MM-DD（上海时间，含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('from', '到达日期止不能早于起始日期')
  to?: string | null;
}

@InputType()
export class LeadFilter extends AttributionFilter {
  @Field(() => [ID], { nullable: true, description: '只要这些线索（导出所选）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BULK_LEADS, { message: `一次最多选择 ${MAX_BULK_LEADS} 条线索` })
  @IsUUID('all', { each: true, message: '线索编号无效' })
  ids?: string[] | null;

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

  @Field(() => [String], { nullable: true, description: '带有其中任一标签的线索' })
  @IsOptional()
  @IsArray({ message: '请选择标签' })
  @ArrayMaxSize(50, { message: '最多按 50 个标签筛选' })
  @IsString({ each: true, message: '标签代码无效' })
  tagCodes?: string[] | null;

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

  @WanYuanField('计划投资下限')
  investmentMin?: string | null;

  @WanYuanField('计划投资上限')
  @IsRangeEnd('investmentMin', '计划投资上限不能小于下限')
  investmentMax?: string | null;

  @WanYuanField('预计年产值下限')
  outputMin?: string | null;

  @WanYuanField('预计年产值上限')
  @IsRangeEnd('outputMin', '预计年产值上限不能小于下限')
  outputMax?: string | null;

  @AreaField('用地需求下限', '亩')
  landMin?: string | null;

  @AreaField('用地需求上限', '亩')
  @IsRangeEnd('landMin', '用地需求上限不能小于下限')
  landMax?: string | null;

  @AreaField('空间需求下限', '平方米')
  spaceMin?: string | null;

  @AreaField('空间需求上限', '平方米')
  @IsRangeEnd('spaceMin', '空间需求上限不能小于下限')
  spaceMax?: string | null;

  // ---- 驾驶舱 (issue 13, cockpit-flow): new filter fields go below this line ----

  @Field(() => String, {
    nullable: true,
    description: '截至日 YYYY-MM-DD：只含该日结束前已创建的线索，阶段条件按该日结束时的阶段（取自阶段历史）',
  })
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;

  @Field(() => LeadStageMoveFilter, { nullable: true, description: '有符合条件的阶段变更' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeadStageMoveFilter)
  movedTo?: LeadStageMoveFilter | null;

  @Field(() => LeadStageReachedFilter, { nullable: true, description: '在期间内首次到达某推进阶段' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeadStageReachedFilter)
  reached?: LeadStageReachedFilter | null;
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

@InputType()
class BulkLeadIds {
  @Field(() => [ID], { description: `所选线索，最多 ${MAX_BULK_LEADS} 条` })
  @IsArray({ message: '请选择线索' })
  @ArrayNotEmpty({ message: '请选择线索' })
  @ArrayMaxSize(MAX_BULK_LEADS, { message: `一次最多选择 ${MAX_BULK_LEADS} 条线索` })
  @IsUUID('all', { each: true, message: '线索编号无效' })
  ids!: string[];
}

@InputType()
export class BulkAssignLeadsInput extends BulkLeadIds {
  @Field(() => ID, { description: '新负责人' })
  @IsUUID('all', { message: '请选择负责人' })
  ownerId!: string;
}

@InputType()
export class BulkMoveLeadsInput extends BulkLeadIds {
  @Field(() => LeadStageEnum)
  @IsIn(LEAD_STAGES, { message: '请选择阶段' })
  stage!: LeadStage;

  @Field(() => String, { nullable: true, description: '原因（暂缓、流失必填），记入每条线索' })
  @Trim()
  @IsOptional()
  @MaxLength(1000, { message: '原因最多 1000 个字' })
  reason?: string | null;
}

@InputType({ description: '批量打标签或移除标签' })
export class BulkTagLeadsInput extends BulkLeadIds {
  @Field(() => [String], { description: '要加上（或移除）的线索标签代码' })
  @IsArray({ message: '请选择标签' })
  @ArrayNotEmpty({ message: '请选择标签' })
  @ArrayMaxSize(MAX_LEAD_TAGS, { message: `一次最多 ${MAX_LEAD_TAGS} 个标签` })
  @IsString({ each: true, message: '标签代码无效' })
  tagCodes!: string[];
}
