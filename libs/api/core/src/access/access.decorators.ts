import { SetMetadata } from '@nestjs/common';
import type { Role } from '@lianzhao/domain';

/** Who may call a query or mutation. Every field must carry one: the guard refuses fields without. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_RULE = 'lianzhao:access-rule';

/** Callable without signing in (only `login`). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Callable by signed-in users with one of these roles. */
export const Allow = (...roles: Role[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

export const ALL_ROLES: readonly Role[] = ['ADMIN', 'OFFICER', 'LEADER', 'PARTNER'];
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'OFFICER', 'LEADER'];
