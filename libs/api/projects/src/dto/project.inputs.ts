import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  ArrayMaxSize,
  ValidateNested,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  MILESTONE_CODES,
  PROJECT_HEALTHS,
  PROJECT_TYPES,
  SITE_SUPPLY_MODES,
  SPACE_TENURES,
  SUPPORT_ITEM_KINDS,
  type MilestoneCode,
  type ProjectHealth,
  type ProjectType,
  type SiteSupplyMode,
  type SpaceTenure,
  type SupportItemKind,
} from '@lianzhao/domain';
import {
  AreaField,
  IdField,
  IsDateOnly,
  IsRangeEnd,
  ListArgs,
  ListExportArgs,
  OrderBy,
  OptionalIdField,
  OptionalText,
  Trim,
  VersionField,
  WanYuanField,
} from '@lianzhao/api-core';
import { AttributionFilter, WithAttribution } from '@lianzhao/api-attribution';
import {
  MilestoneCodeEnum,
  ProjectHealthEnum,
  ProjectTypeEnum,
  SiteSupplyModeEnum,
  SpaceTenureEnum,
  SupportItemKindEnum,
} from '../project.enums';

/** What an officer fills on the project form; create and update share them. */
@InputType({ isAbstract: true })
export class ProjectFields {
  @Field(() => String, { nullable: true, description: '园区代码（基础数据“园区”，须在所选镇/街道）' })
  @IsOptional()
  @IsString({ message: '请选择园区' })
  @MaxLength(40, { message: '请选择有效的园区' })
  parkCode?: string | null;

  @WanYuanField('合同投资')
  contractInvestment?: string | null;

  @WanYuanField('注册资本')
  registeredCapital?: string | null;

  @WanYuanField('计划固定资产投资')
  plannedFixedAssetInvestment?: string | null;

  @WanYuanField('实际固定资产投资')
  actualFixedAssetInvestment?: string | null;

  @WanYuanField('达产后预计年产值')
  expectedOutput?: string | null;

  @WanYuanField('达产后预计年税收')
  expectedTax?: string | null;

  @AreaField('用地', '亩')
  landArea?: string | null;

  @Field(() => SiteSupplyModeEnum, { nullable: true })
  @IsOptional()
  @IsIn(SITE_SUPPLY_MODES, { message: '请选择土地供应方式' })
  siteSupplyMode?: SiteSupplyMode | null;

  @AreaField('空间', '平方米')
  spaceArea?: string | null;

  @Field(() => SpaceTenureEnum, { nullable: true })
  @IsOptional()
  @IsIn(SPACE_TENURES, { message: '请选择租赁或购买' })
  spaceTenure?: SpaceTenure | null;

  @Field(() => Boolean, { nullable: true, description: '工业上楼' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否工业上楼' })
  industrialHighRise?: boolean | null;

  @Field(() => Int, { nullable: true, description: '计划用工（人）' })
  @IsOptional()
  @IsInt({ message: '计划用工须为整数' })
  @Min(0, { message: '计划用工不能为负数' })
  @Max(1_000_000, { message: '计划用工超出范围' })
  jobsPlanned?: number | null;

  @OptionalText('备注', 5000)
  notes?: string | null;
}

@InputType()
export class CreateProjectInput extends WithAttribution(ProjectFields, {
  required: true,
  townDescription: '落地镇/街道',
}) {
  @IdField('企业')
  enterpriseId!: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入项目名称' })
  @MaxLength(200, { message: '项目名称最多 200 个字' })
  name!: string;

  @Field(() => ProjectTypeEnum, { nullable: true, description: '默认按产业：其他产业为轻资产，其余为重资产' })
  @IsOptional()
  @IsIn(PROJECT_TYPES, { message: '请选择项目类型' })
  type?: ProjectType | null;

  @Field({ description: '签约日期 YYYY-MM-DD，即“签约”节点的实际日期' })
  @IsNotEmpty({ message: '请输入签约日期' })
  @IsDateOnly()
  signedOn!: string;
}

@InputType()
export class UpdateProjectInput extends WithAttribution(ProjectFields, {
  required: false,
  townDescription: '落地镇/街道',
}) {
  @IdField('项目')
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '项目名称不能为空' })
  @MaxLength(200, { message: '项目名称最多 200 个字' })
  name?: string;

  @Field(() => ProjectTypeEnum, { nullable: true, description: '仅在工商注册之后的节点均无实际日期时可改' })
  @IsOptional()
  @IsIn(PROJECT_TYPES, { message: '请选择项目类型' })
  type?: ProjectType;
}

@InputType()
export class RecordMilestoneInput {
  @IdField('项目')
  projectId!: string;

  @Field(() => MilestoneCodeEnum)
  @IsIn(MILESTONE_CODES, { message: '请选择节点' })
  code!: MilestoneCode;

  @Field(() => String, { nullable: true, description: '实际日期 YYYY-MM-DD；为空表示清除（更正误录）' })
  @IsOptional()
  @IsDateOnly()
  actualDate!: string | null;

  @VersionField()
  version!: number;
}

@InputType()
export class PlanMilestoneInput {
  @IdField('项目')
  projectId!: string;

  @Field(() => MilestoneCodeEnum)
  @IsIn(MILESTONE_CODES, { message: '请选择节点' })
  code!: MilestoneCode;

  @Field(() => String, { nullable: true, description: '计划日期 YYYY-MM-DD；为空表示取消计划' })
  @IsOptional()
  @IsDateOnly()
  plannedDate!: string | null;

  @OptionalText('调整原因', 1000, '调整原因（修改已有计划时必填）')
  reason?: string | null;

