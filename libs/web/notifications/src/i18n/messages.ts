import { registerMessages, type FeatureDictionary } from '@lianzhao/web-ui';

/** Words of 通知中心 (libs/web/notifications): the header's bell and its drawer. */
export const notificationsZh = {
  'notifications.title': '通知',
  'notifications.open': '通知（{count} 条未读）',
  'notifications.all': '全部',
  'notifications.unread': '未读',
  'notifications.markAllRead': '全部标为已读',
  'notifications.empty': '暂无通知',
  'notifications.emptyUnread': '没有未读通知',
};

export const notificationsEn: Record<keyof typeof notificationsZh, string> = {
  'notifications.title': 'Notifications',
  'notifications.open': 'Notifications ({count} unread)',
  'notifications.all': 'All',
  'notifications.unread': 'Unread',
  'notifications.markAllRead': 'Mark all read',
  'notifications.empty': 'No notifications',
  'notifications.emptyUnread': 'No unread notifications',
};

export const notificationsMessages: FeatureDictionary = { 'zh-CN': notificationsZh, en: notificationsEn };
registerMessages('notifications', notificationsMessages);

declare module '@lianzhao/web-ui' {
  interface FeatureMessages {
    notifications: typeof notificationsZh;
  }
}
