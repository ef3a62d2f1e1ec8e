import { Injectable } from '@nestjs/common';
import { DUE_WITHIN_DAYS, MILESTONE_CODES, type MilestoneCode } from '@lianzhao/domain';
import { Clock, ListQuery, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type { SelectQueryBuilder } from 'typeorm';
import {
  asOfHealthBasis,
  daysLateSqlOn,
  doneDaysLateSql,
  earliestOpenPlansAsOfSql,
  healthConditionsOn,
  LIVE_HEALTH_BASIS,
  type HealthBasis,
  milestoneDoneCondition,
  milestoneNames,
  PROJECT_LIST,
  ProjectMilestone,
  type Project,
  type ProjectFilter,
  type ProjectOrderField,
} from '@lianzhao/api-projects';
import type { DashboardScope } from '../dashboard-scope';
import { listDrill } from '../list-drill';
import { countFigure, drill } from '../figures.types';
import type {
  DashboardMilestones,
  DelayedProjectFigure,
  MilestoneOnTimeFigure,
} from './milestone-figures.types';

/** How many of the most delayed projects the cockpit lists. */
export const MOST_DELAYED = 10;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * 节点进度: on-time completion per milestone over the period, and the health of projects at the
 * end of the as-of day. Every figure runs the project list's own conditions (projectConditions,
 * through the list kit) for the filter it returns as its drill; health is the projects context's
 * rule over a basis (live columns today, the milestones and plan history for a past day).
 * Three statements whatever the data size.
 */
@Injectable()
export class MilestoneFiguresService {
  private readonly projects: ListQuery<Project, ProjectFilter, ProjectOrderField>;

  constructor(
    private readonly connection: TransactionalConnection,
    clock: Clock,
  ) {
    this.projects = new ListQuery(PROJECT_LIST, connection, clock);
  }

  /** The project filter every milestone figure starts from: the attribution cut, and the as-of day when historical. */
  baseFilter(scope: DashboardScope): ProjectFilter {
    return { ...scope.attribution(), ...(scope.period.historical ? { asOf: scope.period.asOf } : {}) };
  }

  async figures(ctx: RequestContext, scope: DashboardScope): Promise<DashboardMilestones> {
    const base = this.baseFilter(scope);
    const [onTime, health, mostDelayed] = await Promise.all([
      this.onTime(ctx, scope, base),
      this.health(ctx, base),
      this.mostDelayed(ctx, base),
    ]);
    return { onTime, ...health, mostDelayed };
  }

  /** Per milestone code: done in the period, on time, late; grouped by the code the drill's milestoneDone.code tests. */
  private async onTime(
    ctx: RequestContext,
    scope: DashboardScope,
    base: ProjectFilter,
  ): Promise<MilestoneOnTimeFigure[]> {
    const { from, to } = scope.period;
    const done = milestoneDoneCondition('dm', { from, to }, base.asOf ?? null);
    const rows = await this.projects
      .query(ctx, base)
      .innerJoin(ProjectMilestone, 'dm', `dm.project_id = p.id AND ${done.sql}`, done.params)
      .select('dm.code', 'code')
      .addSelect('COUNT(*)', 'done')
      .addSelect(`COUNT(*) FILTER (WHERE dm.actual_date <= ${done.planned})`, 'on_time')
      .addSelect(`AVG(${doneDaysLateSql('dm', done.planned)})`, 'days_late')
      .groupBy('dm.code')
      .getRawMany<{ code: MilestoneCode; done: string; on_time: string; days_late: string | null }>();
    const byCode = new Map(rows.map((row) => [row.code, row]));
    const names = await milestoneNames(this.connection, ctx);
    return MILESTONE_CODES.map((code) => {
      const row = byCode.get(code);
      const doneCount = Number(row?.done ?? 0);
      const onTimeCount = Number(row?.on_time ?? 0);
      const filter = (onTime: boolean | undefined) => ({
        ...base,
        milestoneDone: { code, from, to, ...(onTime === undefined ? {} : { onTime }) },
      });
      return {
        code,
        name: names(code).zh,
        done: countFigure(doneCount, 'PROJECTS', listDrill(filter(undefined))),
        onTime: countFigure(onTimeCount, 'PROJECTS', listDrill(filter(true))),
        late: countFigure(doneCount - onTimeCount, 'PROJECTS', listDrill(filter(false))),
        onTimeRate: doneCount ? round(onTimeCount / doneCount, 4) : null,
        averageDaysLate: row?.days_late == null ? null : round(Number(row.days_late), 1),
      };
    });
  }

