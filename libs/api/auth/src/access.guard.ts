import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ACCESS_RULE, forbidden, RequestContext, unauthenticated, type AccessRule, type GqlContext } from '@lianzhao/api-core';
import { AuthService } from './auth.service';

/**
 * Runs before every query and mutation, and every HTTP route (uploads, health): establishes who is
 * calling, then applies the field's or route's access rule. One without a rule is refused, so
 * forgetting one fails closed. Field resolvers are not guarded here (Nest's guard chain on every
 * resolved field of a page cost more than the page's SQL): a field resolver's rule is applied by the
 * field middleware `Allow` attaches, and only where it leaves a role out.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const type = context.getType<GqlContextType>();
    if (type !== 'graphql' && type !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw forbidden('该接口未配置访问规则');

    const req =
      type === 'graphql'
        ? GqlExecutionContext.create(context).getContext<GqlContext>().req
        : context.switchToHttp().getRequest<GqlContext['req']>();
    if (!req.lianzhao) {
      // Bad credentials on a public field (login, logout) are ignored rather than refused.
      const user = await this.auth
        .requestCaller(req.headers)
        .catch((e: unknown) => (rule.kind === 'public' ? null : Promise.reject(e)));
      req.lianzhao = new RequestContext(user);
    }
    if (rule.kind === 'public') return true;
    const user = req.lianzhao.user;
    if (!user) throw unauthenticated();
    if (!rule.roles.includes(user.role)) throw forbidden();
    return true;
  }
}
