import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import {
  INVESTMENT_RECOGNITIONS,
  INVESTMENT_ROUNDS,
  INVESTMENT_STAGES,
  type InvestmentRecognition,
  type InvestmentRound,
  type InvestmentStage,
} from '@lianzhao/domain';
import {
  IdField,
  IsDateOnly,
  IsRangeEnd,
  ListArgs,
  ListExportArgs,
  OptionalIdField,
  OrderBy,
  VersionField,
} from '@lianzhao/api-core';
import { InvestmentRoundEnum, InvestmentStageEnum } from '../fund.enums';
import { InvestmentRecognitionEnum } from '../reinvestment.types';
import { DecimalField } from './decimal-fields';

const AMOUNT = { integerDigits: 14, positive: true } as const;

/** 新建资本招商线索: asked for when the invested company has no open lead yet. */
@InputType()
export class CreateFundLeadInput {
  @Field({ description: '细分赛道代码' })
  @IsNotEmpty({ message: '请选择细分赛道' })
  @IsString({ message: '请选择细分赛道' })
  segmentCode!: string;

  @Field(() => String, { nullable: true, description: '意向落地镇/街道' })
  @IsOptional()
  @IsString({ message: '请选择镇/街道' })
  townCode?: string | null;

  @OptionalIdField('请选择负责人', '负责人，默认当前用户')
  ownerId?: string | null;
}

@InputType({ isAbstract: true })
export class InvestmentLinks {
  @OptionalIdField('请选择线索', '跟踪落地的线索')
  leadId?: string | null;

  @OptionalIdField('请选择项目', '跟踪落地的项目；属于其他企业（本地子公司/项目公司）时须填写本地投资额')
  projectId?: string | null;

  @DecimalField('本地投资额', {
    ...AMOUNT,
    required: false,
    description: '投入本地子公司/项目公司的金额（万元）：项目属于其他企业时必填，否则不填',
  })
  localAmount?: string | null;
}

@InputType()
export class RecordInvestmentInput extends InvestmentLinks {
  @IdField('基金')
  fundId!: string;

  @IdField('企业')
  enterpriseId!: string;

  @DecimalField('投资金额', { ...AMOUNT, required: true, description: '投资金额（万元）' })
  amount!: string;

  @Field({ description: '投资日期 YYYY-MM-DD' })
  @IsNotEmpty({ message: '请输入投资日期' })
  @IsDateOnly()
  date!: string;

  @Field(() => InvestmentRoundEnum)
  @IsIn(INVESTMENT_ROUNDS, { message: '请选择投资轮次' })
  round!: InvestmentRound;

  @Field(() => InvestmentStageEnum)
  @IsIn(INVESTMENT_STAGES, { message: '请选择投资阶段' })
  stage!: InvestmentStage;

  @Field(() => CreateFundLeadInput, {
    nullable: true,
    description: '企业尚无进行中的线索时，同时新建一条资本招商线索（来源为本基金）',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CreateFundLeadInput)
  createLead?: CreateFundLeadInput | null;
}

@InputType()
export class UpdateInvestmentInput extends InvestmentLinks {
  @IdField('投资')
  id!: string;

  @VersionField()
  version!: number;

  @DecimalField('投资金额', { ...AMOUNT, required: false, description: '投资金额（万元）' })
  amount?: string;

  @Field(() => String, { nullable: true, description: '投资日期 YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  date?: string;

  @Field(() => InvestmentRoundEnum, { nullable: true })
  @IsOptional()
  @IsIn(INVESTMENT_ROUNDS, { message: '请选择投资轮次' })
  round?: InvestmentRound;

  @Field(() => InvestmentStageEnum, { nullable: true })
  @IsOptional()
  @IsIn(INVESTMENT_STAGES, { message: '请选择投资阶段' })
  stage?: InvestmentStage;
}

@InputType()
export class InvestmentFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: '最多选择 100 个基金' })
  @IsUUID('all', { each: true, message: '请选择基金' })
  fundIds?: string[] | null;

  @Field(() => [InvestmentStageEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(INVESTMENT_STAGES, { each: true, message: '请选择投资阶段' })
  stages?: InvestmentStage[] | null;

  @Field(() => [String], { nullable: true, description: '企业所属产业代码' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true, message: '请选择产业' })
  industryCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: '跟踪项目的落地镇/街道' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true, message: '请选择镇/街道' })
  townCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: '投资日期起' })
  @IsOptional()
  @IsDateOnly()
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: '投资日期止（含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('dateFrom', '结束日期不能早于开始日期')
  dateTo?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: '最多选择 100 家企业' })
  @IsUUID('all', { each: true, message: '请选择企业' })
  enterpriseIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: '最多选择 100 个项目' })
  @IsUUID('all', { each: true, message: '请选择项目' })
  projectIds?: string[] | null;

  @Field(() => [InvestmentRecognitionEnum], {
    nullable: true,
    description: '返投认定（已认定、待落地、储备、不计入）',
  })
  @IsOptional()
  @IsArray()
  @IsIn(INVESTMENT_RECOGNITIONS, { each: true, message: '请选择返投认定状态' })
  recognition?: InvestmentRecognition[] | null;

  // ── 驾驶舱（基金）: 科创 enterprises, one investment per enterprise ──

  @Field(() => Boolean, {
    nullable: true,
    description: '是：被投企业为科创企业（高新技术企业或创新型标签）；否：非科创',
  })
  @IsOptional()
  @IsBoolean({ message: '请选择是否科创企业' })
  sciTech?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '是：每家企业只列其最早一笔已出资投资（条数即被投企业数）',
  })
  @IsOptional()
  @IsBoolean({ message: '请选择是否按企业去重' })
  firstPaidOfEnterprise?: boolean | null;
}

export enum InvestmentOrderField {
  DATE = 'DATE',
  AMOUNT = 'AMOUNT',
  CREATED_AT = 'CREATED_AT',
}

@InputType()
export class InvestmentOrder extends OrderBy(InvestmentOrderField, 'InvestmentOrderField') {}

@ArgsType()
export class InvestmentListArgs extends ListArgs(InvestmentFilter, InvestmentOrder, '默认按投资日期倒序') {}

@ArgsType()
export class InvestmentExportArgs extends ListExportArgs(InvestmentFilter, InvestmentOrder) {}
