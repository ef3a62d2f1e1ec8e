import { Field, ID, InputType, Int } from '@nestjs/graphql';
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
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '@lianzhao/api-core';

/** Page sizes the lists offer; a view stores one of them. */
export const VIEW_PAGE_SIZES = [10, 20, 50, 100] as const;
export const VIEW_DENSITIES = ['compact', 'default'] as const;
/** URL parameter names and column keys: short identifiers, never free text. */
const KEY = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** A column key; `-key` names a hidden column (a column a list gains later then shows). */
const COLUMN = /^-?[A-Za-z][A-Za-z0-9_.-]*$/;

@InputType()
export class SavedViewFilterInput {
  @Field()
  @IsString({ message: '筛选条件名称无效' })
  @Matches(KEY, { message: '筛选条件名称无效' })
  @MaxLength(40, { message: '筛选条件名称过长' })
  key!: string;

  @Field()
  @IsString({ message: '筛选条件取值无效' })
  @MaxLength(1000, { message: '筛选条件取值最多 1000 个字' })
  value!: string;
}

@InputType()
export class SavedViewStateInput {
  @Field(() => [SavedViewFilterInput])
  @IsArray({ message: '筛选条件格式不正确' })
  @ArrayMaxSize(40, { message: '筛选条件最多 40 个' })
  @ValidateNested({ each: true })
  @Type(() => SavedViewFilterInput)
  filters!: SavedViewFilterInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: '列格式不正确' })
  @ArrayMaxSize(60, { message: '列最多 60 个' })
  @Matches(COLUMN, { each: true, message: '列名无效' })
  @MaxLength(40, { each: true, message: '列名过长' })
  columns?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9_]*\.(asc|desc|ASC|DESC)$/, { message: '排序格式不正确' })
  sort?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(VIEW_DENSITIES, { message: '行高只能是紧凑或默认' })
  density?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn(VIEW_PAGE_SIZES, { message: `每页条数只能是 ${VIEW_PAGE_SIZES.join('、')}` })
  pageSize?: number | null;
}

function ViewName(): PropertyDecorator {
  return (target, key) => {
    Trim()(target, key);
    IsNotEmpty({ message: '请输入视图名称' })(target, key);
    MaxLength(40, { message: '视图名称最多 40 个字' })(target, key);
  };
}

@InputType()
export class CreateSavedViewInput {
  @Field({ description: '列表标识，如 leads' })
  @Matches(/^[a-z][a-z0-9-]*$/, { message: '列表标识无效' })
  @MaxLength(40, { message: '列表标识无效' })
  listKey!: string;

  @Field()
  @ViewName()
  name!: string;

  @Field(() => SavedViewStateInput)
  @ValidateNested()
  @Type(() => SavedViewStateInput)
  state!: SavedViewStateInput;

  @Field({ nullable: true, description: '设为默认视图（同一列表的原默认视图随之取消）' })
  @IsOptional()
  @IsBoolean({ message: '默认视图取值无效' })
  isDefault?: boolean;
}

/** Rename, overwrite the state, or (un)mark as default; fields left out stay as they are. */
@InputType()
export class UpdateSavedViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: '视图编号无效' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @ViewName()
  name?: string | null;

  @Field(() => SavedViewStateInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SavedViewStateInput)
  state?: SavedViewStateInput | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: '默认视图取值无效' })
  isDefault?: boolean | null;
}
