import { defineList, escapeLike, SortDirection, type SqlCondition } from '@lianzhao/api-core';
import { attributionConditions } from '@lianzhao/api-attribution';
import { Lead } from './lead.entity';
import { LeadOrderField, type LeadFilter } from './dto/lead.inputs';

/** The most rows one lead export writes; a larger list is refused rather than cut off unnoticed. */
export const MAX_LEAD_EXPORT_ROWS = 50_000;

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
  out.push(...attributionConditions('l', filter));
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
