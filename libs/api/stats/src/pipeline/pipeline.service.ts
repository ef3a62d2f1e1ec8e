import { Injectable } from '@nestjs/common';
import { Clock, ListQuery, RequestContext, shanghaiDayRange } from '@lianzhao/api-core';
import { attributionConditions } from '@lianzhao/api-attribution';
import { TransactionalConnection } from '@lianzhao/api-database';
import {
  allOf,
  createdByDayEndSql,
  LEAD_LIST,
  movedAfterDaySql,
  stageAtSql,
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
  subtractDecimals,
} from '@lianzhao/domain';
import type { DashboardScope } from '../dashboard-scope';
import { listDrill } from '../list-drill';
import { amountFigure, countFigure, type DrillFilter } from '../figures.types';
import type { DashboardPipeline, FunnelStep, LostReasonFigure } from './pipeline.types';
import { StageDurations } from './stage-durations';

/** A LeadFilter as a drill: it holds only JSON values (text, lists of text, the movedTo and reached objects of those). */
function drillOf(filter: LeadFilter): DrillFilter {
  return listDrill(filter);
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
    private readonly stageDurations: StageDurations,
    clock: Clock,
  ) {
    this.leads = new ListQuery(LEAD_LIST, connection, clock);
  }

  async pipeline(ctx: RequestContext, scope: DashboardScope): Promise<DashboardPipeline> {
    // Sequential on purpose: the embedded database has one connection, and four short statements
    // in a row cost little more than in parallel on a 2-core machine.
    const open = await this.open(ctx, scope);
    const funnel = await this.funnel(ctx, scope);
    const stageDurations = await this.stageDurations.durations(ctx, scope);
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
      rows = await this.openAsOf(ctx, base, asOf);
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
   * Leads per stage at the end of the as-of day, under the drill's filter (`asOf` + attribution),
   * without reading the history of every lead: a lead with no move after that day stood where it
   * stands now (it also existed then: its creation is a move), so the figure is
   *   today's count per stage (the maintained totals where they answer)
   *   − the leads moved since, by today's stage
   *   + those of them that existed then, by their stage then (stageAtSql, the drill's own test).
   * The last two read only the leads moved since the day (lead_stage_changes_at_idx).
   */
  private async openAsOf(
    ctx: RequestContext,
    base: LeadFilter,
    asOf: string,
  ): Promise<{ group: string | null; count: number; sum: string }[]> {
    const { stages: _open, asOf: _day, ...attribution } = base;
    const now = await this.leads.grouped(ctx, attribution, 'stage', ['planned_investment']);
    const movedSince = () =>
      this.leads.query(ctx, attribution).andWhere(movedAfterDaySql('l', 'asOf'), { asOf });
    type Raw = { group: string | null; count: number | string; sum: string };
    const moved = await movedSince()
      .select('l.stage', 'group')
      .addSelect('COUNT(*)::int', 'count')
      .addSelect(SUMS, 'sum')
      .groupBy('l.stage')
      .getRawMany<Raw>();
    const stageAt = stageAtSql('l', 'asOf');
    const then = await movedSince()
      .andWhere(createdByDayEndSql('l', 'asOf'))
      .select(stageAt, 'group')
      .addSelect('COUNT(*)::int', 'count')
      .addSelect(SUMS, 'sum')
      .groupBy(stageAt)
      .getRawMany<Raw>();
    const totals = new Map<string, { count: number; sum: string }>();
    const add = (group: string | null, count: number, sum: string, sign: 1 | -1) => {
      if (group === null) return;
      const t = totals.get(group) ?? { count: 0, sum: '0' };
      totals.set(group, {
        count: t.count + sign * count,
        sum: sign === 1 ? addDecimals(t.sum, sum) : subtractDecimals(t.sum, sum),
      });
    };
    for (const g of now) add(g.group, g.count, g.sums.planned_investment, 1);
    for (const r of moved) add(r.group, Number(r.count), r.sum, -1);
    for (const r of then) add(r.group, Number(r.count), r.sum, 1);
    return [...totals.entries()].map(([group, t]) => ({ group, ...t }));
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
   * Leads moved to 流失 in the period, in total and per reason (as written), most first: one grouped
   * statement over the moves to 流失 the writing transaction keeps with the lead's attribution
   * (lead_stage_dwell, its partial index on them): a copy of each move, so the drill
   * (`movedTo: { stages: [流失], from, to, reason }`, an EXISTS on the moves) lists the same leads;
   * the attribution is tested through its own conditions on the copied columns.
   */
  private async lost(
    ctx: RequestContext,
    scope: DashboardScope,
  ): Promise<Pick<DashboardPipeline, 'lost' | 'lostByReason'>> {
    const { from, to } = scope.period;
    const base: LeadFilter = scope.attribution();
    const lostMove: LeadStageMoveFilter = { stages: ['LOST'], from, to };
    // The stay rows name the move's time left_at; the move conditions test `at`.
    const moves = allOf([
      { sql: "d.to_stage = 'LOST'" },
      ...shanghaiDayRange('d.left_at', 'lost', from, to),
      ...attributionConditions('d', base),
    ]);
    const manager = ctx.transaction ?? this.connection.dataSource.manager;
    const rows = await manager
      .createQueryBuilder()
      .select('d.reason', 'reason')
      .addSelect('GROUPING(d.reason)', 'total')
      .addSelect('COUNT(DISTINCT d.lead_id)::int', 'count')
      .from('lead_stage_dwell', 'd')
      .where(moves.sql, moves.params)
      .groupBy('GROUPING SETS ((d.reason), ())')
      .getRawMany<{ reason: string | null; total: number | string; count: number | string }>();
    const total = rows.find((r) => Number(r.total) === 1);
    const lostByReason: LostReasonFigure[] = rows
      .filter((r) => Number(r.total) === 0 && r.reason !== null)
      .map((r) => ({
        reason: r.reason ?? '',
        leads: countFigure(
          Number(r.count),
          'LEADS',
          drillOf({ ...base, movedTo: { ...lostMove, reason: r.reason } }),
        ),
      }))
      .sort((a, b) => b.leads.value - a.leads.value || a.reason.localeCompare(b.reason, 'zh-CN'));
    return {
      lost: countFigure(Number(total?.count ?? 0), 'LEADS', drillOf({ ...base, movedTo: lostMove })),
      lostByReason,
    };
  }
}
