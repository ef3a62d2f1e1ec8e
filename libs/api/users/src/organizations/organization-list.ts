import {
  alphabetical,
  defineList,
  equalsCondition,
  searchCondition,
  type SqlCondition,
} from '@lianzhao/api-core';
import { Organization } from './organization.entity';
import type { OrganizationFilter } from './dto/organization.inputs';

function organizationConditions(filter: OrganizationFilter): SqlCondition[] {
  return [
    ...searchCondition(['o.name', 'o.credit_code'], filter.search),
    ...equalsCondition('o.kind', 'kind', filter.kind),
    ...equalsCondition('o.active', 'active', filter.active),
  ];
}

/** 合作机构: the partner organisations, by name. */
export const ORGANIZATION_LIST = defineList<Organization, OrganizationFilter, 'NAME'>({
  entity: Organization,
  alias: 'o',
  filter: organizationConditions,
  ...alphabetical('NAME', 'o.name'),
  exportCap: { max: 10_000, noun: '合作机构', unit: '家' },
});
