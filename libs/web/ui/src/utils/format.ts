import dayjs from 'dayjs';
import {
  formatAmountIn,
  formatMoneyIn,
  summaryUnit,
  type FormatMoneyOptions,
  type Locale,
  type MoneyUnit,
} from '@lianzhao/domain';

// Money follows the domain's one rule (libs/domain/src/money.ts): a field under a label naming
// 万元 shows the bare number (amountText); an amount with no unit in its label writes 万元
// (moneyText), never switching to 亿元 on its own; figures read together — totals, column sums,
// a leader's panel — share one unit, written (moneySummary).

/** A 万元 amount under a label that names 万元: "12,000", or a dash when unknown. */
export function amountText(value: string | null | undefined): string {
  return value ? formatAmountIn(value, 'WAN') : '—';
}

/** A 万元 amount whose label does not name the unit: "12,000 万元", or a dash when unknown. */
export function moneyText(value: string | null | undefined, locale: Locale): string {
  return value ? formatMoneyIn(value, 'WAN', locale) : '—';
}

/** A formatter for summary figures read side by side, in the one unit they share (亿元 once any reaches 1 亿). */
export interface MoneySummary {
  unit: MoneyUnit;
  text: (value: string | null | undefined) => string;
}

export function moneySummary(
  values: readonly (string | null | undefined)[],
  locale: Locale,
  options: FormatMoneyOptions = {},
): MoneySummary {
  const unit = summaryUnit(values);
  return { unit, text: (value) => (value ? formatMoneyIn(value, unit, locale, options) : '—') };
}

/** A timestamp in the office's usual form. */
export function dateTimeText(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** A date-only value as stored (already `YYYY-MM-DD`), or a dash. */
export function dateText(value: string | null | undefined): string {
  return value ?? '—';
}
