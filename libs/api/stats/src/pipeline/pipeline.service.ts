import { Injectable } from '@nestjs/common';
import { Clock, ListQuery, RequestContext, shanghaiDayRange } from '@lianzhao/api-core';
import { attributionConditions } from '@lianzhao/api-attribution';
import { TransactionalConnection } from '@lianzhao/api-database';
import {
  allOf,
  LEAD_LIST,
  stageAtSql,
  stageMoveConditions,
  type Lead,
  type LeadFilter,
  type LeadOrderField,
  type LeadStageMoveFilter,
} from '@lianzhao/api-leads';
import {
  addDecimals,
  normalizeDecimal,
  OPEN_STAGES,
  PIPELINE_PATH,
  type LeadStage,
} from '@lianzhao/domain';
import type { DashboardScope } from '../dashboard-scope';
import { amountFigure, countFigure, type DrillFilter } from '../figures.types';
import type { DashboardPipeline, FunnelStep, LostReasonFigure, StageDuration } from './pipeline.types';

/** Stages a lead can be moved out of, in the order the page shows their durations (签约 is final). */
export const DURATION_STAGES: readonly LeadStage[] = [
  ...PIPELINE_PATH.filter((stage) => stage !== 'SIGNED'),
  'ON_HOLD',
  'LOST',
];

/** A LeadFilter as a drill: it holds only JSON values (text, lists of text, the movedTo and reached objects of those). */
function drillOf(filter: LeadFilter): DrillFilter {
  return JSON.parse(JSON.stringify(filter)) as DrillFilter;
}

const SUMS = 'COALESCE(SUM(l.planned_investment), 0)::text';

/**
 * 招商管道 figures. Each is one grouped statement over the lead list's own query (its scope and
 * leadConditions), and each drill is a LeadFilter that the leads list runs through the same
 * conditions: stage now or at the as-of day (`asOf`), moves in the period (`movedTo`).
 *
 * As of a past day, stages come from the stage history, so later moves and later leads leave the
 * figures alone. What has no history is read as it is now and so rewrites the past when edited:
 * a lead's planned investment and its attribution (industry, segment, town, channel), and a stage
 * history row edited in place.
 */
@Injectable()
export class PipelineService {
  private readonly leads: ListQuery<Lead, LeadFilter, LeadOrderField>;

  constructor(
    private readonly connection: TransactionalConnection,
    clock: Clock,
  ) {
    this.leads = new ListQuery(LEAD_LIST, connection, clock);
  }

  async pipeline(ctx: RequestContext, scope: DashboardScope): Promise<DashboardPipeline> {
    // Sequential on purpose: the embedded database has one connection, and four short statements
    // in a row cost little more than in parallel on a 2-core machine.
    const open = await this.open(ctx, scope);
    const funnel = await this.funnel(ctx, scope);
    const stageDurations = await this.durations(ctx, scope);
    const lost = await this.lost(ctx, scope);
    return { ...open, funnel, stageDurations, ...lost };
  }

  /** Open leads and their planned investment per open stage, as they stood at the as-of day. */
  private async open(
    ctx: RequestContext,
    scope: DashboardScope,
  ): Promise<Pick<DashboardPipeline, 'open' | 'openPlannedInvestment' | 'openByStage'>> {
    const { historical, asOf } = scope.period;
    // Today's view drills to the plain list (stage now); a past day's to the stage history.
    const base: LeadFilter = {
      ...scope.attribution(),
      stages: [...OPEN_STAGES],
      ...(historical ? { asOf } : {}),
    };
    let rows: { group: string | null; count: number; sum: string }[];
    if (!historical) {
      const grouped = await this.leads.grouped(ctx, base, 'stage', ['planned_investment']);
      rows = grouped.map((g) => ({ group: g.group, count: g.count, sum: g.sums.planned_investment }));
    } else {
      // Grouped by exactly what the drill's stage filter tests under asOf. The stage list is left
      // to the grouping (the open stages' groups are read below), so the history is read once.
      const stageAt = stageAtSql('l', 'asOf');
      const { stages: _open, ...existing } = base;
      const raw = await this.leads
        .query(ctx, existing)
        .select(stageAt, 'group')
        .addSelect('COUNT(*)::int', 'count')
        .addSelect(SUMS, 'sum')
        .groupBy(stageAt)
        .getRawMany<{ group: string | null; count: number | string; sum: string }>();
      rows = raw.map((r) => ({ group: r.group, count: Number(r.count), sum: r.sum }));
    }
    const byStage = new Map(rows.map((r) => [r.group, r]));
    const openByStage = OPEN_STAGES.map((stage) => {
      const row = byStage.get(stage);
      const filter = { ...base, stage };
      return {
        stage,
        leads: countFigure(row?.count ?? 0, 'LEADS', drillOf(filter)),
        plannedInvestment: amountFigure(normalizeDecimal(row?.sum ?? '0'), 'LEADS', drillOf(filter)),
      };
    });
    return {
      open: countFigure(
        openByStage.reduce((n, s) => n + s.leads.value, 0),
        'LEADS',
        drillOf(base),
      ),
      openPlannedInvestment: amountFigure(
        normalizeDecimal(addDecimals(...openByStage.map((s) => s.plannedInvestment.value))),
        'LEADS',
        drillOf(base),
      ),
      openByStage,
    };
  }

