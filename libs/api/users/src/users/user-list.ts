import { defineList, escapeLike, SortDirection, type SqlCondition } from '@lianzhao/api-core';
import { User } from './user.entity';
import type { UserFilter } from './dto/user.inputs';

function userConditions(filter: UserFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.search)
    out.push({
      sql: 'u.username ILIKE :search OR u.display_name ILIKE :search',
      params: { search: `%${escapeLike(filter.search)}%` },
    });
  if (filter.role) out.push({ sql: 'u.role = :role', params: { role: filter.role } });
  if (filter.active !== undefined && filter.active !== null)
    out.push({ sql: 'u.active = :active', params: { active: filter.active } });
  if (filter.organizationId)
    out.push({
      sql: 'u.organization_id = :organizationId',
      params: { organizationId: filter.organizationId },
    });
  return out;
}

/** 用户: the administration list, by username. */
export const USER_LIST = defineList<User, UserFilter, 'USERNAME'>({
  entity: User,
  alias: 'u',
  filter: userConditions,
  sortKeys: { USERNAME: { sql: 'u.username', type: 'text' } },
  defaultSort: { field: 'USERNAME', direction: SortDirection.ASC },
});
