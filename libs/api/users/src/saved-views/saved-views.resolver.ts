import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, Allow, Ctx, RequestContext } from '@lianzhao/api-core';
import { CreateSavedViewInput, UpdateSavedViewInput } from './dto/saved-view.inputs';
import { SavedView } from './saved-view.entity';
import { SavedViewsService } from './saved-views.service';

// Every role has lists (a partner has 我的报备); each sees and changes only their own views.
@Resolver(() => SavedView)
export class SavedViewsResolver {
  constructor(private readonly views: SavedViewsService) {}

  @Allow(...ALL_ROLES)
  @Query(() => [SavedView], { description: '当前用户在某列表保存的视图，默认视图在前' })
  savedViews(@Ctx() ctx: RequestContext, @Args('listKey') listKey: string): Promise<SavedView[]> {
    return this.views.list(ctx, listKey);
  }

  @Allow(...ALL_ROLES)
  @Mutation(() => SavedView, { description: '保存当前筛选、列、排序为新视图' })
  createSavedView(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateSavedViewInput,
  ): Promise<SavedView> {
    return this.views.create(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @Mutation(() => SavedView, { description: '重命名、覆盖或设为默认视图' })
  updateSavedView(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateSavedViewInput,
  ): Promise<SavedView> {
    return this.views.update(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @Mutation(() => Boolean, { description: '删除视图' })
  deleteSavedView(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.views.remove(ctx, id);
  }
}
