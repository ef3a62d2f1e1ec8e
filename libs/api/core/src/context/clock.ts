import { Injectable } from '@nestjs/common';

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The time as the district office sees it. Every "today" in the system is a Shanghai calendar
 * date, whatever the server's time zone; tests pin the clock with `fix()`.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today's date in Asia/Shanghai, `YYYY-MM-DD`. */
  today(): string {
    return SHANGHAI_DATE.format(this.now());
  }

  /** `YYYY-MM-DD` plus n days. */
  static addDays(date: string, days: number): string {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  fix(at: Date | null): void {
    this.fixed = at;
  }
}
