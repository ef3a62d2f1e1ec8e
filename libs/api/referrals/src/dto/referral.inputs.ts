import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MAX_ATTACHMENTS,
  MAX_PROTECTION_DAYS,
  MIN_PROTECTION_DAYS,
  normalizeCreditCode,
  ORGANIZATION_KINDS,
  REFERRAL_STATUSES,
  type OrganizationKind,
  type ReferralStatus,
} from '@lianzhao/domain';
import {
  AreaField,
  IdField,
  IsCreditCode,
  IsDateOnly,
  IsPhone,
  IsRangeEnd,
  IsWanYuan,
  ListArgs,
  OptionalText,
  toWanYuan,
  Trim,
  WanYuanField,
} from '@lianzhao/api-core';
import { OrganizationKindEnum } from '@lianzhao/api-users';
import { ReferralStatusEnum } from '../referral.enums';
import { REFERRAL_PROGRESSES, ReferralProgressEnum, type ReferralProgress } from '../referral-progress';

const normalizeCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizeCreditCode(value) || null : value;

@InputType()
export class FileReferralInput {
  @Field({ description: '企业名称' })
  @Trim()
  @IsNotEmpty({ message: '请输入企业名称' })
  @IsString({ message: '企业名称格式不正确' })
  @MaxLength(200, { message: '企业名称最多 200 个字' })
  companyName!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码（已知时填写）' })
  @Transform(normalizeCode)
  @IsOptional()
  @IsCreditCode()
  creditCode?: string | null;

  @Field({ description: '细分赛道代码；产业由赛道确定' })
  @IsNotEmpty({ message: '请选择细分赛道' })
  @IsString({ message: '请选择细分赛道' })
  segmentCode!: string;

  @WanYuanField('意向投资')
  plannedInvestment?: string | null;

  @AreaField('用地需求', '亩')
  landNeed?: string | null;

  @AreaField('空间需求', '平方米')
  spaceNeed?: string | null;

  @OptionalText('计划时间', 200, '计划时间（如 2026 年三季度落地）')
  timeline?: string | null;

  @Field({ description: '企业联系人' })
  @Trim()
  @IsNotEmpty({ message: '请输入企业联系人' })
  @MaxLength(64, { message: '联系人最多 64 个字' })
  contactName!: string;

  @Field({ description: '联系电话' })
  @Trim()
  @IsNotEmpty({ message: '请输入联系电话' })
  @IsPhone()
  contactPhone!: string;

  @OptionalText('报备说明', 5000)
  notes?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      '附件（可选）：先以 multipart 上传到 POST /uploads/referral-attachments（最多 5 个，每个不超过 5 MB，PDF、JPG、PNG、Word、Excel），再填返回的编号',
  })
  @IsOptional()
  @IsArray({ message: '附件格式不正确' })
  @ArrayMaxSize(MAX_ATTACHMENTS, { message: `最多上传 ${MAX_ATTACHMENTS} 个附件` })
  @IsUUID('all', { each: true, message: '附件编号无效，请重新上传' })
  attachmentIds?: string[] | null;
}

@InputType()
export class AcceptReferralInput {
  @IdField('报备')
  id!: string;

  @Field(() => ID, { description: '线索负责人（招商专员）' })
  @IsUUID('all', { message: '请选择负责人' })
  ownerId!: string;

  @Field(() => Int, { nullable: true, description: '读取时的版本号（乐观锁）；不填则以当前版本为准' })
  @IsOptional()
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
  version?: number | null;
}

@InputType()
export class RejectReferralInput {
  @IdField('报备')
  id!: string;

  @Field({ description: '不予受理的原因（伙伴可见）' })
  @Trim()
  @IsNotEmpty({ message: '请填写不予受理的原因' })
  @MaxLength(1000, { message: '原因最多 1000 个字' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: '读取时的版本号（乐观锁）；不填则以当前版本为准' })
  @IsOptional()
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
  version?: number | null;
}

/** The most referrals one selection takes: a bulk decision, or 导出所选. */
export const MAX_BULK_REFERRALS = 200;

