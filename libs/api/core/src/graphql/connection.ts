import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: '每页条数，最多 100' })
  @IsInt({ message: '每页条数必须是整数' })
  @Min(1, { message: '每页条数至少为 1' })
  @Max(MAX_PAGE_SIZE, { message: `每页条数最多为 ${MAX_PAGE_SIZE}` })
  first = 20;

  @Field(() => String, { nullable: true, description: '上一页最后一条的游标' })
  @IsOptional()
  @IsString({ message: '游标格式不正确' })
  after?: string;

  /** A jump (跳至第 N 页): the kit reads it as an OFFSET; 上一页/下一页 keep to cursors. */
  @Field(() => Int, { nullable: true, description: '跳至第几页（从 1 起，每页 first 条；不与 after 同用）' })
  @IsOptional()
  @IsInt({ message: '页码必须是整数' })
  @Min(1, { message: '页码至少为 1' })
  page?: number;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise where the count is made only when a client selects it (ListPage). */
  totalCount: number | Promise<number>;
}

/** Builds the Relay connection object type for a node type: `UserConnection`, `UserEdge`. */
export function Connection<T>(nodeType: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${nodeType.name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}
