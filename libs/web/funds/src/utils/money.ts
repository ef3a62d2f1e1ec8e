import { formatMoneyIn, summaryUnit, type Locale } from '@lianzhao/domain';

/**
 * One unit for figures read side by side (a fund's obligation, counted, pending and gap; a ledger's
 * amounts), by the domain's summary rule: 亿元 when any of them reaches 1 亿, else 万元, so
 * "6,000 万元 of 2.4 亿元" never has to be converted in the reader's head. 亿元 keep four places,
 * i.e. exact to the 万元 they are stored in.
 */
export function moneyGroup(
  values: readonly (string | null | undefined)[],
  locale: Locale,
): (value: string | null | undefined) => string {
  const unit = summaryUnit(values);
  const maxFractionDigits = unit === 'YI' ? 4 : 2;
  return (value) => (value ? formatMoneyIn(value, unit, locale, { maxFractionDigits }) : '—');
}
