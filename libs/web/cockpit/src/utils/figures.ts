import { formatMoney, type Locale } from '@lianzhao/domain';
import { drillHref, moneySummary, type DrillFilter, type DrillTarget } from '@lianzhao/web-ui';

/** A figure's drill as the API returns it: the list it opens and that list's exact filter. */
export interface FigureDrill {
  kind: DrillTarget;
  filter: DrillFilter;
}

/** A figure that opens the rows behind it. */
export interface DrillableFigure {
  drill: FigureDrill;
}

/** Where a figure's number leads: its list page with `?drill=` (the figure's filter, unchanged). */
export function figureHref(figure: DrillableFigure): string {
  return drillHref(figure.drill);
}

/** A count as reports print it: 1,234. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** An exact 万元 amount: 万元 below 1 亿, 亿元 from there (two places), a dash when unknown. */
export function formatAmount(value: string | null | undefined, locale: Locale): string {
  return value ? formatMoney(value, locale, { maxFractionDigits: 2 }) : '—';
}

/**
 * The formatter for a panel's amounts: one unit for all of them (亿元 once any reaches 1 亿), written
 * after each, two places — the domain's rule for summaries.
 */
export function amountFormatter(
  values: readonly (string | null | undefined)[],
  locale: Locale,
): (value: string | null | undefined) => string {
  return moneySummary(values, locale, { maxFractionDigits: 2 }).text;
}

/** A share 0..1 (a number or a decimal string) as a percentage with one place; a dash when unknown. */
export function formatShare(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const share = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : '—';
}

/** The unit a chart's money axis uses: 亿元 once the largest bar reaches 1 亿, else 万元. */
export interface AmountScale {
  unit: 'WAN' | 'YI';
  /** A 万元 decimal string as a number in that unit, for plotting (display uses the exact text). */
  toNumber: (value: string | null | undefined) => number;
}

export function amountScale(values: readonly (string | null | undefined)[]): AmountScale {
  const max = Math.max(0, ...values.map((v) => Math.abs(Number(v ?? 0)) || 0));
  const divisor = max >= 10000 ? 10000 : 1;
  return {
    unit: divisor === 1 ? 'WAN' : 'YI',
    toNumber: (value) => {
      const n = Number(value ?? 0);
      return Number.isFinite(n) ? Math.round((n / divisor) * 100) / 100 : 0;
    },
  };
}
