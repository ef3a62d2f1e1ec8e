import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { IncomingHttpHeaders } from 'node:http';
import { isRole } from '@lianzhao/domain';
import { APP_CONFIG, forbidden, RequestContext, unauthenticated, type AppConfig, type SessionUser } from '@lianzhao/api-core';
import { UsersService, verifyDummyPassword, verifyPassword, type User } from '@lianzhao/api-users';
import type { AuthPayload, LoginInput } from './dto/login.input';
import { CSRF_HEADER, sessionCredentials } from './session/session-credentials';
import { SignInLogService } from './sign-in-log/sign-in-log.service';
import { SignInThrottleService } from './sign-in-log/sign-in-throttle.service';

interface TokenClaims {
  sub: string;
  /** The user's session version at sign-in; a password reset bumps it and ends the token. */
  sv?: number;
}

/** Where a sign-in comes from, for the throttle and the sign-in log. */
export interface SignInClient {
  address: string;
  userAgent: string | null;
}

const WRONG_CREDENTIALS = '用户名或密码错误';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly log: SignInLogService,
    private readonly throttle: SignInThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Throttled before any hashing; an unknown username costs a hash of a dummy, so neither the
   * answer nor its time tells whether the account exists. Every attempt is logged.
   */
  async login(ctx: RequestContext, input: LoginInput, client: SignInClient): Promise<AuthPayload> {
    const username = input.username.trim().toLowerCase();
    const attempt = { username, address: client.address, userAgent: client.userAgent };
    const verdict = await this.throttle.admit(username, client.address);
    if (!verdict.allowed) {
      await this.log.record({ ...attempt, userId: null, result: verdict.result });
      throw verdict.error;
    }
    let user: User | null;
    try {
      user = await this.users.findByUsername(ctx, username);
      const ok = user ? await verifyPassword(input.password, user.passwordHash) : await verifyDummyPassword(input.password);
      if (!user || !ok) {
        await this.log.record({ ...attempt, userId: user?.id ?? null, result: 'WRONG_CREDENTIALS' });
        throw unauthenticated(WRONG_CREDENTIALS);
      }
    } catch (error) {
      if (isTooManyRequests(error)) await this.log.record({ ...attempt, userId: null, result: 'BUSY' });
      throw error;
    } finally {
      verdict.release();
    }
    if (!user.active) {
      await this.log.record({ ...attempt, userId: user.id, result: 'INACTIVE' });
      throw unauthenticated('该账号已停用，请联系系统管理员');
    }
    await this.log.record({ ...attempt, userId: user.id, result: 'SUCCESS' });
    await this.users.recordLogin(ctx, user.id);
    return this.issue(user);
  }

  /** A new session for the caller after changing their own password (which ended the others). */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    const user = await this.users.changeOwnPassword(ctx, currentPassword, newPassword);
    return this.issue(user);
  }

  private async issue(user: User): Promise<AuthPayload> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, sv: user.sessionVersion } satisfies TokenClaims, {
      expiresIn: this.config.jwtTtlSeconds,
    });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.jwtTtlSeconds * 1000), user };
  }

  /**
   * The caller of an HTTP request (GraphQL or any other route): from the bearer token or the
   * session cookie, null when there is neither. A cookie without the CSRF header is refused, as
   * is a token that does not check out.
   */
  async requestCaller(headers: IncomingHttpHeaders): Promise<SessionUser | null> {
    const credentials = sessionCredentials(headers);
    if (!credentials) return null;
    if (credentials.via === 'cookie' && !credentials.csrfProof) {
      throw forbidden(`缺少 ${CSRF_HEADER} 请求头，已拒绝（防跨站请求伪造）`);
    }
    return this.sessionFor(credentials.token);
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

function isTooManyRequests(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'extensions' in error &&
    (error as { extensions: { code?: unknown } }).extensions.code === 'TOO_MANY_REQUESTS'
  );
}
