import { CHAIN_REFERRAL_STATUSES, FENGXIAN_DIVISION, OPEN_STAGES, PENDING_STATUSES } from '@lianzhao/domain';
import { createdByDayEndSql, stageAtSql } from '@lianzhao/api-leads';
import { lapsedSql, type ReferralStateSql } from '@lianzhao/api-referrals';

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

/** The counts broken down by a part: open leads by stage, referrals by status. */
export type ChainBreakdownKind = 'openLeads' | 'referrals';

/**
 * SQL twin of libs/domain chainReferralStatus over the expressions of a referral's state on a day
 * (parity test in chain-stages.spec.ts); the lapse is the referrals context's own rule.
 */
export function chainReferralStatusSql(s: ReferralStateSql): string {
  return `(CASE WHEN ${lapsedSql(s)} THEN NULL
    WHEN ${s.status} IN (${list(PENDING_STATUSES)}) THEN ${s.status}
    WHEN ${s.status} = 'ACCEPTED' AND ${s.leadStage} IN (${list(OPEN_STAGES)}) THEN ${s.status} END)`;
}

/**
 * The ids of a broken-down count with the part each counts under (`id`, `part`), for the links
 * `cp.link_id` satisfies as of the day `day` (see chainIdsSql):
 * - openLeads: placed leads that existed at the end of that day, by their stage then (the stage
 *   history, read through the lead list's own asOf rule), open stages only;
 * - referrals: placed referrals by chainReferralStatus on that day: their status and protection
 *   then (the last history line by the end of the day), their lead's stage then.
 */
export function chainPartsSql(kind: ChainBreakdownKind, links: string, day: string): string {
  const param = day.replace(/^:/, '');
  const placed = (type: string) =>
    `cp.entity_type = '${type}' AND ${links} AND cp.created_at < ${endOfDaySql(day)}`;
  if (kind === 'openLeads') {
    return `SELECT cp.entity_id AS id, sls.part FROM chain_placements cp JOIN leads sl ON sl.id = cp.entity_id,
  LATERAL (SELECT ${stageAtSql('sl', param)} AS part) sls
  WHERE ${placed('LEAD')} AND ${createdByDayEndSql('sl', param)} AND sls.part IN (${list(OPEN_STAGES)})`;
  }
  const status = chainReferralStatusSql({
    status: 'srh.status',
    protectedUntil: 'srh.protected_until',
    leadStage: 'srs.stage',
    day: `CAST(${day} AS date)`,
  });
  return `SELECT cp.entity_id AS id, srp.part FROM chain_placements cp JOIN referrals sr ON sr.id = cp.entity_id
  LEFT JOIN leads srl ON srl.id = sr.lead_id,
  LATERAL (SELECT h.status, h.protected_until FROM referral_history h WHERE h.referral_id = sr.id
    AND h.at < ${endOfDaySql(day)} ORDER BY h.at DESC LIMIT 1) srh,
  LATERAL (SELECT ${stageAtSql('srl', param)} AS stage) srs,
  LATERAL (SELECT ${status} AS part) srp
  WHERE ${placed('REFERRAL')} AND srp.part IN (${list(CHAIN_REFERRAL_STATUSES)})`;
}

/**
 * The ids counted for the links `cp.link_id` satisfies (`links`: a condition on `cp.link_id`, e.g.
 * `cp.link_id = cl.id`), as of the day bound as `day` (a parameter, `:name`): a placement counts
 * from the day it was made, and each record as it stood that day.
 * - localEnterprises: placed 存量 enterprises, and the enterprises of placed landed projects;
 * - openLeads: placed leads in an open stage at the end of that day (chainPartsSql);
 * - referrals: placed referrals waiting for a decision on that day (chainPartsSql's PROTECTED and
 *   EXISTING parts);
 * - investments: placed investments made by that day;
 * - targets: targets added to the links by that day.
 * `part` (a SQL expression, e.g. a bound parameter) narrows a broken-down count to one of its
 * parts: the figure of that part and its drill-down list.
 */
export function chainIdsSql(kind: ChainCountKind, links: string, day: string, part?: string): string {
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
      return `SELECT cx.id FROM (${chainPartsSql(kind, links, day)}) cx${part ? ` WHERE cx.part = ${part}` : ''}`;
    case 'referrals':
      return `SELECT cx.id FROM (${chainPartsSql(kind, links, day)}) cx WHERE cx.part ${part ? `= ${part}` : `IN (${list(PENDING_STATUSES)})`}`;
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
