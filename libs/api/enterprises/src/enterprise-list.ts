import {
  defineList,
  equalsCondition,
  newestFirst,
  searchCondition,
  type SqlCondition,
} from '@lianzhao/api-core';
import { Enterprise } from './enterprise.entity';
import type { EnterpriseFilter } from './dto/enterprise.inputs';

function enterpriseConditions(filter: EnterpriseFilter): SqlCondition[] {
  return [
    ...searchCondition(['e.name', 'e.credit_code'], filter.search, { bigrams: true }),
    ...equalsCondition('e.industry_code', 'industryCode', filter.industryCode),
    ...equalsCondition('e.segment_code', 'segmentCode', filter.segmentCode),
  ];
}

/** 企业库: the enterprise register, newest first. */
export const ENTERPRISE_LIST = defineList<Enterprise, EnterpriseFilter, 'CREATED_AT'>({
  entity: Enterprise,
  alias: 'e',
  filter: enterpriseConditions,
  ...newestFirst('e'),
  exportCap: { max: 50_000, noun: '企业', unit: '家' },
});