  /**
   * The project list under the base filter, with the health basis its figures read: the live
   * fact column, or for a past day the earliest open plans rebuilt then (joined as `e`, one
   * grouped pass over the milestones).
   */
  private withBasis(
    ctx: RequestContext,
    base: ProjectFilter,
  ): { query: SelectQueryBuilder<Project>; basis: HealthBasis } {
    const query = this.projects.query(ctx, base);
    if (!base.asOf) return { query, basis: LIVE_HEALTH_BASIS };
    query.leftJoin(`(${earliestOpenPlansAsOfSql('asOf')})`, 'e', 'e.project_id = p.id');
    return { query, basis: asOfHealthBasis('asOf', 'e') };
  }

  /** 红牌 and 黄牌 at the as-of day, and the red cards' average days late, in one statement. */
  private async health(
    ctx: RequestContext,
    base: ProjectFilter,
  ): Promise<Pick<DashboardMilestones, 'overdue' | 'atRisk' | 'averageDaysLate'>> {
    const { query, basis } = this.withBasis(ctx, base);
    const on = healthConditionsOn(basis);
    const row = await query
      // Red or yellow: an open plan no later than 30 days ahead (a range the live column's index serves).
      .andWhere(`${basis.earliestOpenPlan} <= ${basis.day} + ${DUE_WITHIN_DAYS}`)
      .select(`COUNT(*) FILTER (WHERE ${on.OVERDUE})`, 'overdue')
      .addSelect(`COUNT(*) FILTER (WHERE ${on.AT_RISK})`, 'at_risk')
      .addSelect(`AVG(${daysLateSqlOn(basis)}) FILTER (WHERE ${on.OVERDUE})`, 'days_late')
      .getRawOne<{ overdue: string; at_risk: string; days_late: string | null }>();
    return {
      overdue: countFigure(
        Number(row?.overdue ?? 0),
        'PROJECTS',
        listDrill({ ...base, healths: ['OVERDUE'] }),
      ),
      atRisk: countFigure(
        Number(row?.at_risk ?? 0),
        'PROJECTS',
        listDrill({ ...base, healths: ['AT_RISK'] }),
      ),
      averageDaysLate: row?.days_late == null ? null : round(Number(row.days_late), 1),
    };
  }

  /** The red-card projects with the most days late (then by id, so ties list the same way every time). */
  private async mostDelayed(ctx: RequestContext, base: ProjectFilter): Promise<DelayedProjectFigure[]> {
    const { query, basis } = this.withBasis(ctx, base);
    const rows = await query
      .andWhere(healthConditionsOn(basis).OVERDUE)
      .select('p.id', 'id')
      .addSelect('p.name', 'name')
      .addSelect(daysLateSqlOn(basis), 'days_late')
      .addSelect(`CAST(${basis.earliestOpenPlan} AS text)`, 'planned_date')
      .orderBy('days_late', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .limit(MOST_DELAYED)
      .getRawMany<{ id: string; name: string; days_late: number | string; planned_date: string }>();
    return rows.map((row) => ({
      projectId: row.id,
      name: row.name,
      daysLate: Number(row.days_late),
      plannedDate: row.planned_date,
      drill: drill('PROJECTS', { ids: [row.id] }),
    }));
  }
}
