import { Injectable } from '@nestjs/common';
import { Clock, ListQuery, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import {
  allOf,
  createdByDayEndSql,
  LEAD_LIST,
  movedAfterDaySql,
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
  subtractDecimals,
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

/** The position (1-based) of a forward stage on the pipeline path, as SQL over a stage column. */
function pathPositionSql(column: string): string {
  const whens = PIPELINE_PATH.map((stage, i) => `WHEN '${stage}' THEN ${i + 1}`).join(' ');
  return `(CASE ${column} ${whens} END)`;
}

/** A LeadFilter as a drill: it holds only JSON values (text, lists of text, the movedTo object of those). */
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

  constructor(connection: TransactionalConnection, clock: Clock) {
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
      this.leads
        .query(ctx, attribution)
        .andWhere(movedAfterDaySql('l', 'asOf'), { asOf });
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
   * Leads that reached each forward stage in the period: a move to it or a later forward stage.
   * One statement groups the leads by the furthest forward stage they moved to in the period; the
   * figure of a stage is the leads whose furthest is it or later, which is exactly what its drill
   * (`movedTo: { stages: that stage and the later ones }`) lists.
   */
  private async funnel(ctx: RequestContext, scope: DashboardScope): Promise<FunnelStep[]> {
    const { from, to } = scope.period;
    const base: LeadFilter = scope.attribution();
    const anyForward: LeadStageMoveFilter = { stages: [...PIPELINE_PATH], from, to };
    const moves = allOf(stageMoveConditions('lsc', anyForward, 'funnel'));
    const rows = await this.leads
      .query(ctx, base)
      .select('r.reached', 'reached')
      .addSelect('COUNT(*)::int', 'count')
      .innerJoin(
        (sub) =>
          sub
            .select('lsc.lead_id', 'lead_id')
            .addSelect(`MAX(${pathPositionSql('lsc.to_stage')})`, 'reached')
            .from('lead_stage_changes', 'lsc')
            .where(moves.sql)
            .groupBy('lsc.lead_id'),
        'r',
        'r.lead_id = l.id',
      )
      .setParameters(moves.params ?? {})
      .groupBy('r.reached')
      .getRawMany<{ reached: number | string; count: number | string }>();
    const furthest = new Map(rows.map((r) => [Number(r.reached), Number(r.count)]));
    const reached = PIPELINE_PATH.map((_, i) => {
      let n = 0;
      for (let k = i + 1; k <= PIPELINE_PATH.length; k++) n += furthest.get(k) ?? 0;
      return n;
    });
    return PIPELINE_PATH.map((stage, i) => ({
      stage,
      reached: countFigure(
        reached[i],
        'LEADS',
        drillOf({ ...base, movedTo: { stages: PIPELINE_PATH.slice(i), from, to } }),
      ),
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
