import {
  createdAtSortKey,
  dateRange,
  defineList,
  inCondition,
  searchCondition,
  SortDirection,
  type RequestContext,
  type SqlCondition,
} from '@lianzhao/api-core';
import { Fund } from './fund.entity';
import { Investment } from './investment.entity';
import {
  FIRST_PAID_OF_ENTERPRISE_SQL,
  recognitionCondition,
  sciTechEnterpriseSql,
} from './reinvestment-rules.sql';
import { FundOrderField, type FundFilter } from './dto/fund.inputs';
import { InvestmentOrderField, type InvestmentFilter } from './dto/investment.inputs';

/** The most rows one fund export writes. */
export const MAX_FUND_EXPORT_ROWS = 5_000;
/** The most rows one investment export writes. */
export const MAX_INVESTMENT_EXPORT_ROWS = 10_000;

/**
 * The funds a caller may see at all, as a condition on a fund id expression: staff every fund, a
 * partner only the funds its organisation manages (a partner of any other kind manages none, so
 * sees none). Funds, investments and every single read go through it.
 */
export function fundScopeSql(ctx: RequestContext, fundIdSql: string, alias: string): SqlCondition[] {
  if (ctx.user?.role !== 'PARTNER') return [];
  if (!ctx.user.organizationId) return [{ sql: 'FALSE' }];
  const param = `${alias}ScopeOrganizationId`;
  const sql =
    fundIdSql === `${alias}.id`
      ? `${alias}.manager_organization_id = :${param}`
      : `${fundIdSql} IN (SELECT sf.id FROM funds sf WHERE sf.manager_organization_id = :${param})`;
  return [{ sql, params: { [param]: ctx.user.organizationId } }];
}

export function fundConditions(filter: FundFilter): SqlCondition[] {
  return [
    ...searchCondition(['f.name'], filter.search),
    ...inCondition('f.kind', 'kinds', filter.kinds),
    ...inCondition('f.status', 'statuses', filter.statuses),
    ...inCondition('f.manager_organization_id', 'managerOrganizationIds', filter.managerOrganizationIds),
  ];
}

/** 基金: the funds list and its export. A few hundred rows per district: plain indexes suffice. */
export const FUND_LIST = defineList<Fund, FundFilter, FundOrderField>({
  entity: Fund,
  alias: 'f',
  scope: (ctx) => fundScopeSql(ctx, 'f.id', 'f'),
  filter: fundConditions,
  sortKeys: {
    [FundOrderField.NAME]: { sql: 'f.name', type: 'text' },
    [FundOrderField.SIZE]: { sql: 'f.size', type: 'numeric' },
    [FundOrderField.VINTAGE_DATE]: { sql: 'f.vintage_date', type: 'date' },
    [FundOrderField.CREATED_AT]: createdAtSortKey('f'),
  },
  defaultSort: { field: FundOrderField.CREATED_AT, direction: SortDirection.DESC },
  exportCap: { max: MAX_FUND_EXPORT_ROWS, noun: '基金', unit: '只' },
});

/**
 * The investment filter as SQL. Industry is the invested enterprise's, town the tracking
 * project's (where the company lands); each reads its owner's indexed column through a
 * subquery, so the list needs no join.
 */
export function investmentConditions(filter: InvestmentFilter): SqlCondition[] {
  const out: SqlCondition[] = [
    ...inCondition('i.fund_id', 'fundIds', filter.fundIds),
    ...inCondition('i.stage', 'stages', filter.stages),
    ...inCondition('i.enterprise_id', 'enterpriseIds', filter.enterpriseIds),
    ...inCondition('i.project_id', 'projectIds', filter.projectIds),
    ...dateRange('i.invested_on', 'invested', filter.dateFrom, filter.dateTo),
  ];
  if (filter.industryCodes?.length) {
    out.push({
      sql: 'i.enterprise_id IN (SELECT ie.id FROM enterprises ie WHERE ie.industry_code IN (:...industryCodes))',
      params: { industryCodes: filter.industryCodes },
    });
  }
  if (filter.townCodes?.length) {
    out.push({
      sql: 'i.project_id IN (SELECT ip.id FROM projects ip WHERE ip.town_code IN (:...townCodes))',
      params: { townCodes: filter.townCodes },
    });
  }
  // 返投 recognition, read off the recognition rules' SQL twin.
  out.push(...recognitionCondition(filter.recognition));
  // ── 驾驶舱（基金）: 科创 enterprises, one investment per enterprise ──
  if (filter.sciTech === true) out.push({ sql: sciTechEnterpriseSql('i.enterprise_id') });
  if (filter.sciTech === false) out.push({ sql: `NOT ${sciTechEnterpriseSql('i.enterprise_id')}` });
  if (filter.firstPaidOfEnterprise === true) out.push({ sql: FIRST_PAID_OF_ENTERPRISE_SQL });
  return out;
}

/** 基金投资: every investment across funds, newest investment date first. */
export const INVESTMENT_LIST = defineList<Investment, InvestmentFilter, InvestmentOrderField>({
  entity: Investment,
  alias: 'i',
  scope: (ctx) => fundScopeSql(ctx, 'i.fund_id', 'i'),
  filter: investmentConditions,
  sortKeys: {
    [InvestmentOrderField.DATE]: { sql: 'i.invested_on', type: 'date' },
    [InvestmentOrderField.AMOUNT]: { sql: 'i.amount', type: 'numeric' },
    [InvestmentOrderField.CREATED_AT]: createdAtSortKey('i'),
  },
  defaultSort: { field: InvestmentOrderField.DATE, direction: SortDirection.DESC },
  exportCap: { max: MAX_INVESTMENT_EXPORT_ROWS, noun: '投资', unit: '笔' },
});
