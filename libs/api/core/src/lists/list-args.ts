import type { Type as ClassType } from '@nestjs/common';
import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../graphql/connection';
import { SortDirection } from './sort-direction';

/** A list's order input: one of its order fields and a direction. */
export interface ListOrderInput<O extends string> {
  field: O;
  direction: SortDirection;
}

/**
 * The order input of a list, e.g. `@InputType() class LeadOrder extends OrderBy(LeadOrderField,
 * 'LeadOrderField') {}`; registers the order-field enum under that name.
 */
export function OrderBy<O extends string>(
  fields: Record<string, O>,
  enumName: string,
): ClassType<ListOrderInput<O>> {
  registerEnumType(fields, { name: enumName });
  @InputType({ isAbstract: true })
  class OrderInput {
    @Field(() => fields)
    @IsIn(Object.values(fields))
    field!: O;

    @Field(() => SortDirection)
    @IsIn(Object.values(SortDirection))
    direction!: SortDirection;
  }
  return OrderInput;
}

export type ListArgsShape<F> = ConnectionArgs & { filter?: F };
export type OrderedListArgsShape<F, O extends string> = ListArgsShape<F> & { orderBy?: ListOrderInput<O> };

/**
 * The arguments of a list query: paging (`first`, `after`), the filter input and, for a list
 * the client may sort, the order input, e.g. `@ArgsType() class LeadListArgs extends
 * ListArgs(LeadFilter, LeadOrder, '默认按创建时间倒序') {}`.
 */
export function ListArgs<F>(filter: ClassType<F>): ClassType<ListArgsShape<F>>;
export function ListArgs<F, O extends string>(
  filter: ClassType<F>,
  order: ClassType<ListOrderInput<O>>,
  orderDescription: string,
): ClassType<OrderedListArgsShape<F, O>>;
export function ListArgs<F, O extends string>(
  filter: ClassType<F>,
  order?: ClassType<ListOrderInput<O>>,
  orderDescription?: string,
): ClassType<ListArgsShape<F>> {
  @ArgsType()
  class FilteredArgs extends ConnectionArgs {
    @Field(() => filter, { nullable: true })
    @IsOptional()
    @ValidateNested()
    @Type(() => filter)
    filter?: F;
  }
  if (!order) return FilteredArgs;

  @ArgsType()
  class OrderedArgs extends FilteredArgs {
    @Field(() => order, { nullable: true, description: orderDescription })
    @IsOptional()
    @ValidateNested()
    @Type(() => order)
    orderBy?: ListOrderInput<O>;
  }
  return OrderedArgs;
}

/**
 * The arguments of a list's Excel export: the same filter (and, for a list the client may sort,
 * order) inputs as the list, no paging.
 */
export function ListExportArgs<F>(filter: ClassType<F>): ClassType<{ filter?: F }>;
export function ListExportArgs<F, O extends string>(
  filter: ClassType<F>,
  order: ClassType<ListOrderInput<O>>,
  descriptions?: { filter?: string; orderBy?: string },
): ClassType<{ filter?: F; orderBy?: ListOrderInput<O> }>;
export function ListExportArgs<F, O extends string>(
  filter: ClassType<F>,
  order?: ClassType<ListOrderInput<O>>,
  descriptions: { filter?: string; orderBy?: string } = {},
): ClassType<{ filter?: F; orderBy?: ListOrderInput<O> }> {
  @ArgsType()
  class FilterArgs {
    @Field(() => filter, { nullable: true, description: descriptions.filter })
    @IsOptional()
    @ValidateNested()
    @Type(() => filter)
    filter?: F;
  }
  if (!order) return FilterArgs;

  @ArgsType()
  class ExportArgs extends FilterArgs {
    @Field(() => order, { nullable: true, description: descriptions.orderBy })
    @IsOptional()
    @ValidateNested()
    @Type(() => order)
    orderBy?: ListOrderInput<O>;
  }
  return ExportArgs;
}
