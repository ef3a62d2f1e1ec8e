import { compareDecimals, formatWanYuan, formatYiYuan, type Locale } from '@lianzhao/domain';

const YI = '10000';

/**
 * One unit for figures read side by side (a fund's obligation, counted, pending and gap; a ledger's
 * amounts): 亿元 when any of them reaches 1 亿, else 万元, so "6,000 万元 of 2.4 亿元" never has to
 * be converted in the reader's head. 亿元 keep four places, i.e. exact to the 万元 they are stored in.
 */
export function moneyGroup(
  values: readonly (string | null | undefined)[],
  locale: Locale,
): (value: string | null | undefined) => string {
  const inYi = values.some((v) => v && compareDecimals(v.replace(/^-/, ''), YI) >= 0);
  return (value) => {
    if (!value) return '—';
    return inYi
      ? formatYiYuan(value, locale, { maxFractionDigits: 4 })
      : formatWanYuan(value, locale, { maxFractionDigits: 2 });
  };
}
