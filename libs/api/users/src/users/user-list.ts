import {
  alphabetical,
  defineList,
  equalsCondition,
  searchCondition,
  type SqlCondition,
} from '@lianzhao/api-core';
import { User } from './user.entity';
import type { UserFilter } from './dto/user.inputs';

function userConditions(filter: UserFilter): SqlCondition[] {
  return [
    ...searchCondition(['u.username', 'u.display_name'], filter.search),
    ...equalsCondition('u.role', 'role', filter.role),
    ...equalsCondition('u.active', 'active', filter.active),
    ...equalsCondition('u.organization_id', 'organizationId', filter.organizationId),
  ];
}

/** 用户: the administration list, by username. */
export const USER_LIST = defineList<User, UserFilter, 'USERNAME'>({
  entity: User,
  alias: 'u',
  filter: userConditions,
  ...alphabetical('USERNAME', 'u.username'),
  exportCap: { max: 10_000, noun: '用户', unit: '个' },
});
