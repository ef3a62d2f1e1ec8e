import { parseWanYuan } from './money';
import { toHalfWidth } from './text';

/**
 * Reading the cells of officers' own spreadsheets. The same column holds real Excel dates in one
 * row and text such as `2025.3.15` or `2025年3月15日` in the next, amounts arrive as numbers or as
 * text with thousands separators, and ledgers carry title and 合计 rows around the data. These
 * helpers turn one cell into the value a form would send, or into a message an officer can act
 * on, so the import on the server and a preview in the browser can never disagree.
 */

/** A cell's value once a spreadsheet library has read it (formulas already replaced by their result). */
export type ExcelScalar = string | number | boolean | Date | null | undefined;

export type ExcelParseResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

export const DATE_FORMAT_MESSAGE = '请输入有效日期，例如 2025-03-15、2025/3/15、2025.3.15 或 2025年3月15日';

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system, as Excel counts it after its 1900-02-29 bug. */
const EXCEL_1900_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (old Mac workbooks), 1462 days later. */
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);
// Serials below 61 fall before Excel's phantom 1900-02-29 and would be a day off; no lead dates
// from 1900, so they are refused rather than corrected.
const MIN_SERIAL = 61;
/** 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2_958_465;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

export function isBlankCell(value: ExcelScalar): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** `YYYY-MM-DD` for a calendar date, or a message when the day does not exist. */
function calendarDate(year: number, month: number, day: number): ExcelParseResult {
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, message: `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间` };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: `日期不存在：${year}年${month}月${day}日` };
  }
  return { ok: true, value: date.toISOString().slice(0, 10) };
}