@InputType()
export class ReferralFilter {
  @Field(() => [ID], { nullable: true, description: '只要这些报备（导出所选）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BULK_REFERRALS, { message: `一次最多选择 ${MAX_BULK_REFERRALS} 条报备` })
  @IsUUID('all', { each: true, message: '报备编号无效' })
  ids?: string[] | null;

  @Field(() => ReferralStatusEnum, { nullable: true, description: '按当前状态（保护期届满的按“已过期”）' })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES, { message: '请选择状态' })
  status?: ReferralStatus | null;

  @Field(() => ID, { nullable: true, description: '报备机构（伙伴只能看到本机构）' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号无效' })
  organizationId?: string | null;

  @OptionalText('搜索词', 50, '按企业名称或信用代码搜索（包含）')
  search?: string | null;

  // ── 驾驶舱（报备）: filing days, partner kind, progress, attribution, rewards ──

  @Field(() => String, { nullable: true, description: '报备日期起 YYYY-MM-DD（上海时间，含）' })
  @IsOptional()
  @IsDateOnly()
  filedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '报备日期止 YYYY-MM-DD（上海时间，含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('filedFrom', '报备日期止不能早于报备日期起')
  filedTo?: string | null;

  @Field(() => OrganizationKindEnum, { nullable: true, description: '报备机构类型' })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS, { message: '请选择机构类型' })
  organizationKind?: OrganizationKind | null;

  @Field(() => ReferralProgressEnum, {
    nullable: true,
    description: '进展（至少达到）：已受理、已签约、已落地',
  })
  @IsOptional()
  @IsIn(REFERRAL_PROGRESSES, { message: '请选择进展' })
  progress?: ReferralProgress | null;

  @Field(() => String, { nullable: true, description: '产业代码' })
  @IsOptional()
  @IsString({ message: '请选择产业' })
  industryCode?: string | null;

  @Field(() => String, { nullable: true, description: '赛道代码' })
  @IsOptional()
  @IsString({ message: '请选择赛道' })
  segmentCode?: string | null;

  @Field(() => String, { nullable: true, description: '引荐奖励发放日期起 YYYY-MM-DD（含）' })
  @IsOptional()
  @IsDateOnly()
  rewardedFrom?: string | null;

  @Field(() => String, { nullable: true, description: '引荐奖励发放日期止 YYYY-MM-DD（含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('rewardedFrom', '发放日期止不能早于发放日期起')
  rewardedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是：已符合引荐奖励条件、尚未发放（有建议金额）' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否待发放' })
  rewardDue?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: '截至日 YYYY-MM-DD：只含该日结束前报备的，进展按该日结束时（受理时间、签约与落地日期）判断',
  })
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;
}

@ArgsType()
export class ReferralListArgs extends ListArgs(ReferralFilter) {}

@InputType()
export class RewardTierInput {
  @Field({ description: '投资起点（万元）' })
  @Transform(toWanYuan)
  @IsWanYuan()
  minInvestment!: string;

  @Field({ description: '比例（‰）' })
  @Transform(toWanYuan)
  @IsWanYuan()
  perMille!: string;
}

@InputType()
export class UpdateReferralSettingsInput {
  @Field(() => Int, { description: '读取时的版本号（乐观锁）' })
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
  version!: number;

  @Field(() => Int, { nullable: true, description: '报备保护期（天）' })
  @IsOptional()
  @IsInt({ message: '保护期须为整数天' })
  @Min(MIN_PROTECTION_DAYS, { message: `保护期至少 ${MIN_PROTECTION_DAYS} 天` })
  @Max(MAX_PROTECTION_DAYS, { message: `保护期最多 ${MAX_PROTECTION_DAYS} 天` })
  protectionDays?: number | null;

  @Field(() => String, { nullable: true, description: '引荐奖励资格里程碑代码' })
  @IsOptional()
  @IsString({ message: '请选择里程碑' })
  rewardMilestone?: string | null;

  @Field(() => [RewardTierInput], {
    nullable: true,
    description: '奖励档位；不填则不变，空列表表示不建议金额',
  })
  @IsOptional()
  @IsArray({ message: '奖励档位格式不正确' })
  @ValidateNested({ each: true })
  @Type(() => RewardTierInput)
  rewardTiers?: RewardTierInput[] | null;

  @WanYuanField('单个项目奖励上限', '空为不设上限')
  rewardCap?: string | null;
}

@InputType()
export class AwardReferralInput {
  @IdField('报备')
  id!: string;

  @Field(() => Int)
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
  version!: number;

  @Field({ description: '奖励金额（万元）' })
  @Transform(toWanYuan)
  @IsNotEmpty({ message: '请输入奖励金额' })
  @IsWanYuan()
  amount!: string;

  @Field({ description: '发放日期 YYYY-MM-DD' })
  @Trim()
  @IsNotEmpty({ message: '请选择发放日期' })
  @IsDateOnly()
  rewardedOn!: string;
}
