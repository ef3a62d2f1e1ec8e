import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * `first` on a ranked breakdown: a district has a thousand partner organisations, and a page that
 * charts every one of them sends thousands of drill figures nobody reads (most of the cockpit's
 * answer and its CPU at city scale). The page asks for the leaders; the export has them all.
 */
@ArgsType()
export class TopArgs {
  @Field(() => Int, { nullable: true, description: '只取排名前 N 项（不填为全部）' })
  @IsOptional()
  @IsInt({ message: '条数必须是整数' })
  @Min(1, { message: '条数至少为 1' })
  @Max(1000, { message: '条数最多 1000' })
  first?: number | null;
}

/** The first `first` of a list already in rank order (all of it without `first`). */
export function topOf<T>(ranked: readonly T[], { first }: TopArgs): T[] {
  return first ? ranked.slice(0, first) : [...ranked];
}
