import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { normalizeCreditCode, ORGANIZATION_KINDS, type OrganizationKind } from '@lianzhao/domain';
import { ConnectionArgs, IsCreditCode, IsPhone, Trim } from '@lianzhao/api-core';
import { OrganizationKindEnum } from '../organization-kind.enum';

const normalizeCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizeCreditCode(value) || null : value;

@InputType()
export class CreateOrganizationInput {
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

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: '联系人最多 64 个字' })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsPhone()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '备注最多 2000 个字' })
  notes?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: '机构编号无效' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
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

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(64, { message: '联系人最多 64 个字' })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsPhone()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(2000, { message: '备注最多 2000 个字' })
  notes?: string | null;
}

@InputType()
export class SetOrganizationActiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: '机构编号无效' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: '版本号必须是整数' })
  version!: number;

  @Field()
  @IsBoolean()
  active!: boolean;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: '按名称或信用代码搜索' })
  @Trim()
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多 50 个字' })
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
export class OrganizationListArgs extends ConnectionArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}
