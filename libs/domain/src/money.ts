import type { LocalizedLabel, Locale } from './labels';
import { DEFAULT_LOCALE, localize } from './labels';
import { toHalfWidth } from './text';

/**
 * Money is kept in 万元 (the unit of every form and report in the office) as exact decimal
 * strings end to end: a float would turn 0.1 + 0.2 万元 into a rounding error on a leader's
 * dashboard. The limits match a PostgreSQL numeric(18, 4) column, i.e. down to one yuan.
 */
export const WAN_YUAN_MAX_INTEGER_DIGITS = 14;
export const WAN_YUAN_MAX_DECIMALS = 4;

export const WAN_YUAN_UNIT: LocalizedLabel = { zh: '万元', en: '×10k CNY' };
export const YI_YUAN_UNIT: LocalizedLabel = { zh: '亿元', en: '×100M CNY' };

/** 1 亿元 = 10 000 万元: the point moves by this many places. */
const WAN_PER_YI_DIGITS = 4;

export type ParseWanYuanResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

export interface FormatMoneyOptions {
  /** Round half away from zero to at most this many decimals; exact (no rounding) when omitted. */
  readonly maxFractionDigits?: number;
}

interface Decimal {
  readonly negative: boolean;
  /** No leading zeros except a lone "0". */
  readonly int: string;
  /** No trailing zeros; empty for whole numbers. */
  readonly frac: string;
}

function makeDecimal(negative: boolean, int: string, frac: string): Decimal {
  const i = int.replace(/^0+/, '') || '0';
  const f = frac.replace(/0+$/, '');
  // "-0" is just zero; keeping the sign would print "-0 万元".
  return { negative: negative && (i !== '0' || f !== ''), int: i, frac: f };
}

function decimalToString(d: Decimal): string {
  return `${d.negative ? '-' : ''}${d.int}${d.frac ? `.${d.frac}` : ''}`;
}

/**
 * What a form user types: full-width digits, thousands separators and stray spaces are all
 * accepted, because they are unambiguous; anything else is refused rather than guessed at.
 */
export function parseWanYuan(input: string): ParseWanYuanResult {
  const text = toHalfWidth(input)
    // Chinese IMEs type 。 for the decimal point key.
    .replace(/。/g, '.')
    .replace(/\s+/g, '');

  if (text === '') return { ok: false, message: '请输入金额' };
  if (text.startsWith('-')) return { ok: false, message: '金额不能为负数' };

  const match = /^([\d,]*)(?:\.(\d*))?$/.exec(text);
  if (!match || !/\d/.test(text) || match[1].startsWith(',')) {
    return { ok: false, message: '请输入有效的数字，例如 1,234.5' };
  }
  const [, intText, fracText = ''] = match;
  // Commas are only trusted in the usual groups of three: "12,34" could be a typo for "12.34",
  // and guessing wrong by a factor of a hundred is worse than asking again.
  if (intText.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(intText)) {
    return { ok: false, message: '千位分隔符位置不正确，例如 1,234,567.5' };
  }

  const value = makeDecimal(false, intText.replace(/,/g, ''), fracText);
  if (value.frac.length > WAN_YUAN_MAX_DECIMALS) {
    return { ok: false, message: `金额最多保留 ${WAN_YUAN_MAX_DECIMALS} 位小数（万元精确到元）` };
  }
  if (value.int.length > WAN_YUAN_MAX_INTEGER_DIGITS) {
    return { ok: false, message: `金额过大：整数部分最多 ${WAN_YUAN_MAX_INTEGER_DIGITS} 位` };
  }
  return { ok: true, value: decimalToString(value) };
}

/** Reads stored values, which may be negative (differences against a target) or padded ("12.5000"). */
function readStoredDecimal(value: string): Decimal {
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match || !/\d/.test(value)) throw new RangeError(`Not a decimal amount: "${value}"`);
  return makeDecimal(match[1] === '-', match[2], match[3] ?? '');
}

/** Adds one to a string of digits, growing it on overflow ("999" → "1000"). */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

