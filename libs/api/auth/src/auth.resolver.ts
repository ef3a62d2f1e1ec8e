import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, ALL_ROLES, Ctx, Public, RequestContext, unauthenticated, type GqlContext } from '@lianzhao/api-core';
import { ChangePasswordInput, User, UsersService } from '@lianzhao/api-users';
import { AuthService } from './auth.service';
import { AuthPayload, LoginInput } from './dto/login.input';
import { clearSessionCookie, clientAddress, setSessionCookie } from './session/session-credentials';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: '用户名密码登录：设置 HttpOnly 会话 Cookie（网页用），同时返回访问令牌（API 客户端以 Bearer 使用）',
  })
  async login(
    @Ctx() ctx: RequestContext,
    @Context() { req, res }: GqlContext,
    @Args('input') input: LoginInput,
  ): Promise<AuthPayload> {
    const userAgent = req.headers['user-agent'] ?? null;
    const payload = await this.auth.login(ctx, input, { address: clientAddress(req), userAgent });
    setSessionCookie(req, res, payload.accessToken, Math.round((payload.expiresAt.getTime() - Date.now()) / 1000));
    return payload;
  }

  @Public()
  @Mutation(() => Boolean, { description: '退出登录：清除会话 Cookie' })
  logout(@Context() { req, res }: GqlContext): boolean {
    clearSessionCookie(req, res);
    return true;
  }

  @Allow(...ALL_ROLES)
  @Mutation(() => AuthPayload, { description: '修改自己的密码：其他会话随之失效，本会话换发新的 Cookie 与令牌' })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Context() { req, res }: GqlContext,
    @Args('input') input: ChangePasswordInput,
  ): Promise<AuthPayload> {
    const payload = await this.auth.changePassword(ctx, input.currentPassword, input.newPassword);
    // A bearer client keeps using the returned token; only a cookie session gets a new cookie.
    if (!req.headers.authorization) {
      setSessionCookie(req, res, payload.accessToken, Math.round((payload.expiresAt.getTime() - Date.now()) / 1000));
    }
    return payload;
  }

  @Allow(...ALL_ROLES)
  @Query(() => User, { description: '当前登录用户' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    if (!ctx.user) throw unauthenticated();
    return this.users.get(ctx, ctx.user.id);
  }
}
