import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RequestContext } from '@lianzhao/api-core';
import { NotificationRemindersService } from './notification-reminders.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily reminders (protections ending, milestones due or overdue), on the referral expiry
 * job's timer: every day from start-up. The reminders are keyed, so an extra run is harmless;
 * `notifications:remind` in the CLI runs the same work on demand (a cron line for a fixed hour).
 */
@Injectable()
export class NotificationRemindersJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private readonly logger = new Logger('NotificationRemindersJob');

  constructor(private readonly reminders: NotificationRemindersService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), DAY_MS);
    // The timer must not keep a CLI command or a test process alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One run; lets a failure through (the CLI, tests). */
  remind(): Promise<Record<string, number>> {
    return this.reminders.run(RequestContext.system());
  }

  /** The timer's run: a failure is logged, not thrown, so the next day runs again. */
  async run(): Promise<void> {
    try {
      const written = await this.remind();
      const total = Object.values(written).reduce((a, b) => a + b, 0);
      if (total) this.logger.log(`wrote ${total} reminders ${JSON.stringify(written)}`);
    } catch (error) {
      this.logger.error(`writing reminders failed: ${String(error)}`);
    }
  }
}
