import { Injectable } from '@nestjs/common';
import { MILESTONE_CODES, MILESTONE_LABELS, type MilestoneCode } from '@lianzhao/domain';
import { Clock, ListQuery, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import {
  asOfHealthBasis,
  daysLateSqlOn,
  doneDaysLateSql,
  healthCondition,
  LIVE_HEALTH_BASIS,
  milestoneDoneCondition,
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

  constructor(connection: TransactionalConnection, clock: Clock) {
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
        name: MILESTONE_LABELS[code].zh,
        done: countFigure(doneCount, 'PROJECTS', listDrill(filter(undefined))),
        onTime: countFigure(onTimeCount, 'PROJECTS', listDrill(filter(true))),
        late: countFigure(doneCount - onTimeCount, 'PROJECTS', listDrill(filter(false))),
        onTimeRate: doneCount ? round(onTimeCount / doneCount, 4) : null,
        averageDaysLate: row?.days_late == null ? null : round(Number(row.days_late), 1),
      };
    });
  }

  private basis(base: ProjectFilter) {
    return base.asOf ? asOfHealthBasis('asOf') : LIVE_HEALTH_BASIS;
  }

  /** 红牌 and 黄牌 at the as-of day, and the red cards' average days late, in one statement. */
  private async health(
    ctx: RequestContext,
    base: ProjectFilter,
  ): Promise<Pick<DashboardMilestones, 'overdue' | 'atRisk' | 'averageDaysLate'>> {
    const basis = this.basis(base);
    const [overdue] = healthCondition(['OVERDUE'], basis);
    const [atRisk] = healthCondition(['AT_RISK'], basis);
    const row = await this.projects
      .query(ctx, base)
      .select(`COUNT(*) FILTER (WHERE ${overdue.sql})`, 'overdue')
      .addSelect(`COUNT(*) FILTER (WHERE ${atRisk.sql})`, 'at_risk')
      .addSelect(`AVG(${daysLateSqlOn(basis)}) FILTER (WHERE ${overdue.sql})`, 'days_late')
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
    const basis = this.basis(base);
    const rows = await this.projects
      .query(ctx, { ...base, healths: ['OVERDUE'] })
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
