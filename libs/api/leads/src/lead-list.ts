import {
  amountRange,
  createdAtSortKey,
  dateRange,
  defineList,
  equalsCondition,
  inCondition,
  searchCondition,
  shanghaiDayRange,
  SortDirection,
  type SqlCondition,
} from '@lianzhao/api-core';
import { matchesEnterpriseSql } from '@lianzhao/api-enterprises';
import { attributionConditions } from '@lianzhao/api-attribution';
import { Lead } from './lead.entity';
import { createdByDayEndSql, movedCondition, reachedCondition, stageAtSql } from './lead-history.sql';
import { LeadOrderField, type LeadFilter } from './dto/lead.inputs';

/** The most rows one lead export writes; a larger list is refused rather than cut off unnoticed. */
export const MAX_LEAD_EXPORT_ROWS = 50_000;

/** The lead filter as SQL: the list, the board's per-stage sums and the export all use this. */
export function leadConditions(filter: LeadFilter): SqlCondition[] {
  // As of a past day, the stage filters test the stage the lead stood at then (stage history).
  const stage = filter.asOf ? stageAtSql('l', 'asOf') : 'l.stage';
  return [
    ...searchCondition(['l.project_name'], filter.search, {
      orMatches: matchesEnterpriseSql('l.enterprise_id'),
      document: 'l.search_text',
    }),
    ...inCondition(stage, 'stages', filter.stages),
    ...equalsCondition(stage, 'stage', filter.stage),
    ...attributionConditions('l', filter),
    ...inCondition('l.grade', 'grades', filter.grades),
    // Any of the chosen tags: `&&` is what the GIN index leads_tag_codes_idx serves.
    ...(filter.tagCodes?.length
      ? [{ sql: 'l.tag_codes && CAST(:tagCodes AS varchar[])', params: { tagCodes: filter.tagCodes } }]
      : []),
    ...shanghaiDayRange('l.created_at', 'created', filter.createdFrom, filter.createdTo),
    ...dateRange(
      'l.expected_signing_on',
      'expectedSigning',
      filter.expectedSigningFrom,
      filter.expectedSigningTo,
    ),
    // A lead without the amount matches no bound.
    ...amountRange('l.planned_investment', 'plannedInvestment', filter.investmentMin, filter.investmentMax),
    ...amountRange('l.expected_output', 'expectedOutput', filter.outputMin, filter.outputMax),
    ...amountRange('l.land_need', 'landNeed', filter.landMin, filter.landMax),
    ...amountRange('l.space_need', 'spaceNeed', filter.spaceMin, filter.spaceMax),
    // ---- 驾驶舱 (issue 13, cockpit-flow): new filter conditions go below this line ----
    ...(filter.asOf ? [{ sql: createdByDayEndSql('l', 'asOf'), params: { asOf: filter.asOf } }] : []),
    ...movedCondition('l', filter.movedTo),
    ...reachedCondition('l', filter.reached),
    // The rows a user selected (export of the selection).
    ...inCondition('l.id', 'ids', filter.ids),
  ];
}

/** 招商线索: the pipeline list, its board and its export. */
export const LEAD_LIST = defineList<Lead, LeadFilter, LeadOrderField>({
  entity: Lead,
  alias: 'l',
  filter: leadConditions,
  sortKeys: {
    [LeadOrderField.CREATED_AT]: createdAtSortKey('l'),
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
  // Kept by triggers on leads (migration LeadStageTotals). The board's usual cuts (industry,
  // segment, town, stage) are read from a few thousand rows; owner, channel, grade, dates,
  // amounts and search are counted from the rows, which the leads indexes keep cheap.
  totals: {
    table: 'lead_stage_totals',
    countColumn: 'leads',
    groupBy: ['industry_code', 'segment_code', 'town_code', 'stage'],
    sums: ['planned_investment'],
    filterFields: ['industryCode', 'segmentCode', 'townCode', 'stages', 'stage'],
  },
  // A card shows its enterprise and owner: read with the page rather than batched after it.
  pageRelations: ['enterprise', 'owner'],
  pageRelationCards: { enterprise: ['id', 'name', 'creditCode'], owner: ['id', 'displayName'] },
  exportCap: { max: MAX_LEAD_EXPORT_ROWS, noun: '线索', unit: '条' },
});
