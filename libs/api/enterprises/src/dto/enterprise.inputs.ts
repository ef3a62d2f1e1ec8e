import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { normalizeCreditCode } from '@lianzhao/domain';
import { SegmentFilter } from '@lianzhao/api-reference';
import {
  ListArgs,
  IdField,
  IsCreditCode,
  IsDateOnly,
  IsEmailAddress,
  IsPhone,
  OptionalText,
  Trim,
  VersionField,
  WanYuanField,
} from '@lianzhao/api-core';

/** Length limits of the free-text fields (the column sizes), shared with the Excel import. */
/** What a company is, beyond its name, code and industry: copied as given by the form and the import. */
export const ENTERPRISE_DETAIL_FIELDS = [
  'legalRepresentative',
  'registeredCapital',
  'foundedOn',
  'headquartersCity',
  'address',
  'website',
] as const;

export const ENTERPRISE_TEXT_MAX = {
  legalRepresentative: 64,
  headquartersCity: 64,
  address: 300,
  website: 300,
} as const;

const creditCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizeCreditCode(value) || null : value;

@InputType()
export class ContactInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入联系人姓名' })
  @MaxLength(64, { message: '姓名最多 64 个字' })
  name!: string;

  @OptionalText('职务', 64)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;
}

/** The editable fields of an enterprise; create and update share them. */
@InputType({ isAbstract: true })
export class EnterpriseFields {
  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Transform(creditCode)
  @IsOptional()
  @IsCreditCode()
  creditCode?: string | null;

  @OptionalText('法定代表人', ENTERPRISE_TEXT_MAX.legalRepresentative)
  legalRepresentative?: string | null;

  @WanYuanField('注册资本')
  registeredCapital?: string | null;

  @Field(() => String, { nullable: true, description: '成立日期 YYYY-MM-DD' })
  @Trim()
  @IsOptional()
  @IsDateOnly()
  foundedOn?: string | null;

  @Field(() => String, { nullable: true, description: '存量企业：在区内注册自 YYYY-MM-DD（专员标记；为空表示取消）' })
  @Trim()
  @IsOptional()
  @IsDateOnly()
  localStockSince?: string | null;

  @OptionalText('城市', ENTERPRISE_TEXT_MAX.headquartersCity)
  headquartersCity?: string | null;

  @OptionalText('地址', ENTERPRISE_TEXT_MAX.address)
  address?: string | null;

  @Field(() => String, { nullable: true, description: '细分赛道代码；产业由赛道确定' })
  @Trim()
  @IsOptional()
  @IsString()
  segmentCode?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  tagCodes?: string[] | null;

  @OptionalText('网址', ENTERPRISE_TEXT_MAX.website)
  website?: string | null;

  @Field(() => [ContactInput], { nullable: true, description: '联系人（整体替换）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContactInput)
  contacts?: ContactInput[] | null;
}

@InputType()
export class CreateEnterpriseInput extends EnterpriseFields {
  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入企业名称' })
  @MaxLength(200, { message: '企业名称最多 200 个字' })
  name!: string;
}

@InputType()
export class UpdateEnterpriseInput extends EnterpriseFields {
  @IdField('企业')
  id!: string;

  @VersionField()
  version!: number;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '企业名称不能为空' })
  @MaxLength(200, { message: '企业名称最多 200 个字' })
  name?: string;
}

@InputType()
export class MergeEnterprisesInput {
  @Field(() => ID, { description: '保留的企业' })
  @IsUUID('all', { message: '请选择保留的企业' })
  survivorId!: string;

  @Field(() => ID, { description: '并入后删除的企业' })
  @IsUUID('all', { message: '请选择要合并的企业' })
  mergedId!: string;
}

@InputType()
export class EnterpriseFilter extends SegmentFilter {
  @OptionalText('搜索词', 50, '按名称或信用代码搜索（包含）')
  search?: string | null;
}

@ArgsType()
export class EnterpriseListArgs extends ListArgs(EnterpriseFilter) {}
