import { Injectable } from '@nestjs/common';
import { type NotificationKind, type RecordKind } from '@lianzhao/domain';
import { Clock, ListQuery, notFound, RequestContext, type ListPage } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Notification } from './notification.entity';
import { NOTIFICATION_LIST } from './notification-list';
import type { NotificationParams } from './notification-params';
import type { NotificationFilter, NotificationListArgs } from './dto/notification.inputs';

/** What a notification says and which record it opens. */
export interface NotificationMessage {
  kind: NotificationKind;
  /** The zh-CN wording (API clients, fallback); screens word it from kind and params. */
  title: string;
  params: NotificationParams;
  recordKind: RecordKind;
  recordId: string;
}

/** The column holds 300 characters; a long reason or name is cut with an ellipsis. */
export function fitTitle(title: string): string {
  const chars = [...title];
  return chars.length <= 300 ? title : `${chars.slice(0, 299).join('')}…`;
}

/**
 * Who is told. A user or an organisation's users are written a row each, in the same INSERT
 * that chooses them (active users only); a role is written one row, copied to each of its users
 * when they next read their notifications (deliver).
 */
type Recipients =
  { kind: 'user'; id: string } | { kind: 'role'; role: 'OFFICER' } | { kind: 'organization'; id: string };

function recipientSql(to: Exclude<Recipients, { kind: 'role' }>): { sql: string; value: string } {
  switch (to.kind) {
    case 'user':
      return { sql: 'u.id = $5', value: to.id };
    case 'organization':
      return { sql: 'u.organization_id = $5', value: to.id };
  }
}

/**
 * How far back each copying looks again: a role message is stamped when its transaction writes
 * it and may commit a little later, after a reader's copying has moved on. Requests end within
 * two minutes (the server's timeout); the unique copy index makes the second look harmless.
 */
const REDELIVERY_MARGIN = "interval '5 minutes'";

/** The notification centre: writing messages to users, and each user's own reading of theirs. */
@Injectable()
export class NotificationsService {
  private readonly list: ListQuery<Notification, NotificationFilter, 'CREATED_AT'>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {
    this.list = new ListQuery(NOTIFICATION_LIST, connection, clock);
  }

  /** Writes the message for the recipients, inside the caller's transaction. */
  async send(tx: RequestContext, to: Recipients, message: NotificationMessage): Promise<void> {
    const repo = this.connection.getRepository(tx, Notification);
    if (to.kind === 'role') {
      await repo.query(
        `INSERT INTO notifications (recipient_role, kind, title, record_kind, record_id, params)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          to.role,
          message.kind,
          fitTitle(message.title),
          message.recordKind,
          message.recordId,
          JSON.stringify(message.params),
        ],
      );
      return;
    }
    const who = recipientSql(to);
    await repo.query(
      `INSERT INTO notifications (recipient_id, kind, title, record_kind, record_id, params)
       SELECT u.id, $1, $2, $3, $4, $6 FROM users u WHERE u.active AND ${who.sql}`,
      [
        message.kind,
        fitTitle(message.title),
        message.recordKind,
        message.recordId,
        who.value,
        JSON.stringify(message.params),
      ],
    );
  }

  async page(
    ctx: RequestContext,
    args: NotificationListArgs,
  ): Promise<ListPage<Notification, NotificationFilter>> {
    await this.deliver(ctx);
    return this.list.page(ctx, args);
  }

  /** The bell's figure: served by the partial index on the caller's unread rows. */
  async unreadCount(ctx: RequestContext): Promise<number> {
    await this.deliver(ctx);
    return this.list.count(ctx, { unreadOnly: true });
  }

  /**
   * Copies to the caller the messages to their role they have not received: those since their
   * last copying (less the margin), and never one older than their account. Two statements, each a
   * probe of an index when nothing is new; the watermark is written at most once a minute, not on
   * every poll of the bell.
   */
  private async deliver(ctx: RequestContext): Promise<void> {
    const user = ctx.user;
    if (!user) return;
    const repo = this.connection.getRepository(ctx, Notification);
    await repo.query(
      `INSERT INTO notifications (recipient_id, source_id, kind, title, record_kind, record_id, params, created_at)
       SELECT $1, n.id, n.kind, n.title, n.record_kind, n.record_id, n.params, n.created_at
         FROM notifications n
        WHERE n.recipient_role = $2
          AND n.created_at >= (SELECT u.created_at FROM users u WHERE u.id = $1)
          AND n.created_at > COALESCE(
                (SELECT d.delivered_until - ${REDELIVERY_MARGIN} FROM notification_deliveries d WHERE d.user_id = $1),
                '-infinity')
       ON CONFLICT (recipient_id, source_id) WHERE source_id IS NOT NULL DO NOTHING`,
      [user.id, user.role],
    );
    await repo.query(
      `INSERT INTO notification_deliveries (user_id, delivered_until) VALUES ($1, now())
       ON CONFLICT (user_id) DO UPDATE SET delivered_until = EXCLUDED.delivered_until
        WHERE notification_deliveries.delivered_until < EXCLUDED.delivered_until - interval '1 minute'`,
      [user.id],
    );
  }

  /** Marks one of the caller's notifications read (again: a no-op); another user's does not exist. */
  async markRead(ctx: RequestContext, id: string): Promise<Notification> {
    const me = ctx.user?.id;
    if (!me) throw notFound('通知');
    const repo = this.connection.getRepository(ctx, Notification);
    await repo
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND recipient_id = :me', { id, me })
      .execute();
    const row = await repo.findOneBy({ id, recipientId: me });
    if (!row) throw notFound('通知');
    return row;
  }

  /** Marks every unread notification of the caller read; returns how many were unread. */
  async markAllRead(ctx: RequestContext): Promise<number> {
    await this.deliver(ctx);
    const result = await this.connection
      .getRepository(ctx, Notification)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :me AND read_at IS NULL', { me: ctx.user?.id })
      .execute();
    return result.affected ?? 0;
  }

  /** Today's Shanghai date, for the reminders. */
  today(): string {
    return this.clock.today();
  }
}
