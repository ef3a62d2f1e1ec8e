import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  normalizeReferenceCode,
  PLACE_KINDS,
  REFERENCE_CODE_MESSAGE,
  REFERENCE_CODE_PATTERN,
  REFERENCE_KINDS,
  REFERENCE_NAME_EN_MAX,
  REFERENCE_NAME_MAX,
  TAG_GROUPS,
  type PlaceKind,
  type ReferenceKind,
  type TagGroup,
} from '@lianzhao/domain';
import { OptionalText, Trim } from '@lianzhao/api-core';
import { PlaceKindEnum, ReferenceKindEnum, TagGroupEnum } from '../reference.entities';

/** The most entries one reorder names: every list here is a few dozen rows. */
const MAX_REORDERED = 200;

function NormalizedCode(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeReferenceCode(value) : value));
}

/** Which entry: its kind and code. */
@InputType({ isAbstract: true })
export class ReferenceItemKey {
  @Field(() => ReferenceKindEnum)
  @IsIn(REFERENCE_KINDS, { message: '请选择基础数据类型' })
  kind!: ReferenceKind;

  @Field({ description: '代码' })
  @IsString({ message: '请填写代码' })
  @NormalizedCode()
  @IsNotEmpty({ message: '请填写代码' })
  @Matches(REFERENCE_CODE_PATTERN, { message: REFERENCE_CODE_MESSAGE })
  code!: string;
}

/** The names every entry has. */
@InputType({ isAbstract: true })
export class ReferenceNames extends ReferenceItemKey {
  @Field({ description: '中文名称' })
  @Trim()
  @IsString({ message: '请填写名称' })
  @IsNotEmpty({ message: '请填写名称' })
  @MaxLength(REFERENCE_NAME_MAX, { message: `名称最多 ${REFERENCE_NAME_MAX} 个字` })
  name!: string;

  @OptionalText('英文名称', REFERENCE_NAME_EN_MAX, '英文名称；不填则与中文名称相同')
  nameEn?: string | null;
}

@InputType({ description: '新建基础数据：产业、细分赛道、标签、镇街或园区' })
export class CreateReferenceItemInput extends ReferenceNames {
  @Field(() => String, { nullable: true, description: '细分赛道所属产业的代码（仅细分赛道）' })
  @IsOptional()
  @IsString({ message: '请选择所属产业' })
  industryCode?: string | null;

  @Field(() => TagGroupEnum, { nullable: true, description: '标签分组（仅标签）' })
  @IsOptional()
  @IsIn(TAG_GROUPS, { message: '请选择标签分组' })
  group?: TagGroup | null;

  @Field(() => PlaceKindEnum, { nullable: true, description: '镇街类型（仅镇街）' })
  @IsOptional()
  @IsIn(PLACE_KINDS, { message: '请选择类型' })
  placeKind?: PlaceKind | null;

  @Field(() => Boolean, { nullable: true, description: '是否四大主导产业之一（仅产业）' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否主导产业' })
  leading?: boolean | null;

  @Field(() => String, { nullable: true, description: '所在镇/街道代码（仅园区；不填则不属任何镇街）' })
  @IsOptional()
  @IsString({ message: '请选择镇/街道' })
  townCode?: string | null;
}

@InputType({ description: '修改基础数据的名称（代码不变）' })
export class UpdateReferenceItemInput extends ReferenceNames {
  @Field(() => Boolean, { nullable: true, description: '是否四大主导产业之一（仅产业）' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否主导产业' })
  leading?: boolean | null;

  @Field(() => String, { nullable: true, description: '所在镇/街道代码（仅园区；null 为不属任何镇街，不传则不变）' })
  @IsOptional()
  @IsString({ message: '请选择镇/街道' })
  townCode?: string | null;
}

@InputType({ description: '停用或恢复基础数据' })
export class RetireReferenceItemInput extends ReferenceItemKey {
  @Field({ description: 'true 停用，false 恢复' })
  @IsBoolean({ message: '请选择停用或恢复' })
  retired!: boolean;
}

@InputType({ description: '删除未被使用的基础数据；在用的只能停用' })
export class DeleteReferenceItemInput extends ReferenceItemKey {}

@InputType({ description: '调整顺序：按给出的顺序排列这些代码（同一组内，如一个产业的细分赛道）' })
export class ReorderReferenceItemsInput {
  @Field(() => ReferenceKindEnum)
  @IsIn(REFERENCE_KINDS, { message: '请选择基础数据类型' })
  kind!: ReferenceKind;

  @Field(() => [String], { description: '新顺序下的代码' })
  @IsArray({ message: '请给出新的顺序' })
  @ArrayMinSize(1, { message: '请给出新的顺序' })
  @ArrayMaxSize(MAX_REORDERED, { message: `一次最多排列 ${MAX_REORDERED} 项` })
  @IsString({ each: true, message: '代码无效' })
  codes!: string[];
}
