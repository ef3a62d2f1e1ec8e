import { ROLES, ROLE_LABELS } from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

export const RoleEnum = graphqlEnum('Role', '角色', ROLES, ROLE_LABELS);
