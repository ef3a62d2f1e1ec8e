import { Injectable } from '@nestjs/common';
import { Clock, RequestContext, tooManyRequests } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { SignInEvent } from './sign-in-event.entity';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, retryAfterSeconds, type ThrottlePolicy } from './sign-in-throttle';

interface FailureCounts {
  account_failures: number;
  account_last: Date | null;
  address_failures: number;
  address_last: Date | null;
}

export type ThrottleVerdict = { allowed: true; release: () => void } | { allowed: false; result: 'THROTTLED' | 'BUSY'; error: Error };

/**
 * Decides, before any password is hashed, whether a sign-in attempt may go ahead: the recent
 * failures of the username and of the address (from the sign-in log, so every API process and a
 * restarted one agree), and the attempts of either already in flight in this process.
 */
@Injectable()
export class SignInThrottleService {
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  async admit(username: string, address: string): Promise<ThrottleVerdict> {
    const accountKey = `u:${username}`;
    const addressKey = `a:${address}`;
    if (
      (this.inFlight.get(accountKey) ?? 0) >= ACCOUNT_THROTTLE.maxInFlight ||
      (this.inFlight.get(addressKey) ?? 0) >= ADDRESS_THROTTLE.maxInFlight
    ) {
      return { allowed: false, result: 'BUSY', error: tooManyRequests('登录请求过多，请稍后再试', 5) };
    }
    // Counted as in flight before the look-up, so a burst cannot slip past while it runs.
    this.enter(accountKey);
    this.enter(addressKey);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.leave(accountKey);
      this.leave(addressKey);
    };
    try {
      const now = this.clock.now();
      const counts = await this.failures(username, address, now);
      const wait = Math.max(
        this.wait(ACCOUNT_THROTTLE, counts.account_failures, counts.account_last, now),
        this.wait(ADDRESS_THROTTLE, counts.address_failures, counts.address_last, now),
      );
      if (wait > 0) {
        release();
        const minutes = Math.ceil(wait / 60);
        return { allowed: false, result: 'THROTTLED', error: tooManyRequests(`登录失败次数过多，请 ${minutes} 分钟后再试`, wait) };
      }
      return { allowed: true, release };
    } catch (error) {
      release();
      throw error;
    }
  }

  private wait(policy: ThrottlePolicy, failures: number, last: Date | null, now: Date): number {
    return retryAfterSeconds(policy, failures, last ? new Date(last) : null, now);
  }

  private async failures(username: string, address: string, now: Date): Promise<FailureCounts> {
    const accountSince = new Date(now.getTime() - ACCOUNT_THROTTLE.windowSeconds * 1000);
    const addressSince = new Date(now.getTime() - ADDRESS_THROTTLE.windowSeconds * 1000);
    // One statement, each part served by its (key, created_at) index.
    const [row] = (await this.connection.getRepository(RequestContext.anonymous(), SignInEvent).query(
      `WITH account AS (
         SELECT created_at, result FROM sign_in_events
          WHERE username = $1 AND created_at > $3 AND result IN ('WRONG_CREDENTIALS', 'SUCCESS')
       ), counted AS (
         SELECT created_at FROM account
          WHERE result = 'WRONG_CREDENTIALS'
            AND created_at > COALESCE((SELECT max(created_at) FROM account WHERE result = 'SUCCESS'), $3)
       ), address AS (
         SELECT created_at FROM sign_in_events
          WHERE address = $2 AND created_at > $4 AND result = 'WRONG_CREDENTIALS'
       )
       SELECT (SELECT count(*)::int FROM counted) AS account_failures,
              (SELECT max(created_at) FROM counted) AS account_last,
              (SELECT count(*)::int FROM address) AS address_failures,
              (SELECT max(created_at) FROM address) AS address_last`,
      [username, address, accountSince, addressSince],
    )) as FailureCounts[];
    return row;
  }

  private enter(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
  }

  private leave(key: string): void {
    const n = (this.inFlight.get(key) ?? 1) - 1;
    if (n <= 0) this.inFlight.delete(key);
    else this.inFlight.set(key, n);
  }
}
