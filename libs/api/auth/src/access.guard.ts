import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ACCESS_RULE, forbidden, RequestContext, unauthenticated, type AccessRule, type GqlContext } from '@lianzhao/api-core';
import { AuthService } from './auth.service';

/** `@ResolveField` methods carry this mark (the root fields' resolvers do not). */
const RESOLVE_PROPERTY_METADATA = 'graphql:resolve_property';

function isFieldResolver(context: ExecutionContext): boolean {
  return Reflect.getMetadata(RESOLVE_PROPERTY_METADATA, context.getHandler()) === true;
}

/**
 * Runs before every query and mutation, and every field resolver (`fieldResolverEnhancers`):
 * establishes who is calling, then applies the field's access rule. A field without a rule is refused, so forgetting one fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw forbidden('该接口未配置访问规则');

    const { req } = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (isFieldResolver(context) && req.lianzhao) {
      // A field of a result: the root field's guard has already established the caller. An
      // anonymous caller reaches fields only under a public root (login's user), whose result is
      // meant for them.
      const user = req.lianzhao.user;
      if (!user || rule.kind === 'public' || rule.roles.includes(user.role)) return true;
      throw forbidden();
    }
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
