import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

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
} from 'class-validator';
import {
  FUND_KINDS,
  FUND_STATUSES,
  REINVESTMENT_BASES,
  type FundKind,
  type FundStatus,
  type ReinvestmentBasis,
} from '@lianzhao/domain';
import {
  IdField,
  IsDateOnly,
  ListArgs,
  ListExportArgs,
  OptionalText,
  OrderBy,
  Trim,
  VersionField,
} from '@lianzhao/api-core';
import { FundKindEnum, FundStatusEnum, ReinvestmentBasisEnum } from '../fund.enums';
import { DecimalField } from './decimal-fields';

const AMOUNT = { integerDigits: 14 } as const;
const MULTIPLE = { integerDigits: 4 } as const;
const COEFFICIENT = { integerDigits: 2 } as const;

/** The 返投 rule's coefficients and switches, optional on both forms (default: counted at 1.0). */
@InputType({ isAbstract: true })
export class FundRuleSwitches {
  @Field(() => Boolean, { nullable: true, description: '计入本地企业投资（规则一）' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否计入' })
  countLocal?: boolean;

  @DecimalField('本地投资系数', { ...COEFFICIENT, required: false })
  localCoefficient?: string;

  @Field(() => Boolean, { nullable: true, description: '计入外地企业设立本地子公司/项目公司（规则二）' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否计入' })
  countSubsidiary?: boolean;

  @DecimalField('子公司投资系数', { ...COEFFICIENT, required: false })
  subsidiaryCoefficient?: string;

  @Field(() => Boolean, { nullable: true, description: '计入管理人招引落地（规则三）' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否计入' })
  countReferred?: boolean;

  @DecimalField('招引落地系数', { ...COEFFICIENT, required: false })
  referredCoefficient?: string;
}

/** What create and update share besides the required fields. */
@InputType({ isAbstract: true })
export class FundOptionalFields extends FundRuleSwitches {
  @Field(() => Int, { nullable: true, description: '存续期（年）' })
  @IsOptional()
  @IsInt({ message: '存续期须为整数年' })
  @Min(1, { message: '存续期至少 1 年' })
  @Max(99, { message: '存续期最多 99 年' })
  termYears?: number | null;

  @Field(() => [String], { nullable: true, description: '重点投资细分赛道代码' })
  @IsOptional()
  @IsArray({ message: '请选择细分赛道' })
  @ArrayMaxSize(50, { message: '细分赛道最多 50 个' })
  @IsString({ each: true, message: '请选择有效的细分赛道' })
  focusSegmentCodes?: string[];
}

@InputType()
export class CreateFundInput extends FundOptionalFields {
  @Field({ description: '基金名称' })
  @Trim()
  @IsNotEmpty({ message: '请输入基金名称' })
  @MaxLength(200, { message: '基金名称最多 200 个字' })
  name!: string;

  @Field(() => FundKindEnum)
  @IsIn(FUND_KINDS, { message: '请选择基金类型' })
  kind!: FundKind;

  @Field(() => ID, { description: '基金管理人（机构类型须为基金管理人）' })
  @IsUUID('all', { message: '请选择基金管理人' })
  managerOrganizationId!: string;

  @DecimalField('基金规模', { ...AMOUNT, required: true, positive: true, description: '基金规模（万元）' })
  size!: string;

  @DecimalField('政府出资', {
    ...AMOUNT,
    required: true,
    description: '政府出资（万元），可为 0，不超过基金规模',
  })
  governmentContribution!: string;

  @Field({ description: '成立日期 YYYY-MM-DD' })
  @IsNotEmpty({ message: '请输入成立日期' })
  @IsDateOnly()
  vintageDate!: string;

  @Field(() => FundStatusEnum, { nullable: true, description: '默认投资期' })
  @IsOptional()
  @IsIn(FUND_STATUSES, { message: '请选择基金状态' })
  status?: FundStatus;

  @DecimalField('返投倍数', { ...MULTIPLE, required: true, description: '返投倍数，可为 0（不设返投要求）' })
  reinvestmentMultiple!: string;

  @Field(() => ReinvestmentBasisEnum)
  @IsIn(REINVESTMENT_BASES, { message: '请选择返投基数' })
  reinvestmentBasis!: ReinvestmentBasis;

  @OptionalText('规则说明', 1000, '返投规则说明（记入规则变更记录）')
  ruleChangeNote?: string | null;
}

@InputType()
export class UpdateFundInput extends FundOptionalFields {
  @IdField('基金')
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '基金名称不能为空' })
  @MaxLength(200, { message: '基金名称最多 200 个字' })
  name?: string;

  @Field(() => FundKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(FUND_KINDS, { message: '请选择基金类型' })
  kind?: FundKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '请选择基金管理人' })
  managerOrganizationId?: string;

  @DecimalField('基金规模', { ...AMOUNT, required: false, positive: true, description: '基金规模（万元）' })
  size?: string;

  @DecimalField('政府出资', { ...AMOUNT, required: false, description: '政府出资（万元）' })
  governmentContribution?: string;

  @Field(() => String, { nullable: true, description: '成立日期 YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  vintageDate?: string;

  @Field(() => FundStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(FUND_STATUSES, { message: '请选择基金状态' })
  status?: FundStatus;

  @DecimalField('返投倍数', { ...MULTIPLE, required: false })
  reinvestmentMultiple?: string;

  @Field(() => ReinvestmentBasisEnum, { nullable: true })
  @IsOptional()
  @IsIn(REINVESTMENT_BASES, { message: '请选择返投基数' })
  reinvestmentBasis?: ReinvestmentBasis;

  @OptionalText('变更说明', 1000, '返投规则变更说明（规则有变化时记入变更记录）')
  ruleChangeNote?: string | null;
}

@InputType()
export class FundFilter {
  @Field(() => String, { nullable: true, description: '搜索基金名称（包含）' })
  @Trim()
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多 50 个字' })
  search?: string | null;

  @Field(() => [FundKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(FUND_KINDS, { each: true, message: '请选择基金类型' })
  kinds?: FundKind[] | null;

  @Field(() => [FundStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(FUND_STATUSES, { each: true, message: '请选择基金状态' })
  statuses?: FundStatus[] | null;

  @Field(() => [ID], { nullable: true, description: '基金管理人' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: '最多选择 100 个管理人' })
  @IsUUID('all', { each: true, message: '请选择基金管理人' })
  managerOrganizationIds?: string[] | null;
}

export enum FundOrderField {
  NAME = 'NAME',
  SIZE = 'SIZE',
  VINTAGE_DATE = 'VINTAGE_DATE',
  CREATED_AT = 'CREATED_AT',
}

@InputType()
export class FundOrder extends OrderBy(FundOrderField, 'FundOrderField') {}

@ArgsType()
export class FundListArgs extends ListArgs(FundFilter, FundOrder, '默认按创建时间倒序') {}

@ArgsType()
export class FundExportArgs extends ListExportArgs(FundFilter, FundOrder) {}
