import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  CHAIN_ENTITY_TYPES,
  CHAIN_REFERRAL_STATUSES,
  CHAIN_TIERS,
  OPEN_STAGES,
  SUPPLY_RELATIONS,
  TARGET_PRIORITIES,
  type ChainEntityType,
  type ChainTier,
  type LeadStage,
  type ReferralStatus,
  type SupplyRelation,
  type TargetPriority,
} from '@lianzhao/domain';
import {
  IdField,
  IsCreditCode,
  IsDateOnly,
  ListArgs,
  ListExportArgs,
  OptionalIdField,
  OptionalText,
  Trim,
  VersionField,
  WanYuanField,
} from '@lianzhao/api-core';
import { LeadStageEnum } from '@lianzhao/api-leads';
import { ReferralStatusEnum } from '@lianzhao/api-referrals';
import { ChainEntityTypeEnum, ChainTierEnum, SupplyRelationEnum, TargetPriorityEnum } from '../chain.enums';

const blankToNull = ({ value }: { value: unknown }) => (value === '' ? null : value);

// ── links (admin) ──

@InputType()
export class AddChainLinkInput {
  @Field()
  @IsNotEmpty({ message: '请选择细分赛道' })
  @IsString({ message: '请选择细分赛道' })
  segmentCode!: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入环节名称' })
  @MaxLength(64, { message: '环节名称最多 64 个字' })
  name!: string;

  @Field(() => ChainTierEnum)
  @IsIn(CHAIN_TIERS, { message: '请选择上游、中游或下游' })
  tier!: ChainTier;

  @Field(() => Int, { nullable: true, description: '插入到此位置（1 起）；不填则排在同一位置段的最后' })
  @IsOptional()
  @IsInt({ message: '位置必须是整数' })
  @Min(1, { message: '位置从 1 开始' })
  position?: number | null;
}

@InputType()
export class UpdateChainLinkInput {
  @IdField('环节')
  id!: string;

  @VersionField()
  version!: number;

  @Field({ nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '请输入环节名称' })
  @MaxLength(64, { message: '环节名称最多 64 个字' })
  name?: string;

  @Field(() => ChainTierEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHAIN_TIERS, { message: '请选择上游、中游或下游' })
  tier?: ChainTier;

  @Field(() => Int, { nullable: true, description: '移动到此位置（1 起）' })
  @IsOptional()
  @IsInt({ message: '位置必须是整数' })
  @Min(1, { message: '位置从 1 开始' })
  position?: number;
}

@InputType()
export class UpdateChainSettingsInput {
  @Field(() => Int, { description: '本地企业数达到此数才算完备' })
  @IsInt({ message: '请输入整数' })
  @Min(1, { message: '至少为 1' })
  @Max(10000, { message: '不能超过 10000' })
  minEnterprises!: number;

  @WanYuanField('预计年产值门槛', '空为不设')
  minExpectedOutput?: string | null;
}

// ── placements ──

@InputType()
export class PlaceOnLinkInput {
  @Field(() => ChainEntityTypeEnum)
  @IsIn(CHAIN_ENTITY_TYPES, { message: '请选择对象类型' })
  entityType!: ChainEntityType;

  @IdField('对象')
  entityId!: string;

  @IdField('环节')
  linkId!: string;
}

@InputType()
export class MovePlacementInput {
  @IdField('放置记录')
  id!: string;

  @IdField('环节')
  linkId!: string;
}

// ── targets ──

@InputType()
export class AddTargetInput {
  @IdField('环节')
  linkId!: string;

  @OptionalIdField('请选择企业库中的企业', '企业库中的企业；与企业名称二选一')
  enterpriseId?: string | null;

  @OptionalText('企业名称', 200, '新企业的名称（不在企业库中时）')
  @Transform(blankToNull)
  companyName?: string | null;

  @Field(() => TargetPriorityEnum)
  @IsIn(TARGET_PRIORITIES, { message: '请选择优先级' })
  priority!: TargetPriority;

  @OptionalIdField('请选择负责人', '负责人；不填为本人')
  ownerId?: string | null;

