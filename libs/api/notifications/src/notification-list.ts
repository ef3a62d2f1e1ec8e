import { defineList, newestFirst, type RequestContext, type SqlCondition } from '@lianzhao/api-core';
import { Notification } from './notification.entity';
import type { NotificationFilter } from './dto/notification.inputs';

/** Everyone reads only their own notifications; a caller without a user reads none. */
function ownOnly(ctx: RequestContext): SqlCondition[] {
  if (!ctx.user) return [{ sql: 'FALSE' }];
  return [{ sql: 'n.recipient_id = :recipientId', params: { recipientId: ctx.user.id } }];
}

/** 通知中心: the caller's notifications, newest first. */
export const NOTIFICATION_LIST = defineList<Notification, NotificationFilter, 'CREATED_AT'>({
  entity: Notification,
  alias: 'n',
  scope: ownOnly,
  filter: (filter) => (filter.unreadOnly ? [{ sql: 'n.read_at IS NULL' }] : []),
  ...newestFirst('n'),
});
