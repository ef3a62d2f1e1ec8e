import { defineList, escapeLike, SortDirection, type SqlCondition } from '@lianzhao/api-core';
import { Organization } from './organization.entity';
import type { OrganizationFilter } from './dto/organization.inputs';

function organizationConditions(filter: OrganizationFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.search)
    out.push({
      sql: 'o.name ILIKE :search OR o.credit_code ILIKE :search',
      params: { search: `%${escapeLike(filter.search)}%` },
    });
  if (filter.kind) out.push({ sql: 'o.kind = :kind', params: { kind: filter.kind } });
  if (filter.active !== undefined && filter.active !== null)
    out.push({ sql: 'o.active = :active', params: { active: filter.active } });
  return out;
}

/** 合作机构: the partner organisations, by name. */
export const ORGANIZATION_LIST = defineList<Organization, OrganizationFilter, 'NAME'>({
  entity: Organization,
  alias: 'o',
  filter: organizationConditions,
  sortKeys: { NAME: { sql: 'o.name', type: 'text' } },
  defaultSort: { field: 'NAME', direction: SortDirection.ASC },
});
