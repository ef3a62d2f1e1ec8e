import { defineList, escapeLike, SortDirection, type SqlCondition } from '@lianzhao/api-core';
import { Enterprise } from './enterprise.entity';
import type { EnterpriseFilter } from './dto/enterprise.inputs';

function enterpriseConditions(filter: EnterpriseFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.search)
    out.push({
      sql: 'e.name ILIKE :term OR e.credit_code ILIKE :term',
      params: { term: `%${escapeLike(filter.search)}%` },
    });
  if (filter.industryCode)
    out.push({ sql: 'e.industry_code = :industryCode', params: { industryCode: filter.industryCode } });
  if (filter.segmentCode)
    out.push({ sql: 'e.segment_code = :segmentCode', params: { segmentCode: filter.segmentCode } });
  return out;
}

/** 企业库: the enterprise register, newest first. */
export const ENTERPRISE_LIST = defineList<Enterprise, EnterpriseFilter, 'CREATED_AT'>({
  entity: Enterprise,
  alias: 'e',
  filter: enterpriseConditions,
  sortKeys: { CREATED_AT: { sql: 'e.created_at', type: 'timestamptz' } },
  defaultSort: { field: 'CREATED_AT', direction: SortDirection.DESC },
});
