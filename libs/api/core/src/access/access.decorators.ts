import { SetMetadata } from '@nestjs/common';
import { FIELD_RESOLVER_MIDDLEWARE_METADATA, type FieldMiddleware } from '@nestjs/graphql';
import type { Role } from '@lianzhao/domain';
import type { GqlContext } from '../context/ctx.decorator';
import { forbidden } from '../errors/app-errors';

/** Who may call a query or mutation. Every field must carry one: the guard refuses fields without. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_RULE = 'lianzhao:access-rule';

/** Callable without signing in (only `login`). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

export const ALL_ROLES: readonly Role[] = ['ADMIN', 'OFFICER', 'LEADER', 'PARTNER'];

/**
 * The rule of a field resolver that leaves a role out, applied where the field resolves. The root
 * field's guard has already established the caller; an anonymous caller reaches fields only under
 * a public root (login's user), whose result is meant for them.
 */
function fieldRule(roles: readonly Role[]): FieldMiddleware<unknown, GqlContext> {
  return ({ context }, next) => {
    const user = context.req.lianzhao?.user;
    if (user && !roles.includes(user.role)) throw forbidden();
    return next();
  };
}

/**
 * Callable by signed-in users with one of these roles. On a field resolver that leaves a role out,
 * it also attaches the middleware applying the rule: Nest's guard chain on every field resolver
 * would cost each of a page's hundreds of resolved fields, while an all-roles field pays nothing.
 * Write it above `@ResolveField`, whose own middleware option it then keeps.
 */
export const Allow = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const rule: AccessRule = { kind: 'roles', roles };
    if (!descriptor) return SetMetadata(ACCESS_RULE, rule)(target as never);
    SetMetadata(ACCESS_RULE, rule)(target, key as string | symbol, descriptor);
    if (ALL_ROLES.every((role) => roles.includes(role))) return descriptor;
    const method = descriptor.value as object;
    const own = (Reflect.getMetadata(FIELD_RESOLVER_MIDDLEWARE_METADATA, method) as FieldMiddleware[] | undefined) ?? [];
    Reflect.defineMetadata(FIELD_RESOLVER_MIDDLEWARE_METADATA, [fieldRule(roles), ...own], method);
    return descriptor;
  }) as MethodDecorator & ClassDecorator;
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'OFFICER', 'LEADER'];
