import type { SqlCondition } from '@lianzhao/api-core';
import type { AttributionFilter } from './attribution.inputs';

/** The attribution filters as it arrives from a list's filter input (any subset of it). */
export type AttributionFilterValues = Pick<
  AttributionFilter,
  'industryCode' | 'segmentCode' | 'channels' | 'sourceOrganizationId' | 'ownerId' | 'townCode'
>;

/**
 * The SQL of the attribution filters over the table aliased `alias` (an `AttributedEntity`'s
 * table), one condition per filter given. Parameter names carry the alias, so two attributed
 * tables of one query (a cockpit joining leads and projects) can both be filtered.
 */
export function attributionConditions(
  alias: string,
  filter: AttributionFilterValues | undefined,
): SqlCondition[] {
  if (!filter) return [];
  const out: SqlCondition[] = [];
  const equals = (column: string, value: string | null | undefined) => {
    if (!value) return;
    const param = `${alias}_${column}`;
    out.push({ sql: `${alias}.${column} = :${param}`, params: { [param]: value } });
  };
  equals('industry_code', filter.industryCode);
  equals('segment_code', filter.segmentCode);
  if (filter.channels?.length) {
    const param = `${alias}_channels`;
    out.push({ sql: `${alias}.channel IN (:...${param})`, params: { [param]: filter.channels } });
  }
  equals('source_organization_id', filter.sourceOrganizationId);
  equals('owner_id', filter.ownerId);
  equals('town_code', filter.townCode);
  return out;
}
