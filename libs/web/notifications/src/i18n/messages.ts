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
  // A notification's sentence by its kind, filled from its params (the API's zh-CN title reads the same).
  'notifications.text.REFERRAL_FILED': '新报备：{name}',
  'notifications.text.REFERRAL_ACCEPTED': '您的报备“{name}”已受理，项目进入招商管道',
  'notifications.text.REFERRAL_REJECTED': '您的报备“{name}”未予受理：{reason}',
  'notifications.text.REFERRAL_EXPIRING': '报备“{name}”的保护期将于 {date} 到期',
  'notifications.text.MILESTONE_DUE': '项目“{name}”的{milestone}计划于 {date} 完成',
  'notifications.text.MILESTONE_OVERDUE': '项目“{name}”的{milestone}已逾期（计划 {date}）',
  'notifications.text.LEAD_ASSIGNED': '线索“{name}”已分配给您',
};

export const notificationsEn: Record<keyof typeof notificationsZh, string> = {
  'notifications.title': 'Notifications',
  'notifications.open': 'Notifications ({count} unread)',
  'notifications.all': 'All',
  'notifications.unread': 'Unread',
  'notifications.markAllRead': 'Mark all read',
  'notifications.empty': 'No notifications',
  'notifications.emptyUnread': 'No unread notifications',
  'notifications.text.REFERRAL_FILED': 'New referral: {name}',
  'notifications.text.REFERRAL_ACCEPTED': 'Your referral “{name}” was accepted and entered the pipeline',
  'notifications.text.REFERRAL_REJECTED': 'Your referral “{name}” was not accepted: {reason}',
  'notifications.text.REFERRAL_EXPIRING': 'The protection of your referral “{name}” ends on {date}',
  'notifications.text.MILESTONE_DUE': 'Project “{name}”: {milestone} is planned for {date}',
  'notifications.text.MILESTONE_OVERDUE': 'Project “{name}”: {milestone} is overdue (planned {date})',
  'notifications.text.LEAD_ASSIGNED': 'Lead “{name}” was assigned to you',
};

export const notificationsMessages: FeatureDictionary = { 'zh-CN': notificationsZh, en: notificationsEn };
registerMessages('notifications', notificationsMessages);

declare module '@lianzhao/web-ui' {
  interface FeatureMessages {
    notifications: typeof notificationsZh;
  }
}
