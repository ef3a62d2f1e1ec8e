import { Injectable } from '@nestjs/common';
import { RequestContext, shanghaiDayRange } from '@lianzhao/api-core';
import { attributionConditions } from '@lianzhao/api-attribution';
import { TransactionalConnection } from '@lianzhao/api-database';
import { allOf, type LeadFilter } from '@lianzhao/api-leads';
import { addDays, PIPELINE_PATH, type LeadStage } from '@lianzhao/domain';
import type { DashboardScope } from '../dashboard-scope';
import { listDrill } from '../list-drill';
import { countFigure } from '../figures.types';
import type { StageDuration } from './pipeline.types';

/** Stages a lead can be moved out of, in the order the page shows their durations (签约 is final). */
export const DURATION_STAGES: readonly LeadStage[] = [
  ...PIPELINE_PATH.filter((stage) => stage !== 'SIGNED'),
  'ON_HOLD',
  'LOST',
];

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

/** 阶段停留时长 of the 招商管道 page: how long leads stay in each stage before they move on. */
@Injectable()
export class StageDurations {
  constructor(private readonly connection: TransactionalConnection) {}

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
  async durations(ctx: RequestContext, scope: DashboardScope): Promise<StageDuration[]> {
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
          listDrill({ ...base, movedTo: { fromStages: [stage], from, to } }),
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
}
