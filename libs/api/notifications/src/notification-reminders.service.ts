import { Injectable } from '@nestjs/common';
import { MILESTONE_NOTICE_DAYS, PROTECTION_NOTICE_DAYS } from '@lianzhao/domain';
import { Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { expiringSoonSql } from '@lianzhao/api-referrals';
import { Notification } from './notification.entity';

/** A milestone's Chinese name in SQL: as its project type's template names it (admins rename them). */
const MILESTONE_NAME_SQL =
  'COALESCE((SELECT mt.name FROM milestone_templates mt WHERE mt.project_type = p.type AND mt.code = m.code), m.code)';

/** A milestone reminder's params: the project, which milestone (its code) and its planned date. */
const PROJECT_PARAMS_SQL = `jsonb_build_object('name', p.name, 'milestone', m.code, 'date', to_char(m.planned_date, 'YYYY-MM-DD'))`;

/**
 * The time-based reminders, each an INSERT … SELECT of what is due today. Each row carries a
 * reminder key (kind, record, the date it is about), unique per recipient, so running the job
 * again the same day, or the next day, writes nothing twice: a user hears once about a
 * protection ending or a milestone falling due, and again only when that date is moved.
 */
const REMINDERS: readonly { kind: string; sql: string }[] = [
  {
    // The referral's partner: every active user of its organisation.
    kind: 'REFERRAL_EXPIRING',
    sql: `
      SELECT u.id, 'REFERRAL_EXPIRING',
             '报备“' || r.company_name || '”的保护期将于 ' || to_char(r.protected_until, 'YYYY-MM-DD') || ' 到期',
             'REFERRAL', r.id, 'REFERRAL_EXPIRING:' || r.id || ':' || r.protected_until,
             jsonb_build_object('name', r.company_name, 'date', to_char(r.protected_until, 'YYYY-MM-DD'))
        FROM referrals r
        LEFT JOIN leads rl ON rl.id = r.lead_id
        JOIN users u ON u.organization_id = r.organization_id AND u.active
       WHERE ${expiringSoonSql('protectionDays')}`,
  },
  {
    // The project's owner, for a milestone not done whose planned date is within the notice days.
    kind: 'MILESTONE_DUE',
    sql: `
      SELECT p.owner_id, 'MILESTONE_DUE',
             '项目“' || p.name || '”的' || ${MILESTONE_NAME_SQL} || '计划于 ' || to_char(m.planned_date, 'YYYY-MM-DD') || ' 完成',
             'PROJECT', p.id, 'MILESTONE_DUE:' || m.id || ':' || m.planned_date, ${PROJECT_PARAMS_SQL}
        FROM project_milestones m
        JOIN projects p ON p.id = m.project_id
       WHERE m.actual_date IS NULL
         AND m.planned_date BETWEEN CAST(:today AS date) AND CAST(:today AS date) + CAST(:milestoneDays AS int)`,
  },
  {
    // Overdue: planned date passed without an actual date (libs/domain milestoneStatus).
    kind: 'MILESTONE_OVERDUE',
    sql: `
      SELECT p.owner_id, 'MILESTONE_OVERDUE',
             '项目“' || p.name || '”的' || ${MILESTONE_NAME_SQL} || '已逾期（计划 ' || to_char(m.planned_date, 'YYYY-MM-DD') || '）',
             'PROJECT', p.id, 'MILESTONE_OVERDUE:' || m.id || ':' || m.planned_date, ${PROJECT_PARAMS_SQL}
        FROM project_milestones m
        JOIN projects p ON p.id = m.project_id
       WHERE m.actual_date IS NULL AND m.planned_date < CAST(:today AS date)`,
  },
];

@Injectable()
export class NotificationRemindersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  /** Writes today's reminders not written before; returns how many were new, by kind. */
  async run(ctx: RequestContext): Promise<Record<string, number>> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const out: Record<string, number> = {};
      const manager = this.connection.getRepository(tx, Notification).manager;
      for (const reminder of REMINDERS) {
        const [sql, params] = manager.connection.driver.escapeQueryWithParameters(
          `INSERT INTO notifications (recipient_id, kind, title, record_kind, record_id, reminder_key, params)
           ${reminder.sql}
           ON CONFLICT (recipient_id, reminder_key) WHERE reminder_key IS NOT NULL DO NOTHING
           RETURNING id`,
          {
            today: this.clock.today(),
            protectionDays: PROTECTION_NOTICE_DAYS,
            milestoneDays: MILESTONE_NOTICE_DAYS,
          },
        );
        const rows = (await manager.query(sql, params)) as unknown[];
        out[reminder.kind] = rows.length;
      }
      return out;
    });
  }
}