function fromUtcDate(date: Date): ExcelParseResult {
  if (Number.isNaN(date.getTime())) return { ok: false, message: DATE_FORMAT_MESSAGE };
  // Excel keeps times as fractions of a day, so midnight may come back a millisecond early.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  return calendarDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}

function fromNumber(serial: number, date1904: boolean): ExcelParseResult {
  if (!Number.isFinite(serial)) return { ok: false, message: DATE_FORMAT_MESSAGE };
  // 20250315 typed into a General cell: far beyond any serial, so it can only mean YYYYMMDD.
  if (Number.isInteger(serial) && serial >= 19000101 && serial <= 99991231) {
    return calendarDate(Math.floor(serial / 10000), Math.floor(serial / 100) % 100, serial % 100);
  }
  if (serial < MIN_SERIAL || serial > MAX_SERIAL) return { ok: false, message: DATE_FORMAT_MESSAGE };
  const epoch = date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_1900_EPOCH_MS;
  return fromUtcDate(new Date(epoch + serial * MS_PER_DAY));
}

const DATE_PATTERNS: readonly RegExp[] = [
  // 2025-03-15, 2025/3/15, 2025.3.15 (one separator throughout)
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/,
  // 2025年3月15日, 2025年3月15号, 2025年3月15
  /^(\d{4})()年(\d{1,2})月(\d{1,2})[日号]?$/,
  // 20250315
  /^(\d{4})()(\d{2})(\d{2})$/,
];

function fromText(input: string): ExcelParseResult {
  const text = toHalfWidth(input)
    .trim()
    // Dates exported from other systems often carry a midnight time.
    .replace(/[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/, '')
    .replace(/\s+/g, '');
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return calendarDate(Number(match[1]), Number(match[3]), Number(match[4]));
  }
  return { ok: false, message: DATE_FORMAT_MESSAGE };
}

/**
 * A date cell → `YYYY-MM-DD`. Accepts real Excel dates (as a Date at UTC midnight, the way
 * spreadsheet libraries hand them over, or as the raw serial number), and text in the forms
 * officers type: `2025-03-15`, `2025/3/15`, `2025.3.15`, `2025年3月15日`, `20250315`, with
 * full-width digits too. Two-digit years and month-only dates are refused, not guessed at.
 */
export function parseExcelDate(value: ExcelScalar, options: { date1904?: boolean } = {}): ExcelParseResult {
  if (isBlankCell(value)) return { ok: false, message: '请输入日期' };
  if (value instanceof Date) return fromUtcDate(value);
  if (typeof value === 'number') return fromNumber(value, options.date1904 ?? false);
  if (typeof value === 'string') return fromText(value);
  return { ok: false, message: DATE_FORMAT_MESSAGE };
}

const NUMBER_MESSAGE = '请输入有效的数字，例如 1,234.5';

/** A spreadsheet number as the decimal text a person would read in the cell. */
function numberText(value: number): string {
  // Excel keeps 15 significant digits; anything past them is binary noise (0.1 + 0.2).
  const text = String(Number(value.toPrecision(15)));
  if (!text.includes('e')) return text;
  // Tiny or huge values: written out in full so the amount check can say what is wrong.
  return Math.abs(value) < 1 ? value.toFixed(20) : BigInt(Math.round(value)).toString();
}

/** The unit of money columns, the one column unit that also accepts 万 and 亿 written in the cell. */
const WAN_YUAN_COLUMN_UNIT = '万元';
export const MONEY_UNIT_MESSAGE = '金额单位只能是万元或亿元，例如 5000万、1.2亿；不写单位即为万元';
/** 1 亿 = 10 000 万: the point moves this many places. */
const WAN_PER_YI_DIGITS = 4;

/**
 * `1.2` 亿 → `12000` 万: the decimal point moves four places on the digits themselves, so no
 * rounding can creep in, and an amount like 1.23456789 亿 (down to the yuan) is still exact.
 */
function yiToWan(numberText: string): ExcelParseResult {
  const match = /^([\d,]*)(?:\.(\d*))?$/.exec(numberText);
  if (!match || !/\d/.test(numberText)) return parseWanYuan(numberText);
  const [, intText, fracText = ''] = match;
  // The integer part keeps parseWanYuan's checks (thousands groups) before it is extended.
  const int = parseWanYuan(intText || '0');
  if (!int.ok) return int;
  const digits = fracText.padEnd(WAN_PER_YI_DIGITS, '0');
  const rest = digits.slice(WAN_PER_YI_DIGITS);
  return parseWanYuan(`${int.value}${digits.slice(0, WAN_PER_YI_DIGITS)}${rest ? `.${rest}` : ''}`);
}

/**
 * A 万元 cell as officers' own ledgers write it: `5000`, `5000万`, `5,000万元`, `1.2亿`,
 * `1.2 亿元` (full-width digits too) → the amount in 万元. A bare number is 万元, the column's
 * unit; 元 alone or any other unit is refused, since guessing between 元 and 万元 would be off
 * by a factor of ten thousand.
 */
export function parseWanYuanCell(input: string): ExcelParseResult {
  const text = toHalfWidth(input).replace(/。/g, '.').replace(/\s+/g, '');
  const match = /^(.*?)([万亿]?)(元?)$/.exec(text);
  if (!match) return parseWanYuan(text);
  const [, numberText, multiplier, yuan] = match;
  if (yuan && !multiplier) return { ok: false, message: MONEY_UNIT_MESSAGE };
  if (/[^\d,.]/.test(numberText)) {
    // 约 500, 500美元: a word or another unit; say which units are understood when it ends like one.
    return /[\u4e00-\u9fa5a-zA-Z$¥￥]$/.test(numberText)
      ? { ok: false, message: MONEY_UNIT_MESSAGE }
      : parseWanYuan(numberText);
  }
  return multiplier === '亿' ? yiToWan(numberText) : parseWanYuan(numberText);
}

/**
 * An amount cell → an exact decimal string, through the same parseWanYuan the forms use, so
 * `1,234.5`, `１２３４.５` and the number 1234.5 all give `1234.5`. In a 万元 column, amounts
 * written with 万 or 亿 are understood (see parseWanYuanCell); in any other column a trailing
 * unit matching the column's own (`unit: '亩'`) is tolerated and any other unit refused.
 */
export function parseExcelAmount(value: ExcelScalar, options: { unit?: string } = {}): ExcelParseResult {
  if (isBlankCell(value)) return { ok: false, message: '请输入金额' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, message: NUMBER_MESSAGE };
    if (value < 0) return { ok: false, message: '金额不能为负数' };
    return parseWanYuan(numberText(value));
  }
  if (typeof value !== 'string') return { ok: false, message: NUMBER_MESSAGE };
  if (options.unit === WAN_YUAN_COLUMN_UNIT) return parseWanYuanCell(value);
  let text = toHalfWidth(value).trim();
  if (options.unit && text.endsWith(options.unit)) text = text.slice(0, -options.unit.length);
  return parseWanYuan(text);
}

/**
 * A cell as the text a person reads in it, trimmed: numbers without binary noise, dates as
 * `YYYY-MM-DD`, blanks as ''. For name, code and label columns.
 */
export function excelCellText(value: ExcelScalar): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const date = fromUtcDate(value);
  return date.ok ? date.value : '';
}

/**
 * A header cell as a comparison key: `计划投资（万元）`, `计划投资 (万元)` and `计划投资(万元)*`
 * are one column. Spaces, the required-field asterisk, a trailing colon, bracket width and Latin
 * case do not matter.
 */
export function normalizeHeaderLabel(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s*※]/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

const SUMMARY_ROW = /^(?:总?合计|总计|小计)/;

/** Whether a row's leading label marks a 合计 / 总计 / 小计 line rather than data. */
export function isSummaryRowLabel(text: string): boolean {
  return SUMMARY_ROW.test(toHalfWidth(text).replace(/\s+/g, ''));
}

/** One import problem as officers read it in the page and in the downloadable report. */
export function importErrorText(row: number, column: string, message: string): string {
  return column ? `第 ${row} 行 · ${column} · ${message}` : `第 ${row} 行 · ${message}`;
}
