import dayjs from 'dayjs';
import { formatMoney, type Locale } from '@lianzhao/domain';

/** An exact 万元 amount for display (万元 below 1 亿, 亿元 above), or a dash when unknown. */
export function moneyText(value: string | null | undefined, locale: Locale): string {
  return value ? formatMoney(value, locale, { maxFractionDigits: 2 }) : '—';
}

/** A timestamp in the office's usual form. */
export function dateTimeText(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** A date-only value as stored (already `YYYY-MM-DD`), or a dash. */
export function dateText(value: string | null | undefined): string {
  return value ?? '—';
}
