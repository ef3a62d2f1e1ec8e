import type { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, ALL_ROLES, fieldContext, type GqlContext } from '@lianzhao/api-core';
import { Place, ReferenceService } from '@lianzhao/api-reference';
import { Organization, OrganizationsService, User, UsersService } from '@lianzhao/api-users';
import type { AttributedEntity } from './attributed.entity';

export interface AttributionResolverOptions {
  /** What the town means for this record, e.g. 意向落地镇/街道 on a lead. */
  townDescription: string;
}

/**
 * Gives an attributed object type its `town`, `owner` and `sourceOrganization` through
 * per-request loaders, so a page of rows costs one query per relation; its `industry` and
 * `segment` come from the reference context's `SegmentResolver`. Register both among the
 * providers of the module that owns the type: `providers: [SegmentResolver(Lead, { nullable:
 * false }), AttributionResolver(Lead, { townDescription: '意向落地镇/街道' })]`.
 */
export function AttributionResolver(
  classRef: Type<AttributedEntity>,
  { townDescription }: AttributionResolverOptions,
): Type<unknown> {
  @Resolver(() => classRef)
  class AttributionFieldsResolver {
    constructor(
      private readonly reference: ReferenceService,
      private readonly users: UsersService,
      private readonly organizations: OrganizationsService,
    ) {}

    // Without parameter decorators: called by graphql-js directly, once per row (see fieldContext).
    // A list page may have read the owner with its rows (ListSpec.pageRelations).
    @Allow(...ALL_ROLES)
    @ResolveField(() => User, { description: '负责人' })
    owner(record: AttributedEntity, _args: unknown, gql: GqlContext): Promise<User | null> | User {
      return record.owner ?? this.users.loader(fieldContext(gql)).load(record.ownerId);
    }

    @Allow(...ALL_ROLES)
    @ResolveField(() => Organization, { nullable: true, description: '来源合作机构' })
    sourceOrganization(
      record: AttributedEntity,
      _args: unknown,
      gql: GqlContext,
    ): Promise<Organization | null> {
      return record.sourceOrganizationId
        ? this.organizations.loader(fieldContext(gql)).load(record.sourceOrganizationId)
        : Promise.resolve(null);
    }

    @Allow(...ALL_ROLES)
    @ResolveField(() => Place, { nullable: true, description: townDescription })
    town(record: AttributedEntity, _args: unknown, gql: GqlContext): Place | Promise<Place | null> | null {
      return record.townCode ? this.reference.placeOf(fieldContext(gql), record.townCode) : null;
    }
  }
  // One class per attributed type; its name shows in Nest's logs and errors.
  Object.defineProperty(AttributionFieldsResolver, 'name', { value: `${classRef.name}AttributionResolver` });
  return AttributionFieldsResolver;
}
