import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { normalizeCreditCode, ORGANIZATION_KINDS, type OrganizationKind } from '@lianzhao/domain';
import {
  ListArgs,
  ListExportArgs,
  IdField,
  IsDateOnly,
  IsCreditCode,
  IsPhone,
  OptionalText,
  Trim,
  VersionField,
} from '@lianzhao/api-core';
import { OrganizationKindEnum } from '../organization-kind.enum';

const normalizeCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizeCreditCode(value) || null : value;

/** What only some kinds fill in: a chain master's segments, a platform's certification and contract. */
@InputType({ isAbstract: true })
abstract class OrganizationKindFields {
  @Field(() => [String], { nullable: true, description: '链主企业牵头的细分赛道代码' })
  @IsOptional()
  @IsArray({ message: '请选择细分赛道' })
  @ArrayMaxSize(40, { message: '细分赛道最多 40 个' })
  @IsString({ each: true, message: '请选择有效的细分赛道' })
  segmentCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: '认定日期 YYYY-MM-DD（专业招商平台）' })
  @Trim()
  @IsOptional()
  @IsDateOnly()
  certifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: '签约开始日期 YYYY-MM-DD（专业招商平台）' })
  @Trim()
  @IsOptional()
  @IsDateOnly()
  contractStartsOn?: string | null;

  @Field(() => String, { nullable: true, description: '签约结束日期 YYYY-MM-DD（专业招商平台）' })
  @Trim()
  @IsOptional()
  @IsDateOnly()
  contractEndsOn?: string | null;
}

@InputType()
export class CreateOrganizationInput extends OrganizationKindFields {
  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入机构名称' })
  @IsString({ message: '机构名称格式不正确' })
  @MaxLength(200, { message: '机构名称最多 200 个字' })
  name!: string;

  @Field(() => OrganizationKindEnum)
  @IsIn(ORGANIZATION_KINDS, { message: '请选择机构类型' })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Transform(normalizeCode)
  @IsOptional()
  @IsCreditCode()
  creditCode?: string | null;

  @OptionalText('联系人', 64)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsPhone()
  contactPhone?: string | null;

  @OptionalText('备注', 2000)
  notes?: string | null;
}

@InputType()
export class UpdateOrganizationInput extends OrganizationKindFields {
  @IdField('机构')
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '机构名称不能为空' })
  @MaxLength(200, { message: '机构名称最多 200 个字' })
  name?: string;

  @Field(() => OrganizationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS, { message: '请选择机构类型' })
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @Transform(normalizeCode)
  @IsOptional()
  @IsCreditCode()
  creditCode?: string | null;

  @OptionalText('联系人', 64)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsPhone()
  contactPhone?: string | null;

  @OptionalText('备注', 2000)
  notes?: string | null;
}

@InputType()
export class SetOrganizationActiveInput {
  @IdField('机构')
  id!: string;

  @VersionField()
  version!: number;

  @Field()
  @IsBoolean()
  active!: boolean;
}

@InputType()
export class OrganizationFilter {
  @OptionalText('搜索词', 50, '按名称或信用代码搜索')
  search?: string | null;

  @Field(() => OrganizationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class OrganizationListArgs extends ListArgs(OrganizationFilter) {}

@ArgsType()
export class OrganizationExportArgs extends ListExportArgs(OrganizationFilter) {}
