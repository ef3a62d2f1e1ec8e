import { Injectable } from '@nestjs/common';

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * The time as the district office sees it. Every "today" in the system is a Shanghai calendar
 * date, whatever the server's time zone; tests pin the clock with `fix()`.
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;
  /** The last answer of today(), for the UTC+8 day number it was computed for. */
  private todayCache = { day: Number.NaN, date: '' };

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Today's date in Asia/Shanghai, `YYYY-MM-DD`. */
  today(): string {
    // A project page asks once per project and milestone (~700 times), and Intl's formatting
    // costs microseconds each; the answer only changes when the Shanghai day does. Shanghai has
    // kept UTC+8 without daylight saving since 1991, so the day number is plain arithmetic; the
    // date itself still comes from Intl with the time zone's rules.
    const now = this.fixed ? this.fixed.getTime() : Date.now();
    const day = Math.floor((now + SHANGHAI_OFFSET_MS) / DAY_MS);
    if (day !== this.todayCache.day) this.todayCache = { day, date: SHANGHAI_DATE.format(now) };
    return this.todayCache.date;
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
