import { Module } from '@nestjs/common';
import { NotificationRemindersJob } from './notification-reminders.job';
import { NotificationRemindersService } from './notification-reminders.service';
import { NotificationsListeners } from './notifications.listeners';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** 通知中心: in-app notifications written by event handlers and the daily reminders job. */
@Module({
  providers: [
    NotificationsService,
    NotificationRemindersService,
    NotificationRemindersJob,
    NotificationsListeners,
    NotificationsResolver,
  ],
  exports: [NotificationsService, NotificationRemindersJob],
})
export class NotificationsModule {}
