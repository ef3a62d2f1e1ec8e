import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import type { RecordKind } from '@lianzhao/domain';
import { RecordKindEnum, Trim } from '@lianzhao/api-core';

/** The most hits one kind returns. */
export const MAX_SEARCH_HITS = 20;

@ArgsType()
export class GlobalSearchArgs {
  @Field({ description: '搜索词：名称（包含，至少 2 个字）、统一社会信用代码或联系电话' })
  @Trim()
  @IsString({ message: '请输入搜索词' })
  @MaxLength(50, { message: '搜索词最多 50 个字' })
  text!: string;

  @Field(() => Int, { defaultValue: 5, description: `每类最多条数，最多 ${MAX_SEARCH_HITS}` })
  @IsInt({ message: '每类条数必须是整数' })
  @Min(1, { message: '每类条数至少为 1' })
  @Max(MAX_SEARCH_HITS, { message: `每类条数最多为 ${MAX_SEARCH_HITS}` })
  first = 5;
}

@ObjectType({ description: '搜索结果中的一条记录' })
export class SearchHit {
  @Field(() => RecordKindEnum)
  kind!: RecordKind;

  @Field(() => ID)
  id!: string;

  @Field({ description: '名称' })
  title!: string;

  @Field(() => String, { nullable: true, description: '补充信息：所属企业、信用代码或基金管理人' })
  detail!: string | null;
}

@ObjectType({ description: '一类记录的搜索结果' })
export class SearchGroup {
  @Field(() => RecordKindEnum)
  kind!: RecordKind;

  @Field(() => [SearchHit], { description: '最新的在前' })
  hits!: SearchHit[];

  @Field({ description: '还有更多匹配的记录' })
  hasMore!: boolean;
}
