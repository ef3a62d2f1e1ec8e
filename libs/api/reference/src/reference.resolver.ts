import { Query, Resolver } from '@nestjs/graphql';
import { Allow, ALL_ROLES, Ctx, RequestContext } from '@lianzhao/api-core';
import { Industry, Place, Tag } from './reference.entities';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Allow(...ALL_ROLES)
  @Query(() => [Industry], { description: '产业分类（4+N）及细分赛道' })
  industries(@Ctx() ctx: RequestContext): Promise<Industry[]> {
    return this.reference.industries(ctx);
  }

  @Allow(...ALL_ROLES)
  @Query(() => [Tag], { description: '企业与产业标签' })
  tags(@Ctx() ctx: RequestContext): Promise<Tag[]> {
    return this.reference.tags(ctx);
  }

  @Allow(...ALL_ROLES)
  @Query(() => [Place], { description: '镇、街道与功能区' })
  places(@Ctx() ctx: RequestContext): Promise<Place[]> {
    return this.reference.places(ctx);
  }
}
