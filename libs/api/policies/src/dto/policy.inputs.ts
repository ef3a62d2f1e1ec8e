import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { POLICY_ITEM_KINDS, type PolicyItemKind } from '@lianzhao/domain';
import {
  IdField,
  IsDateOnly,
  JSONObjectScalar,
  ListArgs,
  ListExportArgs,
  OptionalText,
  OrderBy,
  Trim,
  VersionField,
  type JsonObject,
} from '@lianzhao/api-core';
import { PolicyItemKindEnum } from '../policy.enums';

@InputType()
export class CreatePolicyInput {
  @Field({ description: '文号' })
  @Trim()
  @IsNotEmpty({ message: '请输入文号' })
  @MaxLength(100, { message: '文号最多 100 个字' })
  docNumber!: string;

  @Field({ description: '标题' })
  @Trim()
  @IsNotEmpty({ message: '请输入标题' })
  @MaxLength(300, { message: '标题最多 300 个字' })
  title!: string;

  @Field({ description: '发布日期 YYYY-MM-DD' })
  @IsNotEmpty({ message: '请输入发布日期' })
  @IsDateOnly()
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: '有效期至 YYYY-MM-DD；为空表示长期有效' })
  @IsOptional()
  @IsDateOnly()
  validUntil?: string | null;
}

@InputType()
export class UpdatePolicyInput {
  @IdField('政策文件')
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '文号不能为空' })
  @MaxLength(100, { message: '文号最多 100 个字' })
  docNumber?: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '标题不能为空' })
  @MaxLength(300, { message: '标题最多 300 个字' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateOnly()
  issuedOn?: string;

  @Field(() => String, { nullable: true, description: '有效期至；传 null 清除' })
  @IsOptional()
  @IsDateOnly()
  validUntil?: string | null;
}

/** What create and update of an item share; condition and amount are checked by libs/domain. */
@InputType({ isAbstract: true })
export class PolicyItemFields {
  @Field(() => JSONObjectScalar, { description: '条件 JSON（形状见 libs/domain/src/policies/README.md）' })
  @IsObject({ message: '请填写条件' })
  condition!: JsonObject;

  @Field(() => JSONObjectScalar, { nullable: true, description: '金额规则 JSON；为空表示以核定为准' })
  @IsOptional()
  @IsObject({ message: '金额规则应为对象' })
  amount?: JsonObject | null;

  @OptionalText('说明', 2000, '条款原文或说明')
  notes?: string | null;
}

@InputType()
export class CreatePolicyItemInput extends PolicyItemFields {
  @IdField('政策文件')
  policyId!: string;

  @Field({ description: '条款名称' })
  @Trim()
  @IsNotEmpty({ message: '请输入条款名称' })
  @MaxLength(200, { message: '条款名称最多 200 个字' })
  name!: string;

  @Field(() => PolicyItemKindEnum)
  @IsIn(POLICY_ITEM_KINDS, { message: '请选择条款类别' })
  kind!: PolicyItemKind;
}

@InputType()
export class UpdatePolicyItemInput extends PolicyItemFields {
  @IdField('政策条款')
  id!: string;

  @VersionField()
  version!: number;

  @Field({ description: '条款名称' })
  @Trim()
  @IsNotEmpty({ message: '请输入条款名称' })
  @MaxLength(200, { message: '条款名称最多 200 个字' })
  name!: string;

  @Field(() => PolicyItemKindEnum)
  @IsIn(POLICY_ITEM_KINDS, { message: '请选择条款类别' })
  kind!: PolicyItemKind;
}

@InputType()
export class RetirePolicyItemInput {
  @IdField('政策条款')
  id!: string;

  @VersionField()
  version!: number;
}

@InputType({ description: '试算：草稿条款匹配哪些项目' })
export class PolicyPreviewInput {
  @Field(() => JSONObjectScalar)
  @IsObject({ message: '请填写条件' })
  condition!: JsonObject;

  @Field(() => JSONObjectScalar, { nullable: true })
  @IsOptional()
  @IsObject({ message: '金额规则应为对象' })
  amount?: JsonObject | null;
}

/** 免申即享 filter. */
@InputType()
export class PolicyQualifiedFilter {
  @Field(() => [ID], { nullable: true, description: '政策条款' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true, message: '政策条款编号无效' })
  itemIds?: string[] | null;

  /** The query's own `since` is copied here, so the list kit's one filter carries it (and a cursor with it). */
  @Field(() => String, { nullable: true, description: '自该日（含）起；查询的 since 参数优先' })
  @IsOptional()
  @IsDateOnly()
  since?: string | null;
}

export enum PolicyQualifiedOrderField {
  QUALIFIED_AT = 'QUALIFIED_AT',
}
@InputType()
export class PolicyQualifiedOrder extends OrderBy(PolicyQualifiedOrderField, 'PolicyQualifiedOrderField') {}

@ArgsType()
export class PolicyQualifiedArgs extends ListArgs(PolicyQualifiedFilter, PolicyQualifiedOrder, '默认按符合时间倒序') {
  @Field({ description: '自该日（含，上海日期）起新符合的项目' })
  @IsDateOnly()
  since!: string;
}

@ArgsType()
export class PolicyQualifiedExportArgs extends ListExportArgs(PolicyQualifiedFilter, PolicyQualifiedOrder) {
  @Field({ description: '自该日（含）起' })
  @IsDateOnly()
  since!: string;
}
