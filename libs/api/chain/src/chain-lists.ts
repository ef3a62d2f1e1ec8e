import {
  createdAtSortKey,
  defineList,
  newestFirst,
  searchCondition,
  SortDirection,
  type ListSpec,
  type SqlCondition,
} from '@lianzhao/api-core';
import { Enterprise } from '@lianzhao/api-enterprises';
import { Investment } from '@lianzhao/api-funds';
import { Lead } from '@lianzhao/api-leads';
import { Referral } from '@lianzhao/api-referrals';
import type { ObjectLiteral } from 'typeorm';
import { chainIdsSql, linkScopeSql, localStockOnSql, type ChainCountKind } from './chain-counts.sql';
import { ChainTarget } from './chain-target.entity';
import { SupplyChainEntry } from './supply-chain-entry.entity';
import type { ChainDrillFilter, SupplyChainFilter } from './dto/chain.inputs';

/** The most rows one drill-down export writes. */
export const MAX_CHAIN_EXPORT_ROWS = 5_000;

/**
 * A drill-down's rows: those whose id is in the count's id set (chain-counts.sql.ts) for the
 * filter's links and day, so the list's totalCount is the figure it drills from.
 */
function drillConditions(kind: ChainCountKind, alias: string, searchColumns: readonly string[]) {
  return (filter: ChainDrillFilter): SqlCondition[] => {
    const scope = linkScopeSql(filter);
    const day = filter.asOf ? ':chainAsOf' : ':today';
    const part = kind === 'openLeads' ? filter.stage : kind === 'referrals' ? filter.referralStatus : null;
    return [
      {
        sql: `${alias}.id IN (${chainIdsSql(kind, scope.sql, day, part ? ':chainPart' : undefined)})`,
        params: {
          ...scope.params,
          ...(filter.asOf ? { chainAsOf: filter.asOf } : {}),
          ...(part ? { chainPart: part } : {}),
        },
      },
      ...searchCondition(searchColumns, filter.search),
    ];
  };
}

function drillList<E extends ObjectLiteral>(
  entity: new () => E,
  alias: string,
  kind: ChainCountKind,
  searchColumns: readonly string[],
  noun: string,
  unit: string,
): ListSpec<E, ChainDrillFilter, 'CREATED_AT'> {
  return defineList<E, ChainDrillFilter, 'CREATED_AT'>({
    entity,
    alias,
    filter: drillConditions(kind, alias, searchColumns),
    ...newestFirst(alias),
    exportCap: { max: MAX_CHAIN_EXPORT_ROWS, noun, unit },
  });
}

export const CHAIN_ENTERPRISE_LIST = drillList(
  Enterprise,
  'e',
  'localEnterprises',
  ['e.name'],
  '本地企业',
  '家',
);
export const CHAIN_LEAD_LIST = drillList(Lead, 'l', 'openLeads', ['l.project_name'], '线索', '条');
export const CHAIN_REFERRAL_LIST = drillList(Referral, 'r', 'referrals', ['r.company_name'], '报备', '条');
export const CHAIN_INVESTMENT_LIST = drillList(Investment, 'i', 'investments', [], '投资', '笔');
export const CHAIN_TARGET_LIST = drillList(ChainTarget, 't', 'targets', ['t.company_name'], '招商目标', '家');

/**
 * Whether a supply-chain entry's company is local: an enterprise of the register matching it by
 * credit code, else by normalised name (the register's duplicate keys), that is 存量 today or has a
 * landed project.
 */
export const SUPPLY_LOCAL_SQL = `EXISTS (SELECT 1 FROM enterprises le WHERE (le.credit_code = s.credit_code OR le.name_normalized = s.name_normalized)
  AND (${localStockOnSql('le', ':today')}
    OR EXISTS (SELECT 1 FROM projects lp WHERE lp.enterprise_id = le.id AND lp.landed_on <= CAST(:today AS date))))`;

/** 链主供应链: a partner sees its own organisation's entries only; staff every entry. */
export const SUPPLY_CHAIN_LIST = defineList<SupplyChainEntry, SupplyChainFilter, 'CREATED_AT'>({
  entity: SupplyChainEntry,
  alias: 's',
  scope: (ctx) => {
    if (ctx.user?.role !== 'PARTNER') return [];
    if (!ctx.user.organizationId) return [{ sql: 'FALSE' }];
    return [
      {
        sql: 's.organization_id = :scopeOrganizationId',
        params: { scopeOrganizationId: ctx.user.organizationId },
      },
    ];
  },
  filter: (filter, ctx) => {
    const out: SqlCondition[] = [...searchCondition(['s.company_name'], filter.search)];
    if (filter.organizationId)
      out.push({
        sql: 's.organization_id = :organizationId',
        params: { organizationId: filter.organizationId },
      });
    if (filter.linkId) out.push({ sql: 's.link_id = :linkId', params: { linkId: filter.linkId } });
    // Whether a company is local is the office's finding: a partner's filter cannot ask it either.
    const local = ctx.user?.role === 'PARTNER' ? null : filter.local;
    if (local === true) out.push({ sql: SUPPLY_LOCAL_SQL });
    if (local === false) out.push({ sql: `NOT ${SUPPLY_LOCAL_SQL}` });
    return out;
  },
  sortKeys: { CREATED_AT: createdAtSortKey('s') },
  defaultSort: { field: 'CREATED_AT', direction: SortDirection.DESC },
  exportCap: { max: MAX_CHAIN_EXPORT_ROWS, noun: '供应链条目', unit: '条' },
});
