import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, ALL_ROLES, Ctx, Public, RequestContext, unauthenticated } from '@lianzhao/api-core';
import { User, UsersService } from '@lianzhao/api-users';
import { AuthService } from './auth.service';
import { AuthPayload, LoginInput } from './dto/login.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: '用户名密码登录，返回访问令牌' })
  login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @Query(() => User, { description: '当前登录用户' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    if (!ctx.user) throw unauthenticated();
    return this.users.get(ctx, ctx.user.id);
  }
}
