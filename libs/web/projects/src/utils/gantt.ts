import { daysBetween } from '@lianzhao/domain';

/** A calendar month column of the portfolio Gantt view. */
export interface GanttMonth {
  /** `YYYY-MM`. */
  key: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  days: number;
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function nextMonth(start: string): string {
  const [y, m] = start.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The months from the earliest to the latest of the dates (today included, so "now" is always on
 * the chart), at most `limit` months ending with the latest: a project signed years ago should
 * not squeeze everything else into a sliver.
 */
export function ganttMonths(
  dates: readonly (string | null | undefined)[],
  today: string,
  limit = 24,
): GanttMonth[] {
  const known = [...dates.filter((d): d is string => Boolean(d)), today].sort();
  let start = monthStart(known[0]);
  const end = monthStart(known[known.length - 1]);
  const months: GanttMonth[] = [];
  for (;;) {
    const next = nextMonth(start);
    months.push({ key: start.slice(0, 7), start, days: daysBetween(start, next) });
    if (start >= end) break;
    start = next;
  }
  return months.slice(-limit);
}

/**
 * Where a date falls on the chart, as a fraction (0–1) of its width, or null outside the months
 * shown. Each month gets the same width, so a date's place inside its month is its day's share.
 */
export function ganttPosition(date: string, months: readonly GanttMonth[]): number | null {
  const index = months.findIndex((m) => m.key === date.slice(0, 7));
  if (index < 0) return null;
  const dayShare = (Number(date.slice(8, 10)) - 1) / months[index].days;
  return (index + dayShare) / months.length;
}
