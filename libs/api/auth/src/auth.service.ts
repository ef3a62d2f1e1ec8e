import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole } from '@lianzhao/domain';
import { APP_CONFIG, RequestContext, unauthenticated, type AppConfig, type SessionUser } from '@lianzhao/api-core';
import { UsersService, verifyPassword } from '@lianzhao/api-users';
import type { AuthPayload, LoginInput } from './dto/login.input';

interface TokenClaims {
  sub: string;
  /** The user's session version at sign-in; a password reset bumps it and ends the token. */
  sv?: number;
}

const WRONG_CREDENTIALS = '用户名或密码错误';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(ctx: RequestContext, input: LoginInput): Promise<AuthPayload> {
    const user = await this.users.findByUsername(ctx, input.username);
    // Same answer for an unknown user and a wrong password, so usernames cannot be probed.
    if (!user || !(await verifyPassword(input.password, user.passwordHash))) throw unauthenticated(WRONG_CREDENTIALS);
    if (!user.active) throw unauthenticated('该账号已停用，请联系系统管理员');
    await this.users.recordLogin(ctx, user.id);
    const accessToken = await this.jwt.signAsync({ sub: user.id, sv: user.sessionVersion } satisfies TokenClaims, {
      expiresIn: this.config.jwtTtlSeconds,
    });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.jwtTtlSeconds * 1000), user };
  }

  /**
   * Turns a bearer token into the caller. The user row is checked on every request (through the
   * users service's short-lived session rows, which it forgets when it changes a user) so that a
   * deactivated account or a changed role takes effect at once, not when the token expires.
   */
  async sessionFor(token: string): Promise<SessionUser> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token);
    } catch {
      throw unauthenticated('登录已过期，请重新登录');
    }
    // A token naming no user (or no valid id) is refused, not answered with a database error.
    const user = await this.users.sessionRow(RequestContext.anonymous(), claims.sub).catch(() => null);
    if (!user) throw unauthenticated('账号不存在，请重新登录');
    if (!user.active) throw unauthenticated('该账号已停用，请联系系统管理员');
    // Tokens from before session versions carry none; they count as version 0.
    if ((claims.sv ?? 0) !== user.sessionVersion) throw unauthenticated('密码已重置，请重新登录');
    if (!isRole(user.role)) throw unauthenticated();
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      organizationId: user.organizationId,
    };
  }
}
