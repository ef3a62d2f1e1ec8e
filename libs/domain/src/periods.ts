/**
 * Reporting periods as the district office counts them: Shanghai calendar days, months,
 * quarters and years, written `YYYY-MM-DD`, both ends inclusive. Shared by the cockpit's API
 * (which buckets figures) and its page (which builds the filter row), so a month means the same
 * days on both sides.
 */
import { daysBetween } from './milestones';
import { addDays } from './referrals';

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

export interface DayRange {
  from: string;
  to: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The month, quarter or year holding `day`. */
export function periodContaining(kind: PeriodKind, day: string): DayRange {
  const [year, month] = parts(day);
  if (kind === 'YEAR') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = kind === 'MONTH' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const last = kind === 'MONTH' ? month : first + 2;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
  };
}

/** A label a report uses: 2026年3月, 2026年一季度, 2026年. */
export function periodLabel(kind: PeriodKind, range: DayRange): string {
  const [year, month] = parts(range.from);
  if (kind === 'YEAR') return `${year}年`;
  if (kind === 'MONTH') return `${year}年${month}月`;
  return `${year}年${'一二三四'[Math.floor((month - 1) / 3)]}季度`;
}

/** Every month, quarter or year that overlaps `range`, in order, each clipped to the range. */
export function periodsIn(kind: PeriodKind, range: DayRange): Array<DayRange & { label: string }> {
  const out: Array<DayRange & { label: string }> = [];
  let day = range.from;
  while (day <= range.to) {
    const whole = periodContaining(kind, day);
    out.push({
      from: day,
      to: whole.to < range.to ? whole.to : range.to,
      label: periodLabel(kind, whole),
    });
    day = addDays(whole.to, 1);
  }
  return out;
}

/**
 * The share of `year` that has passed at the end of `day`, 0..1 (a target's 时间进度):
 * 0 before the year, 1 after it.
 */
export function yearElapsedShare(year: number, day: string): number {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (day < start) return 0;
  if (day >= end) return 1;
  return (daysBetween(start, day) + 1) / (daysBetween(start, end) + 1);
}

export interface DashboardPeriodInput {
  from?: string | null;
  to?: string | null;
  asOf?: string | null;
}

export interface DashboardPeriod extends DayRange {
  /** The day whose end the figures stand at: `asOf` when given, else today. */
  asOf: string;
  /** True when the page shows a past day's state (stage history, milestone dates). */
  historical: boolean;
}

/**
 * The cockpit's period: no dates means this year (the year of `asOf` when only that is given);
 * one bound alone runs to the end, or from the start, of that bound's year. Nothing after the
 * as-of day has happened yet, so `to` stops there.
 */
export function dashboardPeriod(input: DashboardPeriodInput, today: string): DashboardPeriod {
  const asOf = input.asOf && input.asOf < today ? input.asOf : today;
  const anchor = input.from ?? input.to ?? asOf;
  const year = periodContaining('YEAR', anchor);
  const from = input.from ?? year.from;
  const to = input.to ?? (input.from ? periodContaining('YEAR', input.from).to : year.to);
  return { from, to: to > asOf ? asOf : to, asOf, historical: asOf < today };
}
