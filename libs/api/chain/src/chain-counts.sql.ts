import { FENGXIAN_DIVISION, OPEN_STAGES, PENDING_STATUSES } from '@lianzhao/domain';
import { createdByDayEndSql, stageAtSql } from '@lianzhao/api-leads';

// One home for what each count of a link means. The map counts these id sets per link, and each
// drill-down list filters its table by the very same set, so a figure and the totalCount of the
// list behind it cannot disagree.

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The end of a Shanghai calendar day `day` (SQL date expression), as a timestamp. */
export const endOfDaySql = (day: string) =>
  `((CAST(${day} AS date) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

/** SQL twin of libs/domain `localStockOn` over an enterprise alias (parity test in chain.spec.ts). */
export const localStockOnSql = (e: string, day: string) =>
  `(LEAST(${e}.local_stock_since, CASE WHEN SUBSTRING(${e}.credit_code FROM 3 FOR 6) = '${FENGXIAN_DIVISION}' THEN COALESCE(${e}.founded_on, DATE '0001-01-01') END) <= CAST(${day} AS date))`;

/** What a count counts. */
export type ChainCountKind = 'localEnterprises' | 'openLeads' | 'referrals' | 'investments' | 'targets';

/**
 * The ids counted for the links `cp.link_id` satisfies (`links`: a condition on `cp.link_id`, e.g.
 * `cp.link_id = cl.id`), as of the day bound as `day` (a parameter, `:name`): a placement counts
 * from the day it was made, and each record as it stood that day.
 * - localEnterprises: placed 存量 enterprises, and the enterprises of placed landed projects;
 * - openLeads: placed leads in an open stage at the end of that day (the stage history, read
 *   through the lead list's own asOf rule);
 * - referrals: placed referrals waiting for a decision at the end of that day (their history);
 * - investments: placed investments made by that day;
 * - targets: targets added to the links by that day.
 */
export function chainIdsSql(kind: ChainCountKind, links: string, day: string): string {
  const param = day.replace(/^:/, '');
  const placed = (type: string) =>
    `cp.entity_type = '${type}' AND ${links} AND cp.created_at < ${endOfDaySql(day)}`;
  switch (kind) {
    case 'localEnterprises':
      return `SELECT cp.entity_id AS id FROM chain_placements cp JOIN enterprises se ON se.id = cp.entity_id
  WHERE ${placed('ENTERPRISE')} AND ${localStockOnSql('se', day)}
UNION
SELECT sp.enterprise_id AS id FROM chain_placements cp JOIN projects sp ON sp.id = cp.entity_id
  WHERE ${placed('PROJECT')} AND sp.landed_on <= CAST(${day} AS date)`;
    case 'openLeads':
      return `SELECT cp.entity_id AS id FROM chain_placements cp JOIN leads sl ON sl.id = cp.entity_id
  WHERE ${placed('LEAD')} AND ${createdByDayEndSql('sl', param)} AND ${stageAtSql('sl', param)} IN (${list(OPEN_STAGES)})`;
    case 'referrals':
      return `SELECT cp.entity_id AS id FROM chain_placements cp JOIN referrals sr ON sr.id = cp.entity_id
  WHERE ${placed('REFERRAL')} AND (SELECT srh.status FROM referral_history srh WHERE srh.referral_id = sr.id
    AND srh.at < ${endOfDaySql(day)} ORDER BY srh.at DESC LIMIT 1) IN (${list(PENDING_STATUSES)})`;
    case 'investments':
      return `SELECT cp.entity_id AS id FROM chain_placements cp JOIN investments si ON si.id = cp.entity_id
  WHERE ${placed('INVESTMENT')} AND si.invested_on <= CAST(${day} AS date)`;
    case 'targets':
      // The lateral names the target's link cp.link_id, so the same link condition applies.
      return `SELECT ct.id FROM chain_targets ct, LATERAL (SELECT ct.link_id) cp(link_id)
  WHERE ${links} AND ct.created_at < ${endOfDaySql(day)}`;
  }
}

/** Expected yearly output (万元) of the placed landed projects of the links. */
export function chainOutputSql(links: string, day: string): string {
  return `SELECT COALESCE(SUM(sp.expected_output), 0) FROM chain_placements cp JOIN projects sp ON sp.id = cp.entity_id
  WHERE cp.entity_type = 'PROJECT' AND ${links} AND cp.created_at < ${endOfDaySql(day)} AND sp.landed_on <= CAST(${day} AS date)`;
}

/**
 * The links a drill-down covers, as a condition on `cp.link_id`: one link, a segment's or an
 * industry's (live links only for the wider two).
 */
export function linkScopeSql(scope: {
  linkId?: string | null;
  segmentCode?: string | null;
  industryCode?: string | null;
}): {
  sql: string;
  params: Record<string, string>;
} {
  if (scope.linkId)
    return { sql: 'cp.link_id = CAST(:chainLinkId AS uuid)', params: { chainLinkId: scope.linkId } };
  if (scope.segmentCode) {
    return {
      sql: 'cp.link_id IN (SELECT scl.id FROM chain_links scl WHERE scl.segment_code = :chainSegmentCode AND scl.retired_at IS NULL)',
      params: { chainSegmentCode: scope.segmentCode },
    };
  }
  if (scope.industryCode) {
    return {
      sql: 'cp.link_id IN (SELECT scl.id FROM chain_links scl JOIN segments ss ON ss.code = scl.segment_code WHERE ss.industry_code = :chainIndustryCode AND scl.retired_at IS NULL)',
      params: { chainIndustryCode: scope.industryCode },
    };
  }
  return { sql: 'FALSE', params: {} };
}
