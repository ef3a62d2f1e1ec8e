export * from './notification.entity';
export * from './notification.enums';
export * from './notification-list';
export * from './notifications.service';
export * from './notification-reminders.service';
export * from './notification-reminders.job';
export * from './notifications.module';
export * from './notification-params';
