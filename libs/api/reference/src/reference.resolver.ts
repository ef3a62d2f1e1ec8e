import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditEntry } from '@lianzhao/api-audit';
import { Allow, ALL_ROLES, Ctx, RequestContext } from '@lianzhao/api-core';
import {
  CreateReferenceItemInput,
  DeleteReferenceItemInput,
  ReorderReferenceItemsInput,
  RetireReferenceItemInput,
  UpdateReferenceItemInput,
} from './dto/reference-editing.inputs';
import { Industry, Park, Place, ReferenceItem, Tag } from './reference.entities';
import { ReferenceEditingService } from './reference-editing.service';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(
    private readonly reference: ReferenceService,
    private readonly editing: ReferenceEditingService,
  ) {}

  @Allow(...ALL_ROLES)
  @Query(() => [Industry], { description: '产业分类（4+N）及细分赛道，含已停用的（retired）' })
  industries(@Ctx() ctx: RequestContext): Promise<Industry[]> {
    return this.reference.industries(ctx);
  }

  @Allow(...ALL_ROLES)
  @Query(() => [Tag], { description: '企业与产业标签，含已停用的（retired）' })
  tags(@Ctx() ctx: RequestContext): Promise<Tag[]> {
    return this.reference.tags(ctx);
  }

  @Allow(...ALL_ROLES)
  @Query(() => [Place], { description: '镇、街道与功能区，含已停用的（retired）' })
  places(@Ctx() ctx: RequestContext): Promise<Place[]> {
    return this.reference.places(ctx);
  }

  // Partners file referrals without parks: the portal needs none.
  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => [Park], { description: '园区，含已停用的（retired）' })
  parks(@Ctx() ctx: RequestContext): Promise<Park[]> {
    return this.reference.parks(ctx);
  }

  @Allow('ADMIN')
  @Query(() => [AuditEntry], { description: '基础数据的修改记录，最新的在前' })
  referenceHistory(@Ctx() ctx: RequestContext): Promise<AuditEntry[]> {
    return this.editing.history(ctx);
  }

  @Allow('ADMIN')
  @Mutation(() => ReferenceItem, { description: '新建产业、细分赛道、标签或镇街' })
  createReferenceItem(@Ctx() ctx: RequestContext, @Args('input') input: CreateReferenceItemInput): Promise<ReferenceItem> {
    return this.editing.create(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ReferenceItem, { description: '修改基础数据的名称（代码不变）' })
  updateReferenceItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdateReferenceItemInput): Promise<ReferenceItem> {
    return this.editing.update(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ReferenceItem, { description: '停用（新记录不再可选，旧记录照常显示）或恢复' })
  retireReferenceItem(@Ctx() ctx: RequestContext, @Args('input') input: RetireReferenceItemInput): Promise<ReferenceItem> {
    return this.editing.setRetired(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => [ReferenceItem], { description: '调整基础数据的顺序' })
  reorderReferenceItems(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ReorderReferenceItemsInput,
  ): Promise<ReferenceItem[]> {
    return this.editing.reorder(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => Boolean, { description: '删除未被使用的基础数据；已在使用的只能停用' })
  deleteReferenceItem(@Ctx() ctx: RequestContext, @Args('input') input: DeleteReferenceItemInput): Promise<boolean> {
    return this.editing.delete(ctx, input);
  }
}