  @OptionalIdField('供应链条目编号无效', '来自链主供应链的条目：渠道记为链式招商、来源为该链主')
  supplyChainEntryId?: string | null;

  @OptionalText('备注', 2000)
  notes?: string | null;
}

@InputType()
export class ConvertTargetInput {
  @IdField('招商目标')
  id!: string;

  @Field({ nullable: true, description: '线索的项目名称；不填为“企业名称+项目”' })
  @Trim()
  @IsOptional()
  @MaxLength(200, { message: '项目名称最多 200 个字' })
  projectName?: string;
}

// ── supply chain (portal) ──

@InputType()
export class SaveSupplyChainEntryInput {
  @OptionalIdField('条目编号无效', '修改时填写')
  id?: string | null;

  @Field(() => Int, { nullable: true, description: '修改时填写读取时的版本号' })
  @IsOptional()
  @IsInt({ message: '版本号必须是整数' })
  version?: number | null;

  @Field(() => SupplyRelationEnum)
  @IsIn(SUPPLY_RELATIONS, { message: '请选择供应商或客户' })
  relation!: SupplyRelation;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入企业名称' })
  @MaxLength(200, { message: '企业名称最多 200 个字' })
  companyName!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码（已知时）' })
  @Trim()
  @Transform(blankToNull)
  @IsOptional()
  @IsCreditCode()
  creditCode?: string | null;

  @OptionalIdField('请选择环节', '所属环节')
  linkId?: string | null;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请填写供应或采购的产品/服务' })
  @MaxLength(200, { message: '最多 200 个字' })
  supplies!: string;
}

// ── drill-down lists ──

/** Which links a drill-down covers (one of them) and as of which day. */
@InputType()
export class ChainDrillFilter {
  @Field(() => ID, { nullable: true, description: '环节' })
  @IsOptional()
  @IsUUID('all', { message: '环节编号无效' })
  linkId?: string | null;

  @Field(() => String, { nullable: true, description: '细分赛道（其全部在用环节）' })
  @IsOptional()
  @IsString()
  segmentCode?: string | null;

  @Field(() => String, { nullable: true, description: '产业（其全部在用环节）' })
  @IsOptional()
  @IsString()
  industryCode?: string | null;

  @Field(() => String, { nullable: true, description: '截至日期 YYYY-MM-DD；默认今天' })
  @IsOptional()
  @IsDateOnly()
  asOf?: string | null;

  @Field(() => LeadStageEnum, {
    nullable: true,
    description: '进行中线索清单：只列截至日期当天处于该阶段的（环节卡片上按阶段的数字）',
  })
  @IsOptional()
  @IsIn(OPEN_STAGES, { message: '请选择进行中的阶段' })
  stage?: LeadStage | null;

  @Field(() => ReferralStatusEnum, {
    nullable: true,
    description: '报备清单：按截至日期当天的状态（保护中、已在管道中，或已受理且线索仍在谈）；不填为待审核的',
  })
  @IsOptional()
  @IsIn(CHAIN_REFERRAL_STATUSES, { message: '请选择保护中、已在管道中或已受理' })
  referralStatus?: ReferralStatus | null;

  @OptionalText('搜索', 100, '名称包含')
  search?: string | null;
}

@ArgsType()
export class ChainDrillArgs extends ListArgs(ChainDrillFilter) {}

@InputType()
export class SupplyChainFilter {
  @Field(() => ID, { nullable: true, description: '链主企业（伙伴机构）' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号无效' })
  organizationId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '是否已在本区（按信用代码或规范化名称匹配企业库中的存量企业或已落地项目）',
  })
  @IsOptional()
  local?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '环节编号无效' })
  linkId?: string | null;

  @OptionalText('搜索', 100, '名称包含')
  search?: string | null;
}

@ArgsType()
export class SupplyChainArgs extends ListArgs(SupplyChainFilter) {}

@ArgsType()
export class SupplyChainExportArgs extends ListExportArgs(SupplyChainFilter) {}
