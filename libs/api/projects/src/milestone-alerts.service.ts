import { Injectable } from '@nestjs/common';
import { daysBetween, type MilestoneStatus } from '@lianzhao/domain';
import { Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Project } from './project.entity';
import { ProjectMilestone, withReadFacts } from './project-milestone.entity';
import { milestoneNames } from './milestone-names';
import { milestoneDueSql, milestoneOverdueSql } from './project-rules.sql';

/** An open milestone that is overdue or due within 30 days (逾期提醒). */
export interface MilestoneAlertRow {
  projectId: string;
  milestone: ProjectMilestone;
  status: MilestoneStatus;
  /** Days past the planned date (overdue), else 0. */
  daysLate: number;
  /** Days until the planned date (due), else 0. */
  daysLeft: number;
}

export interface MilestoneAlertList {
  totalCount: number;
  overdueCount: number;
  dueCount: number;
  items: MilestoneAlertRow[];
}

/** 逾期提醒 on the workbench: the open milestones that need an officer now. */
@Injectable()
export class MilestoneAlertsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  /**
   * 逾期提醒: open milestones overdue or due within 30 days, most urgent first; an officer sees the
   * projects they own, leaders and admins all.
   */
  async list(ctx: RequestContext, first: number): Promise<MilestoneAlertList> {
    const today = this.clock.today();
    const q = this.connection
      .getRepository(ctx, ProjectMilestone)
      .createQueryBuilder('m')
      .innerJoin(Project, 'p', 'p.id = m.project_id')
      .where(`(${milestoneOverdueSql('m')} OR ${milestoneDueSql('m')})`, { today });
    if (ctx.user?.role === 'OFFICER') q.andWhere('p.owner_id = :me', { me: ctx.user.id });
    const counts = await q
      .clone()
      .select(`COUNT(*) FILTER (WHERE ${milestoneOverdueSql('m')})::int`, 'overdue')
      .addSelect('COUNT(*)::int', 'total')
      .getRawOne<{ overdue: number; total: number }>();
    const rows = await q.orderBy('m.planned_date', 'ASC').addOrderBy('m.id', 'ASC').limit(first).getMany();
    const total = Number(counts?.total ?? 0);
    const overdue = Number(counts?.overdue ?? 0);
    const names = await milestoneNames(this.connection, ctx);
    return {
      totalCount: total,
      overdueCount: overdue,
      dueCount: total - overdue,
      items: rows.map((row) => {
        const milestone = withReadFacts(row, today, names(row.code).zh);
        const status = milestone.status;
        return {
          projectId: milestone.projectId,
          milestone,
          status,
          daysLate: milestone.daysLate,
          daysLeft:
            status === 'DUE' && milestone.plannedDate
              ? Math.max(0, daysBetween(today, milestone.plannedDate))
              : 0,
        };
      }),
    };
  }
}
