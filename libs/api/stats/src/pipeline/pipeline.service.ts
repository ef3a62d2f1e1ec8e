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
  type LeadStage,
} from '@lianzhao/domain';
import type { DashboardScope } from '../dashboard-scope';
import { listDrill } from '../list-drill';
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
  return listDrill(filter);
}

/** A Shanghai calendar day `YYYY-MM-DD` moved by `days`. */
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A period of whole days split into the whole calendar months inside it (`months`, first days,
 * the end exclusive) and the days outside those at either end (`edges`, both ends inclusive).
 */
export function splitIntoMonths(
  from: string,
  to: string,
): { months: { from: string; toExclusive: string } | null; edges: { from: string; to: string }[] } {
  const monthFrom = from.endsWith('-01') ? from : `${addDays(`${from.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;
  const dayAfter = addDays(to, 1);
  const monthTo = dayAfter.endsWith('-01') ? dayAfter : `${to.slice(0, 7)}-01`;
  if (monthFrom >= monthTo) return { months: null, edges: [{ from, to }] };
  const edges: { from: string; to: string }[] = [];
  if (from < monthFrom) edges.push({ from, to: addDays(monthFrom, -1) });
  if (monthTo <= to) edges.push({ from: monthTo, to });
  return { months: { from: monthFrom, toExclusive: monthTo }, edges };
}

/**
 * The median of whole-day stays given as a histogram (days → moves): the middle value, or the mean
 * of the two middle values for an even number of moves (as percentile_cont(0.5)); null for none.
 */
export function medianOf(histogram: readonly { days: number; moves: number }[]): number | null {
  const sorted = [...histogram].filter((h) => h.moves > 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((n, h) => n + h.moves, 0);
  if (total === 0) return null;
  const at = (index: number): number => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.moves;
      if (index < seen) return h.days;
    }
    return sorted[sorted.length - 1].days;
  };
  const lower = at(Math.floor((total - 1) / 2));
  const upper = at(Math.floor(total / 2));
  return (lower + upper) / 2;
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
   * Median whole days a lead spent in a stage, over the moves out of it in the period (from the
   * lead's move before), and the leads with such a move, whose drill
   * (`movedTo: { fromStages: [stage], from, to }`) lists them. Read from facts the writing
   * transaction keeps (migration PipelineFacts): the monthly stay histogram (whole months of the
   * period) and the stay rows (its partial months at the ends) give the moves per whole day (the
   * median exact, see medianOf) and their number; a lead that left the
   * stage twice in the period is counted once by subtracting its repeats (moves whose previous move
   * out of the same stage also fell in the period), which a partial index keeps few to read. Under a
   * segment, town or channel the stay rows themselves are grouped, through their indexes.
   */
  private async durations(ctx: RequestContext, scope: DashboardScope): Promise<StageDuration[]> {
    const { from, to } = scope.period;
    const base: LeadFilter = scope.attribution();
    const manager = ctx.transaction ?? this.connection.dataSource.manager;
    const stages = { durationStages: [...DURATION_STAGES] };
    const rowsWhere = this.dwellWhere(base, from, to, stages);
    let histogram: { stage: string; days: number | null; moves: number | string }[];
    if (!base.townCode && !base.channels?.length && !base.segmentCode) {
      // Whole months from the monthly histogram, the partial months at the ends from the stay rows.
      const { months, edges } = splitIntoMonths(from, to);
      const parts: string[] = [];
      const params: Record<string, unknown> = { ...stages };
      const industry = base.industryCode ? ' AND industry_code = :industry' : '';
      if (base.industryCode) params['industry'] = base.industryCode;
      if (months) {
        parts.push(
          'SELECT h.from_stage, h.days, h.moves FROM lead_dwell_monthly h WHERE h.month >= CAST(:monthFrom AS date) ' +
            `AND h.month < CAST(:monthTo AS date) AND h.from_stage IN (:...durationStages)${industry.replace('industry_code', 'h.industry_code')}`,
        );
        Object.assign(params, { monthFrom: months.from, monthTo: months.toExclusive });
      }
      edges.forEach((edge, i) => {
        const range = allOf(shanghaiDayRange('d.left_at', `edge${i}`, edge.from, edge.to));
        parts.push(
          `SELECT d.from_stage, d.days, 1 AS moves FROM lead_stage_dwell d WHERE ${range.sql} ` +
            `AND d.from_stage IN (:...durationStages)${industry.replace('industry_code', 'd.industry_code')}`,
        );
        Object.assign(params, range.params);
      });
      histogram = await manager
        .createQueryBuilder()
        .select('x.from_stage', 'stage')
        .addSelect('x.days', 'days')
        .addSelect('SUM(x.moves)::int', 'moves')
        .from(`(${parts.join(' UNION ALL ')})`, 'x')
        .setParameters(params)
        .groupBy('x.from_stage')
        .addGroupBy('x.days')
        .getRawMany();
    } else {
      histogram = await manager
        .createQueryBuilder()
        .select('d.from_stage', 'stage')
        .addSelect('d.days', 'days')
        .addSelect('COUNT(*)::int', 'moves')
        .from('lead_stage_dwell', 'd')
        .where(rowsWhere.sql, rowsWhere.params)
        .groupBy('d.from_stage')
        .addGroupBy('d.days')
        .getRawMany();
    }
    // Moves whose previous move out of the same stage lies in the period too: the same lead again.
    const repeat = allOf([
      ...shanghaiDayRange('d.prev_exit_at', 'repeat', from, null),
      { sql: 'd.prev_exit_at IS NOT NULL' },
    ]);
    const repeats = await manager
      .createQueryBuilder()
      .select('d.from_stage', 'stage')
      .addSelect('COUNT(*)::int', 'moves')
      .from('lead_stage_dwell', 'd')
      .where(`${rowsWhere.sql} AND ${repeat.sql}`, { ...rowsWhere.params, ...repeat.params })
      .groupBy('d.from_stage')
      .getRawMany<{ stage: string; moves: number | string }>();
    const repeated = new Map(repeats.map((r) => [r.stage, Number(r.moves)]));
    return DURATION_STAGES.map((stage) => {
      const rows = histogram.filter((r) => r.stage === stage);
      const moves = rows.reduce((n, r) => n + Number(r.moves), 0);
      const median = medianOf(
        rows.filter((r) => r.days !== null).map((r) => ({ days: Number(r.days), moves: Number(r.moves) })),
      );
      return {
        stage,
        medianDays: median,
        leads: countFigure(
          moves - (repeated.get(stage) ?? 0),
          'LEADS',
          drillOf({ ...base, movedTo: { fromStages: [stage], from, to } }),
        ),
      };
    });
  }

  /** The stay rows of the period under the attribution (which they carry), of the duration stages. */
  private dwellWhere(
    base: LeadFilter,
    from: string,
    to: string,
    stages: { durationStages: LeadStage[] },
  ): { sql: string; params: Record<string, unknown> } {
    const where = allOf([
      { sql: 'd.from_stage IN (:...durationStages)', params: stages },
      ...shanghaiDayRange('d.left_at', 'left', from, to),
      ...attributionConditions('d', base),
    ]);
    return { sql: where.sql, params: where.params ?? {} };
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
        leads: countFigure(Number(r.count), 'LEADS', drillOf({ ...base, movedTo: { ...lostMove, reason: r.reason } })),
      }))
      .sort((a, b) => b.leads.value - a.leads.value || a.reason.localeCompare(b.reason, 'zh-CN'));
    return {
      lost: countFigure(Number(total?.count ?? 0), 'LEADS', drillOf({ ...base, movedTo: lostMove })),
      lostByReason,
    };
  }
}