  /**
   * Leads that reached each forward stage in the period: their first move to it or to a later
   * forward stage fell in the period (creation reaches 线索), which is what the drill
   * (`reached: { stage, from, to }`) lists. Read from facts the writing transaction keeps
   * (migration PipelineFacts): under an industry or segment (or none) one grouped sum over the
   * daily totals; under a town or channel, one grouped count of the reached rows, which carry the
   * lead's attribution and are tested through the attribution's own conditions.
   */
  private async funnel(ctx: RequestContext, scope: DashboardScope): Promise<FunnelStep[]> {
    const { from, to } = scope.period;
    const base: LeadFilter = scope.attribution();
    const manager = ctx.transaction ?? this.connection.dataSource.manager;
    let rows: { stage: string; count: number | string }[];
    if (!base.townCode && !base.channels?.length) {
      const query = manager
        .createQueryBuilder()
        .select('d.stage', 'stage')
        .addSelect('COALESCE(SUM(d.leads), 0)::int', 'count')
        .from('lead_reached_daily', 'd')
        .where('d.day BETWEEN CAST(:from AS date) AND CAST(:to AS date)', { from, to })
        .groupBy('d.stage');
      if (base.industryCode) query.andWhere('d.industry_code = :industry', { industry: base.industryCode });
      if (base.segmentCode) query.andWhere('d.segment_code = :segment', { segment: base.segmentCode });
      rows = await query.getRawMany();
    } else {
      const where = allOf([
        { sql: 'r.stage IN (:...pathStages)', params: { pathStages: [...PIPELINE_PATH] } },
        ...shanghaiDayRange('r.first_at', 'reached', from, to),
        ...attributionConditions('r', base),
      ]);
      rows = await manager
        .createQueryBuilder()
        .select('r.stage', 'stage')
        .addSelect('COUNT(*)::int', 'count')
        .from('lead_stage_reached', 'r')
        .where(where.sql, where.params)
        .groupBy('r.stage')
        .getRawMany();
    }
    const byStage = new Map(rows.map((r) => [r.stage, Number(r.count)]));
    const reached = PIPELINE_PATH.map((stage) => byStage.get(stage) ?? 0);
    return PIPELINE_PATH.map((stage, i) => ({
      stage,
      reached: countFigure(reached[i], 'LEADS', drillOf({ ...base, reached: { stage, from, to } })),
      conversionToNext: i + 1 < PIPELINE_PATH.length && reached[i] > 0 ? reached[i + 1] / reached[i] : null,
    }));
  }

  /**
   * Median days a lead spent in a stage, over the moves out of it in the period: from the move
   * before (into that stage) to that move. The count beside it is the leads with such a move.
   */
  private async durations(ctx: RequestContext, scope: DashboardScope): Promise<StageDuration[]> {
    const { from, to } = scope.period;
    const base: LeadFilter = scope.attribution();
    const moves = allOf(stageMoveConditions('lsc', { fromStages: [...DURATION_STAGES], from, to }, 'dwell'));
    const days =
      'EXTRACT(EPOCH FROM (lsc.at - (SELECT MAX(lsp.at) FROM lead_stage_changes lsp ' +
      'WHERE lsp.lead_id = lsc.lead_id AND lsp.at < lsc.at))) / 86400.0';
    const rows = await this.leads
      .query(ctx, base)
      .innerJoin('lead_stage_changes', 'lsc', `lsc.lead_id = l.id AND ${moves.sql}`, moves.params)
      .select('lsc.from_stage', 'stage')
      .addSelect('COUNT(DISTINCT l.id)::int', 'count')
      .addSelect(`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days})`, 'median')
      .groupBy('lsc.from_stage')
      .getRawMany<{ stage: string; count: number | string; median: number | string | null }>();
    const byStage = new Map(rows.map((r) => [r.stage, r]));
    return DURATION_STAGES.map((stage) => {
      const row = byStage.get(stage);
      const median = row?.median === null || row?.median === undefined ? null : Number(row.median);
      return {
        stage,
        medianDays: median === null ? null : Math.round(median * 10) / 10,
        leads: countFigure(
          Number(row?.count ?? 0),
          'LEADS',
          drillOf({ ...base, movedTo: { fromStages: [stage], from, to } }),
        ),
      };
    });
  }

  /** Leads moved to 流失 in the period, in total and per reason (as written), most first. */
  private async lost(
    ctx: RequestContext,
    scope: DashboardScope,
  ): Promise<Pick<DashboardPipeline, 'lost' | 'lostByReason'>> {
    const { from, to } = scope.period;
    const base: LeadFilter = scope.attribution();
    const lostMove: LeadStageMoveFilter = { stages: ['LOST'], from, to };
    const moves = allOf(stageMoveConditions('lsc', lostMove, 'lost'));
    const rows = await this.leads
      .query(ctx, base)
      .innerJoin('lead_stage_changes', 'lsc', `lsc.lead_id = l.id AND ${moves.sql}`, moves.params)
      .select('lsc.reason', 'reason')
      .addSelect('GROUPING(lsc.reason)', 'total')
      .addSelect('COUNT(DISTINCT l.id)::int', 'count')
      .groupBy('GROUPING SETS ((lsc.reason), ())')
      .getRawMany<{ reason: string | null; total: number | string; count: number | string }>();
    const total = rows.find((r) => Number(r.total) === 1);
    const lostByReason: LostReasonFigure[] = rows
      .filter((r) => Number(r.total) === 0 && r.reason !== null)
      .map((r) => ({
        reason: r.reason ?? '',
        leads: countFigure(Number(r.count), 'LEADS', drillOf({ ...base, movedTo: { ...lostMove, reason: r.reason } })),
      }))
      .sort((a, b) => b.leads.value - a.leads.value || a.reason.localeCompare(b.reason, 'zh-CN'));
    return {
      lost: countFigure(Number(total?.count ?? 0), 'LEADS', drillOf({ ...base, movedTo: lostMove })),
      lostByReason,
    };
  }
}
