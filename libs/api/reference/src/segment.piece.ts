import type { Type } from '@nestjs/common';
import { Field, InputType, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Allow, ALL_ROLES, fieldContext, type GqlContext } from '@lianzhao/api-core';
import { Industry, Segment } from './reference.entities';
import { ReferenceService } from './reference.service';

/*
 * Segment → industry, the part of attribution every classified record shares (leads, projects,
 * referrals, enterprises): its columns, its list filter and its field resolvers.
 */

/**
 * The columns of a record classified by segment (its industry follows from the segment). The
 * relations exist for their foreign keys; GraphQL resolves them through `SegmentResolver`.
 */
@ObjectType({ isAbstract: true })
export abstract class SegmentedEntity {
  @Field()
  @Column({ type: 'varchar', length: 40 })
  industryCode!: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  segmentCode!: string;

  @ManyToOne(() => Industry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'industry_code' })
  industry?: Industry;

  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_code' })
  segment?: Segment;
}

/** The industry and segment filters of a list. */
@InputType({ isAbstract: true })
export abstract class SegmentFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  industryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  segmentCode?: string | null;
}

export interface SegmentResolverOptions {
  /** Whether a record may be unclassified (an enterprise may; a lead may not). */
  nullable: boolean;
}

/**
 * Gives a classified object type its `industry` and `segment` through the request's loaders.
 * Register the returned class among the providers of the module that owns the type:
 * `providers: [SegmentResolver(Referral, { nullable: false })]`.
 */
export function SegmentResolver(
  classRef: Type<{ industryCode: string | null; segmentCode: string | null }>,
  { nullable }: SegmentResolverOptions,
): Type<unknown> {
  @Resolver(() => classRef)
  class SegmentFieldsResolver {
    constructor(private readonly reference: ReferenceService) {}

    // Without parameter decorators: called by graphql-js directly, once per row (see fieldContext).
    @Allow(...ALL_ROLES)
    @ResolveField(() => Industry, { nullable })
    industry(
      record: { industryCode: string | null },
      _args: unknown,
      gql: GqlContext,
    ): Industry | Promise<Industry | null> | null {
      return record.industryCode ? this.reference.industryOf(fieldContext(gql), record.industryCode) : null;
    }

    @Allow(...ALL_ROLES)
    @ResolveField(() => Segment, { nullable })
    segment(
      record: { segmentCode: string | null },
      _args: unknown,
      gql: GqlContext,
    ): Segment | Promise<Segment | null> | null {
      return record.segmentCode ? this.reference.segmentOf(fieldContext(gql), record.segmentCode) : null;
    }
  }
  // One class per classified type; its name shows in Nest's logs and errors.
  Object.defineProperty(SegmentFieldsResolver, 'name', { value: `${classRef.name}SegmentResolver` });
  return SegmentFieldsResolver;
}
