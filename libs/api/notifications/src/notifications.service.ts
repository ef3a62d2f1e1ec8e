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
 * Who is told, as a condition on `users u`: active users only. Recipients are chosen in the same
 * INSERT that writes the rows, so a message to every officer costs one statement.
 */
type Recipients =
  | { kind: 'user'; id: string }
  | { kind: 'role'; role: 'OFFICER' }
  | { kind: 'organization'; id: string };

function recipientSql(to: Recipients): { sql: string; value: string } {
  switch (to.kind) {
    case 'user':
      return { sql: 'u.id = $5', value: to.id };
    case 'role':
      return { sql: 'u.role = $5', value: to.role };
    case 'organization':
      return { sql: 'u.organization_id = $5', value: to.id };
  }
}

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

  /** Writes the message to each active user the recipients name, inside the caller's transaction. */
  async send(tx: RequestContext, to: Recipients, message: NotificationMessage): Promise<void> {
    const who = recipientSql(to);
    await this.connection.getRepository(tx, Notification).query(
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

  page(ctx: RequestContext, args: NotificationListArgs): Promise<ListPage<Notification, NotificationFilter>> {
    return this.list.page(ctx, args);
  }

  /** The bell's figure: served by the partial index on the caller's unread rows. */
  unreadCount(ctx: RequestContext): Promise<number> {
    return this.list.count(ctx, { unreadOnly: true });
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
