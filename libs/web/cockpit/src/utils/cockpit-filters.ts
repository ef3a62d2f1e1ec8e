import { CHANNELS, periodContaining, type Channel, type DayRange, type PeriodKind } from '@lianzhao/domain';
import type { DashboardFilter } from '@lianzhao/web-data';

/**
 * The cockpit's one filter row, kept in the query string so a link reproduces the view:
 * `period` is `2026` (a year), `2026-Q1` (a quarter) or `2026-03` (a month); a custom period is
 * `from` + `to`; `asOf` shows the figures as they stood at the end of that day. No period means
 * this year, which the server settles (and reports back), so a bookmark without one rolls over.
 */
export const COCKPIT_URL_KEYS = [
  'period',
  'from',
  'to',
  'asOf',
  'industry',
  'segment',
  'town',
  'channel',
] as const;
export type CockpitUrlKey = (typeof COCKPIT_URL_KEYS)[number];
export type CockpitUrlState = Readonly<Partial<Record<CockpitUrlKey, string>>>;
export type CockpitUrlPatch = Partial<Record<CockpitUrlKey, string | undefined>>;

/** How the period is chosen: the domain's month / quarter / year, or two dates. */
export type PeriodChoice = PeriodKind | 'CUSTOM';

/** What the filter row shows, read from the URL with anything malformed dropped. */
export interface CockpitSelection {
  /** The kind of period; YEAR when none is chosen (the server's default). */
  kind: PeriodChoice;
  /** The chosen period; null for the default (this year, as the server reports it). */
  range: DayRange | null;
  asOf: string | null;
  industryCode: string | null;
  segmentCode: string | null;
  town: string | null;
  channel: Channel | null;
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Reference-data codes (产业, 赛道, 镇街) are upper-case words; anything else is a broken link. */
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A real calendar day `YYYY-MM-DD` (2026-02-30 is not). */
export function isDay(value: string | undefined | null): value is string {
  if (!value || !DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The period a `period` value names, or null when it names none. */
export function parsePeriod(value: string | undefined): { kind: PeriodKind; range: DayRange } | null {
  if (!value) return null;
  let m = YEAR.exec(value);
  if (m) return { kind: 'YEAR', range: periodContaining('YEAR', `${m[1]}-01-01`) };
  m = QUARTER.exec(value);
  if (m) {
    const month = String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0');
    return { kind: 'QUARTER', range: periodContaining('QUARTER', `${m[1]}-${month}-01`) };
  }
  m = MONTH.exec(value);
  if (m) return { kind: 'MONTH', range: periodContaining('MONTH', `${m[1]}-${m[2]}-01`) };
  return null;
}

/** The `period` value of the month, quarter or year holding `day`. */
export function periodParam(kind: PeriodKind, day: string): string {
  const [year, month] = day.split('-');
  if (kind === 'YEAR') return year;
  if (kind === 'MONTH') return `${year}-${month}`;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

function code(value: string | undefined): string | null {
  return value && CODE.test(value) ? value : null;
}

/** The URL read into the filter row's selection. */
export function readSelection(state: CockpitUrlState): CockpitSelection {
  const named = parsePeriod(state.period);
  const custom =
    !named && isDay(state.from) && isDay(state.to) && state.from <= state.to
      ? { from: state.from, to: state.to }
      : null;
  const channel = CHANNELS.find((c) => c === state.channel) ?? null;
  const industryCode = code(state.industry);
  return {
    kind: named?.kind ?? (custom ? 'CUSTOM' : 'YEAR'),
    range: named?.range ?? custom,
    asOf: isDay(state.asOf) ? state.asOf : null,
    industryCode,
    // A segment belongs to an industry: without one it is a broken link, not a filter.
    segmentCode: industryCode ? code(state.segment) : null,
    town: code(state.town),
    channel,
  };
}

/** The `dashboard(filter:)` argument for a selection; unset fields are left out. */
export function toDashboardFilter(selection: CockpitSelection): DashboardFilter {
  const filter: DashboardFilter = {};
  if (selection.range) {
    filter.from = selection.range.from;
    filter.to = selection.range.to;
  }
  if (selection.asOf) filter.asOf = selection.asOf;
  if (selection.industryCode) filter.industryCode = selection.industryCode;
  if (selection.segmentCode) filter.segmentCode = selection.segmentCode;
  if (selection.town) filter.town = selection.town;
  if (selection.channel) filter.channel = selection.channel;
  return filter;
}

/** The URL's filter read straight into the API argument. */
export function dashboardFilterFromUrl(state: CockpitUrlState): DashboardFilter {
  return toDashboardFilter(readSelection(state));
}

/**
 * The URL change for a new period kind: a named kind keeps the day the view is anchored on
 * (the chosen period's start, else `today`), so 2026年 → 季度 lands on 2026年一季度, not on today's.
 */
export function switchPeriodKind(
  kind: PeriodChoice,
  current: CockpitSelection,
  today: string,
): CockpitUrlPatch {
  const anchor = current.range?.from ?? current.asOf ?? today;
  if (kind === 'CUSTOM') {
    const range = current.range ?? periodContaining('YEAR', anchor);
    return { period: undefined, from: range.from, to: range.to };
  }
  return { period: periodParam(kind, anchor), from: undefined, to: undefined };
}

const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Shanghai (`YYYY-MM-DD`): the office's calendar, whatever the browser's zone. */
export function shanghaiToday(now: Date = new Date()): string {
  return SHANGHAI_DAY.format(now);
}