function roundDecimal(d: Decimal, maxFractionDigits: number | undefined): Decimal {
  if (maxFractionDigits === undefined) return d;
  if (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0) {
    throw new RangeError(`maxFractionDigits must be a non-negative integer, got ${maxFractionDigits}`);
  }
  if (d.frac.length <= maxFractionDigits) return d;
  const kept = d.int + d.frac.slice(0, maxFractionDigits);
  const roundedUp = d.frac[maxFractionDigits] >= '5';
  const digits = roundedUp ? incrementDigits(kept) : kept;
  const splitAt = digits.length - maxFractionDigits;
  return makeDecimal(d.negative, digits.slice(0, splitAt), digits.slice(splitAt));
}

/** Moves the decimal point left; exact because it only rearranges digits. */
function shiftLeft(d: Decimal, places: number): Decimal {
  const padded = d.int.padStart(places + 1, '0');
  const splitAt = padded.length - places;
  return makeDecimal(d.negative, padded.slice(0, splitAt), padded.slice(splitAt) + d.frac);
}

function groupThousands(d: Decimal): string {
  const int = d.int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${d.negative ? '-' : ''}${int}${d.frac ? `.${d.frac}` : ''}`;
}

/** "1234.5" → "1,234.5 万元". */
export function formatWanYuan(
  value: string,
  locale: Locale = DEFAULT_LOCALE,
  options: FormatMoneyOptions = {},
): string {
  const d = roundDecimal(readStoredDecimal(value), options.maxFractionDigits);
  return `${groupThousands(d)} ${localize(WAN_YUAN_UNIT, locale)}`;
}

/** A 万元 amount shown in 亿元: "123456.7" → "12.34567 亿元". */
export function formatYiYuan(
  value: string,
  locale: Locale = DEFAULT_LOCALE,
  options: FormatMoneyOptions = {},
): string {
  const d = roundDecimal(shiftLeft(readStoredDecimal(value), WAN_PER_YI_DIGITS), options.maxFractionDigits);
  return `${groupThousands(d)} ${localize(YI_YUAN_UNIT, locale)}`;
}

/** 亿元 from 10 000 万元 up (in absolute value), 万元 below, as reports in the office do. */
export function formatMoney(
  value: string,
  locale: Locale = DEFAULT_LOCALE,
  options: FormatMoneyOptions = {},
): string {
  const d = readStoredDecimal(value);
  return d.int.length > WAN_PER_YI_DIGITS
    ? formatYiYuan(value, locale, options)
    : formatWanYuan(value, locale, options);
}

/**
 * Orders two decimal strings exactly (negative, zero or positive, like a sort comparator), so a
 * range's bounds can be checked without a float turning 0.1 + 0.2 into something else.
 */
export function compareDecimals(a: string, b: string): number {
  const x = readStoredDecimal(a);
  const y = readStoredDecimal(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const sign = x.negative ? -1 : 1;
  if (x.int.length !== y.int.length) return sign * (x.int.length - y.int.length);
  const width = Math.max(x.frac.length, y.frac.length);
  const xs = x.int + x.frac.padEnd(width, '0');
  const ys = y.int + y.frac.padEnd(width, '0');
  return xs === ys ? 0 : sign * (xs < ys ? -1 : 1);
}

// Exact arithmetic on decimal strings, for figures computed from stored amounts (返投 obligation,
// coefficients, leverage). Each value becomes an integer of units of 10^-scale, so sums and
// products are exact and only a division rounds, where the caller says to how many places.

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function toScaled(value: string): Scaled {
  const d = readStoredDecimal(value);
  const units = BigInt(d.int + d.frac);
  return { units: d.negative ? -units : units, scale: d.frac.length };
}

function rescale(x: Scaled, scale: number): bigint {
  return x.units * 10n ** BigInt(scale - x.scale);
}

function fromScaled(x: Scaled): string {
  const negative = x.units < 0n;
  const digits = (negative ? -x.units : x.units).toString().padStart(x.scale + 1, '0');
  const splitAt = digits.length - x.scale;
  return decimalToString(makeDecimal(negative, digits.slice(0, splitAt), digits.slice(splitAt)));
}

/** The canonical form of a stored decimal: "100.0000" → "100", "-0.50" → "-0.5". */
export function normalizeDecimal(value: string): string {
  return decimalToString(readStoredDecimal(value));
}

/** The exact sum of decimal strings ("0" for none). */
export function addDecimals(...values: readonly string[]): string {
  const xs = values.map(toScaled);
  const scale = Math.max(0, ...xs.map((x) => x.scale));
  return fromScaled({ units: xs.reduce((sum, x) => sum + rescale(x, scale), 0n), scale });
}

/** a − b, exactly. */
export function subtractDecimals(a: string, b: string): string {
  const y = toScaled(b);
  return addDecimals(a, fromScaled({ units: -y.units, scale: y.scale }));
}

/** a × b, exactly (the scales add up, as PostgreSQL's numeric multiplication does). */
export function multiplyDecimals(a: string, b: string): string {
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}

/**
 * a ÷ b rounded half away from zero to `fractionDigits` places (as PostgreSQL's ROUND does), or
 * null when b is zero: a ratio against nothing has no value, and a caller must say what it shows.
 */
export function divideDecimals(a: string, b: string, fractionDigits: number): string | null {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0) {
    throw new RangeError(`fractionDigits must be a non-negative integer, got ${fractionDigits}`);
  }
  const x = toScaled(a);
  const y = toScaled(b);
  if (y.units === 0n) return null;
  // a/b = (x.units / 10^x.scale) / (y.units / 10^y.scale); in units of 10^-fractionDigits that is
  // x.units × 10^(fractionDigits + y.scale) / (y.units × 10^x.scale), rounded once.
  let numerator = x.units * 10n ** BigInt(fractionDigits + y.scale);
  let denominator = y.units * 10n ** BigInt(x.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return fromScaled({ units: negative ? -rounded : rounded, scale: fractionDigits });
}

/** The larger of two decimal strings, in canonical form. */
export function maxDecimal(a: string, b: string): string {
  return normalizeDecimal(compareDecimals(a, b) >= 0 ? a : b);
}

// The one rule for showing money (issue 15). Amounts are stored in 万元, and a reader must never
// have to convert units in their head:
// - a field whose label names its unit (计划投资（万元）) shows the bare number in that unit —
//   12,000, never "1.2 亿元" under a 万元 label;
// - a summary (a total, a leader's figure, column sums read side by side) may use 亿元, but then
//   writes the unit, and figures read together share one unit, so "0 万元" never sits beside
//   "8 亿元".

export type MoneyUnit = 'WAN' | 'YI';

export const MONEY_UNIT_LABELS: Readonly<Record<MoneyUnit, LocalizedLabel>> = {
  WAN: WAN_YUAN_UNIT,
  YI: YI_YUAN_UNIT,
};

/**
 * Places each unit keeps by default: 万元 to two places (hundreds of yuan); 亿元 to two places
 * as reports print them. A caller needing exact 亿元 (a ledger) passes 4.
 */
const DEFAULT_FRACTION_DIGITS: Readonly<Record<MoneyUnit, number>> = { WAN: 2, YI: 2 };

function inUnit(value: string, unit: MoneyUnit, options: FormatMoneyOptions): Decimal {
  const stored = readStoredDecimal(value);
  const d = unit === 'YI' ? shiftLeft(stored, WAN_PER_YI_DIGITS) : stored;
  return roundDecimal(d, options.maxFractionDigits ?? DEFAULT_FRACTION_DIGITS[unit]);
}

/** A field's value in the unit its label names, without the unit: "12000" → "12,000". */
export function formatAmountIn(value: string, unit: MoneyUnit, options: FormatMoneyOptions = {}): string {
  return groupThousands(inUnit(value, unit, options));
}

/** An amount in a chosen unit with the unit written: "12000", YI → "1.2 亿元". */
export function formatMoneyIn(
  value: string,
  unit: MoneyUnit,
  locale: Locale = DEFAULT_LOCALE,
  options: FormatMoneyOptions = {},
): string {
  return `${formatAmountIn(value, unit, options)} ${localize(MONEY_UNIT_LABELS[unit], locale)}`;
}

/** The one unit for figures read together: 亿元 once any of them reaches 1 亿 (either sign), else 万元. */
export function summaryUnit(values: readonly (string | null | undefined)[]): MoneyUnit {
  return values.some((v) => v && readStoredDecimal(v).int.length > WAN_PER_YI_DIGITS) ? 'YI' : 'WAN';
}

/** A label naming its unit, as fields and columns carry it: ("计划投资", WAN) → "计划投资（万元）". */
export function moneyLabel(name: string, unit: MoneyUnit = 'WAN', locale: Locale = DEFAULT_LOCALE): string {
  const unitText = localize(MONEY_UNIT_LABELS[unit], locale);
  return locale === 'en' ? `${name} (${unitText})` : `${name}（${unitText}）`;
}
