import { defineList, inCondition, shanghaiDayRange, SortDirection } from '@lianzhao/api-core';
import { PolicyMatch } from './policy-match.entity';
import { ACTIVE_ITEM_SQL } from './policy-rules.sql';
import { PolicyQualifiedOrderField, type PolicyQualifiedFilter } from './dto/policy.inputs';

export const MAX_POLICY_QUALIFIED_EXPORT_ROWS = 10_000;

/**
 * 免申即享: projects that became qualified for a policy item since a day. Matches that no longer
 * qualify have no qualified_at, so the partial index (qualified_at, id) serves the whole list.
 * Partners never reach it (the resolvers are staff-only), so it has no scope.
 */
export const POLICY_QUALIFIED_LIST = defineList<PolicyMatch, PolicyQualifiedFilter, PolicyQualifiedOrderField>({
  entity: PolicyMatch,
  alias: 'pm',
  filter: (filter) => [
    { sql: 'pm.qualified_at IS NOT NULL' },
    { sql: `pm.item_id IN (SELECT li.id FROM policy_items li WHERE ${ACTIVE_ITEM_SQL('li')})` },
    ...shanghaiDayRange('pm.qualified_at', 'qualified', filter.since ?? null, null),
    ...inCondition('pm.item_id', 'itemIds', filter.itemIds),
  ],
  sortKeys: {
    [PolicyQualifiedOrderField.QUALIFIED_AT]: { sql: 'pm.qualified_at', type: 'timestamptz' },
  },
  defaultSort: { field: PolicyQualifiedOrderField.QUALIFIED_AT, direction: SortDirection.DESC },
  pageRelations: ['item'],
  exportCap: { max: MAX_POLICY_QUALIFIED_EXPORT_ROWS, noun: '免申即享项目', unit: '条' },
});