  @VersionField()
  version!: number;
}

@InputType()
export class SaveSupportItemInput {
  @IdField('项目')
  projectId!: string;

  @VersionField()
  version!: number;

  @OptionalIdField('扶持事项编号无效', '为空时新增')
  id?: string | null;

  @Field(() => SupportItemKindEnum)
  @IsIn(SUPPORT_ITEM_KINDS, { message: '请选择扶持事项' })
  kind!: SupportItemKind;

  @OptionalIdField('请选择有效的政策条款', '所依据的政策条款；为空时不关联')
  policyItemId?: string | null;

  @WanYuanField('申请金额')
  appliedAmount?: string | null;

  @WanYuanField('兑现金额')
  grantedAmount?: string | null;

  @Field(() => String, { nullable: true, description: '申请日期' })
  @IsOptional()
  @IsDateOnly()
  appliedOn?: string | null;

  @OptionalText('备注', 1000)
  notes?: string | null;
}

@InputType()
export class RemoveSupportItemInput {
  @IdField('项目')
  projectId!: string;

  @VersionField()
  version!: number;

  @IdField('扶持事项')
  id!: string;
}

/** Projects whose milestone `code` was done (actual date) within from..to, against a plan it had. */
@InputType({ description: '某节点在期间内完成（有计划日期的节点；按时 = 实际日期不晚于计划日期）' })
export class MilestoneDoneFilter {
  @Field(() => MilestoneCodeEnum)
  @IsIn(MILESTONE_CODES, { message: '请选择节点' })
  code!: MilestoneCode;

  @Field(() => String, { nullable: true, description: '完成日期起 YYYY-MM-DD（含）' })
  @IsOptional()
  @IsDateOnly()
  from?: string | null;

  @Field(() => String, { nullable: true, description: '完成日期止 YYYY-MM-DD（含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('from', '完成日期止不能早于完成日期起')
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是：按时完成；否：逾期完成；不填：全部' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否按时' })
  onTime?: boolean | null;
}

@InputType()
export class ProjectFilter extends AttributionFilter {
  @Field(() => String, { nullable: true, description: '搜索项目名称、企业名称或信用代码（包含）' })
  @Trim()
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多 50 个字' })
  search?: string | null;

  @Field(() => [ProjectHealthEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(PROJECT_HEALTHS, { each: true, message: '请选择进度状况' })
  healths?: ProjectHealth[] | null;

  @Field(() => MilestoneCodeEnum, { nullable: true, description: '下一个节点（第一个没有实际日期的节点）' })
  @IsOptional()
  @IsIn(MILESTONE_CODES, { message: '请选择节点' })
  nextMilestone?: MilestoneCode | null;

  @Field(() => ProjectTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROJECT_TYPES, { message: '请选择项目类型' })
  type?: ProjectType | null;

  @Field(() => String, { nullable: true, description: '园区代码' })
  @IsOptional()
  @IsString({ message: '请选择园区' })
  @MaxLength(40, { message: '请选择有效的园区' })
  parkCode?: string | null;

  @Field(() => String, { nullable: true, description: '签约日期起' })
  @IsOptional()
  @IsDateOnly()
  signedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '签约日期止（含）' })
  @IsOptional()
  @IsDateOnly()
  signedTo?: string | null;

  @Field(() => String, { nullable: true, description: '落地（工商注册）日期起' })
  @IsOptional()
  @IsDateOnly()
  landedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '落地（工商注册）日期止（含）' })
  @IsOptional()
  @IsDateOnly()
  landedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否已落地（工商注册）' })
  @IsOptional()
  @IsBoolean()
  landed?: boolean | null;
  // ---- 驾驶舱 (issue 13, cockpit-flow): new filter fields go below this line ----

  @Field(() => [String], { nullable: true, description: '产业代码（任一），如四大主导产业' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true, message: '产业代码无效' })
  industryCodes?: string[] | null;

  // ── 驾驶舱（节点进度）: as-of health, milestones done in a period, exact projects ──

  @Field(() => String, {
    nullable: true,
    description:
      '截至日 YYYY-MM-DD：进度状况按该日结束时判断（此后的实际日期视为未完成，计划取当日的计划），且只含该日前已签约的项目',
  })
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;

  @Field(() => MilestoneDoneFilter, { nullable: true, description: '某节点在期间内完成' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MilestoneDoneFilter)
  milestoneDone?: MilestoneDoneFilter | null;

  @Field(() => [ID], { nullable: true, description: '指定项目' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: '最多指定 100 个项目' })
  @IsUUID('all', { each: true, message: '项目编号无效' })
  ids?: string[] | null;
}

export enum ProjectOrderField {
  CREATED_AT = 'CREATED_AT',
  SIGNED_ON = 'SIGNED_ON',
  LANDED_ON = 'LANDED_ON',
  CONTRACT_INVESTMENT = 'CONTRACT_INVESTMENT',
  DAYS_LATE = 'DAYS_LATE',
}

@InputType()
export class ProjectOrder extends OrderBy(ProjectOrderField, 'ProjectOrderField') {}

@ArgsType()
export class ProjectListArgs extends ListArgs(ProjectFilter, ProjectOrder, '默认按签约日期倒序') {}

@ArgsType()
export class MilestoneAlertArgs {
  @Field(() => Int, { defaultValue: 100, description: '最多条数（不超过 500）' })
  @IsInt({ message: '条数必须是整数' })
  @Min(1, { message: '条数至少为 1' })
  @Max(500, { message: '条数最多为 500' })
  first = 100;
}

@ArgsType()
export class ProjectExportArgs extends ListExportArgs(ProjectFilter, ProjectOrder) {}
