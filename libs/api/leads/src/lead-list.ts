import type { Channel } from '@lianzhao/domain';
import { defineList, escapeLike, SortDirection, type SqlCondition } from '@lianzhao/api-core';
import { Lead } from './lead.entity';
import { LeadOrderField, type LeadFilter } from './dto/lead.inputs';

/** The most rows one lead export writes; a larger list is refused rather than cut off unnoticed. */
export const MAX_LEAD_EXPORT_ROWS = 50_000;

/** The attribution fields a list filter may carry (segment → industry, channel, partner, owner, town). */
export interface AttributionFilterFields {
  industryCode?: string | null;
  segmentCode?: string | null;
  channels?: Channel[] | null;
  sourceOrganizationId?: string | null;
  ownerId?: string | null;
  townCode?: string | null;
}

/**
 * The attribution filter over any table carrying the attribution columns. Stands in for the
 * shared attribution piece (`attributionConditions(alias, filter)`), which replaces it.
 */
export function attributionFilterConditions(alias: string, filter: AttributionFilterFields): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.industryCode)
    out.push({
      sql: `${alias}.industry_code = :industryCode`,
      params: { industryCode: filter.industryCode },
    });
  if (filter.segmentCode)
    out.push({ sql: `${alias}.segment_code = :segmentCode`, params: { segmentCode: filter.segmentCode } });
  if (filter.channels?.length)
    out.push({ sql: `${alias}.channel IN (:...channels)`, params: { channels: filter.channels } });
  if (filter.sourceOrganizationId)
    out.push({
      sql: `${alias}.source_organization_id = :sourceOrganizationId`,
      params: { sourceOrganizationId: filter.sourceOrganizationId },
    });
  if (filter.ownerId) out.push({ sql: `${alias}.owner_id = :ownerId`, params: { ownerId: filter.ownerId } });
  if (filter.townCode)
    out.push({ sql: `${alias}.town_code = :townCode`, params: { townCode: filter.townCode } });
  return out;
}

/** The lead list's attribution filter, in one place so the shared attribution piece swaps one call. */
export function attributionConditionsOfLead(filter: LeadFilter): SqlCondition[] {
  return attributionFilterConditions('l', filter);
}

/** The amount ranges of a filter as [column, lower bound, upper bound]; a lead without the amount matches no bound. */
function amountRanges(filter: LeadFilter): [string, string | null | undefined, string | null | undefined][] {
  return [
    ['planned_investment', filter.investmentMin, filter.investmentMax],
    ['expected_output', filter.outputMin, filter.outputMax],
    ['land_need', filter.landMin, filter.landMax],
    ['space_need', filter.spaceMin, filter.spaceMax],
  ];
}

/** The lead filter as SQL: the list, the board's per-stage sums and the export all use this. */
export function leadConditions(filter: LeadFilter): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter.search)
    out.push({
      sql: 'l.project_name ILIKE :term OR EXISTS (SELECT 1 FROM enterprises e WHERE e.id = l.enterprise_id AND (e.name ILIKE :term OR e.credit_code ILIKE :term))',
      params: { term: `%${escapeLike(filter.search)}%` },
    });
  if (filter.stages?.length) out.push({ sql: 'l.stage IN (:...stages)', params: { stages: filter.stages } });
  if (filter.stage) out.push({ sql: 'l.stage = :stage', params: { stage: filter.stage } });
  out.push(...attributionConditionsOfLead(filter));
  if (filter.grades?.length) out.push({ sql: 'l.grade IN (:...grades)', params: { grades: filter.grades } });
  // Date bounds are Shanghai calendar days, whatever the server's zone.
  if (filter.createdFrom)
    out.push({
      sql: "l.created_at >= (:createdFrom::date)::timestamp AT TIME ZONE 'Asia/Shanghai'",
      params: { createdFrom: filter.createdFrom },
    });
  if (filter.createdTo)
    out.push({
      sql: "l.created_at < ((:createdTo::date + 1))::timestamp AT TIME ZONE 'Asia/Shanghai'",
      params: { createdTo: filter.createdTo },
    });
  if (filter.expectedSigningFrom)
    out.push({ sql: 'l.expected_signing_on >= :esFrom', params: { esFrom: filter.expectedSigningFrom } });
  if (filter.expectedSigningTo)
    out.push({ sql: 'l.expected_signing_on <= :esTo', params: { esTo: filter.expectedSigningTo } });
  for (const [column, min, max] of amountRanges(filter)) {
    // Parameter names come from the column, never from input, so each range binds its own.
    if (min) out.push({ sql: `l.${column} >= :${column}_min`, params: { [`${column}_min`]: min } });
    if (max) out.push({ sql: `l.${column} <= :${column}_max`, params: { [`${column}_max`]: max } });
  }
  return out;
}

/** 招商线索: the pipeline list, its board and its export. */
export const LEAD_LIST = defineList<Lead, LeadFilter, LeadOrderField>({
  entity: Lead,
  alias: 'l',
  filter: leadConditions,
  sortKeys: {
    [LeadOrderField.CREATED_AT]: { sql: 'l.created_at', type: 'timestamptz' },
    [LeadOrderField.UPDATED_AT]: { sql: 'l.updated_at', type: 'timestamptz' },
    [LeadOrderField.PLANNED_INVESTMENT]: { sql: 'l.planned_investment', type: 'numeric', nullAs: '-1' },
    // No expected date sorts as the latest, after every dated lead in ascending order.
    [LeadOrderField.EXPECTED_SIGNING_ON]: {
      sql: 'l.expected_signing_on',
      type: 'date',
      nullAs: '9999-12-31',
    },
  },
  defaultSort: { field: LeadOrderField.CREATED_AT, direction: SortDirection.DESC },
  exportCap: { max: MAX_LEAD_EXPORT_ROWS, noun: '线索', unit: '条' },
});
