import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, ALL_ROLES, Ctx, RequestContext } from '@lianzhao/api-core';
import { GlobalSearchArgs, SearchGroup } from './search.types';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  /** Every role may search; what each finds is limited by role and the lists' scopes (SearchService). */
  @Allow(...ALL_ROLES)
  @Query(() => [SearchGroup], {
    description: '全局搜索：企业、线索、项目、报备、基金，按角色可见范围；每类最新在前',
  })
  globalSearch(@Ctx() ctx: RequestContext, @Args() args: GlobalSearchArgs): Promise<SearchGroup[]> {
    return this.search.search(ctx, args.text, args.first);
  }
}
