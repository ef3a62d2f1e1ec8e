import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RequestContext } from '@lianzhao/api-core';
import { ReferralProtectionService } from './referral-protection.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily release of lapsed protections. Reads compute the effective status anyway, so the job
 * only writes down what has already happened (status and history); `referrals:expire` in the CLI
 * runs the same work on demand.
 */
@Injectable()
export class ReferralExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private readonly logger = new Logger('ReferralExpiryJob');

  constructor(private readonly protection: ReferralProtectionService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), DAY_MS);
    // The timer must not keep a CLI command or a test process alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One release; returns how many protections it released and lets a failure through (the CLI). */
  release(): Promise<number> {
    return this.protection.expireLapsed(RequestContext.system());
  }

  /** The timer's run: a failure is logged, not thrown, so the next day runs again. */
  async run(): Promise<number> {
    try {
      const released = await this.release();
      if (released) this.logger.log(`released ${released} lapsed referral protections`);
      return released;
    } catch (error) {
      this.logger.error(`releasing lapsed protections failed: ${String(error)}`);
      return 0;
    }
  }
}
