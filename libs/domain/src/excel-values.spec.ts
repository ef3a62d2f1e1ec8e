import * as domain from './index';
import * as excelValues from './excel-values';
import {
  DATE_FORMAT_MESSAGE,
  excelCellText,
  importErrorText,
  isBlankCell,
  isSummaryRowLabel,
  normalizeHeaderLabel,
  parseExcelAmount,
  MONEY_UNIT_MESSAGE,
  parseExcelDate,
  type ExcelScalar,
} from './excel-values';

describe('parseExcelDate accepts', () => {
  it.each<[string, ExcelScalar, string]>([
    ['ISO text', '2025-03-15', '2025-03-15'],
    ['slashes', '2025/3/15', '2025-03-15'],
    ['dots', '2025.3.15', '2025-03-15'],
    ['dots, padded', '2025.03.05', '2025-03-05'],
    ['Chinese', '2025年3月15日', '2025-03-15'],
    ['Chinese with 号', '2025年3月15号', '2025-03-15'],
    ['Chinese without 日', '2025年3月15', '2025-03-15'],
    ['Chinese with spaces', ' 2025 年 3 月 15 日 ', '2025-03-15'],
    ['full-width digits', '２０２５年３月１５日', '2025-03-15'],
    ['full-width slashes', '２０２５／３／１５', '2025-03-15'],
    ['eight digits as text', '20250315', '2025-03-15'],
    ['eight digits as a number', 20250315, '2025-03-15'],
    ['text with a midnight time', '2025/3/15 0:00', '2025-03-15'],
    ['text with seconds', '2025-03-15 00:00:00', '2025-03-15'],
    ['ISO timestamp', '2025-03-15T00:00:00.000Z', '2025-03-15'],
    ['Excel serial', 45731, '2025-03-15'],
    ['Excel serial with a time', 45731.75, '2025-03-15'],
    ['leap day serial', 45351, '2024-02-29'],
    ['Date at UTC midnight', new Date(Date.UTC(2025, 2, 15)), '2025-03-15'],
    ['Date a millisecond before midnight', new Date(Date.UTC(2025, 2, 15) - 1), '2025-03-15'],
    ['Date with an afternoon time', new Date(Date.UTC(2025, 2, 15, 15, 30)), '2025-03-15'],
    ['leap day text', '2024-02-29', '2024-02-29'],
    ['last day Excel shows', 2958465, '9999-12-31'],
  ])('%s: %j → %s', (_case, input, expected) => {
    expect(parseExcelDate(input)).toEqual({ ok: true, value: expected });
  });

  it('reads serials of the 1904 date system when the workbook uses it', () => {
    expect(parseExcelDate(44269, { date1904: true })).toEqual({ ok: true, value: '2025-03-15' });
  });
});

describe('parseExcelDate refuses', () => {
  it.each<[string, ExcelScalar, string]>([
    ['empty', '', '请输入日期'],
    ['blank', '   ', '请输入日期'],
    ['null', null, '请输入日期'],
    ['a day that does not exist', '2025-02-30', '日期不存在：2025年2月30日'],
    ['not a leap year', '2025年2月29日', '日期不存在：2025年2月29日'],
    ['month 13', '2025.13.1', '日期不存在：2025年13月1日'],
    ['day 0', '2025/3/0', '日期不存在：2025年3月0日'],
    ['year out of range', '1850-01-01', '年份应在 1900–9999 之间'],
    ['two-digit year', '25/3/15', DATE_FORMAT_MESSAGE],
    ['month only', '2025年3月', DATE_FORMAT_MESSAGE],
    ['mixed separators', '2025-3/15', DATE_FORMAT_MESSAGE],
    ['words', '明年三月', DATE_FORMAT_MESSAGE],
    ['a serial typed as text', '45731', DATE_FORMAT_MESSAGE],
    ['a serial before March 1900', 60, DATE_FORMAT_MESSAGE],
    ['a negative number', -1, DATE_FORMAT_MESSAGE],
    ['a serial past 9999', 2958466, DATE_FORMAT_MESSAGE],
    ['NaN', Number.NaN, DATE_FORMAT_MESSAGE],
    ['an invalid Date', new Date('x'), DATE_FORMAT_MESSAGE],
    ['a boolean', true, DATE_FORMAT_MESSAGE],
    ['eight digits that are no date', 20251332, '日期不存在：2025年13月32日'],
  ])('%s: %j', (_case, input, message) => {
    expect(parseExcelDate(input)).toEqual({ ok: false, message });
  });
});

describe('parseExcelAmount accepts', () => {
  it.each<[ExcelScalar, string | undefined, string]>([
    ['1,234.5', undefined, '1234.5'],
    ['1,234,567.0001', undefined, '1234567.0001'],
    ['１，２３４．５', undefined, '1234.5'],
    [' 12 ', undefined, '12'],
    [1234.5, undefined, '1234.5'],
    [0, undefined, '0'],
    [50000, undefined, '50000'],
    [0.1 + 0.2, undefined, '0.3'],
    [1234.5678, undefined, '1234.5678'],
    ['1,234.5万元', '万元', '1234.5'],
    ['1,234.5 万元', '万元', '1234.5'],
    ['30亩', '亩', '30'],
    // Officers' ledgers: 万 and 亿 written in a 万元 column.
    ['5000', '万元', '5000'],
    ['5000万', '万元', '5000'],
    ['5,000万元', '万元', '5000'],
    ['５０００万', '万元', '5000'],
    ['1.2亿', '万元', '12000'],
    ['1.2 亿元', '万元', '12000'],
    ['1.2亿元', '万元', '12000'],
    ['0.5亿', '万元', '5000'],
    ['.5亿', '万元', '5000'],
    ['3亿', '万元', '30000'],
    ['1,200亿', '万元', '12000000'],
    ['1.23456789亿', '万元', '12345.6789'],
    ['１．２亿', '万元', '12000'],
    ['1。2亿', '万元', '12000'],
    [5000, '万元', '5000'],
  ])('%j (unit %s) → %s', (input, unit, expected) => {
    expect(parseExcelAmount(input, { unit })).toEqual({ ok: true, value: expected });
  });
});

describe('parseExcelAmount refuses', () => {
  it.each<[ExcelScalar, string | undefined, string]>([
    ['', undefined, '请输入金额'],
    [null, undefined, '请输入金额'],
    [-5, undefined, '金额不能为负数'],
    ['-5', undefined, '金额不能为负数'],
    ['12,34', undefined, '千位分隔符位置不正确，例如 1,234,567.5'],
    ['1.23456', undefined, '金额最多保留 4 位小数（万元精确到元）'],
    [1.23456, undefined, '金额最多保留 4 位小数（万元精确到元）'],
    [1e-7, undefined, '金额最多保留 4 位小数（万元精确到元）'],
    [1e20, undefined, '金额过大：整数部分最多 14 位'],
    [Number.POSITIVE_INFINITY, undefined, '请输入有效的数字，例如 1,234.5'],
    ['1.2亿元', undefined, '请输入有效的数字，例如 1,234.5'],
    ['5000元', '万元', MONEY_UNIT_MESSAGE],
    ['5000美元', '万元', MONEY_UNIT_MESSAGE],
    ['5千万', '万元', MONEY_UNIT_MESSAGE],
    ['亿', '万元', '请输入金额'],
    ['万元', '万元', '请输入金额'],
    ['约 500万', '万元', '请输入有效的数字，例如 1,234.5'],
    ['1.234567891亿', '万元', '金额最多保留 4 位小数（万元精确到元）'],
    ['12,34亿', '万元', '千位分隔符位置不正确，例如 1,234,567.5'],
    ['-1亿', '万元', '金额不能为负数'],
    ['1.2万亿', '万元', MONEY_UNIT_MESSAGE],
    ['1.2亿', '亩', '请输入有效的数字，例如 1,234.5'],
    ['1,234.5万元', undefined, '请输入有效的数字，例如 1,234.5'],
    ['约 500', undefined, '请输入有效的数字，例如 1,234.5'],
    [true, undefined, '请输入有效的数字，例如 1,234.5'],
    [new Date(0), undefined, '请输入有效的数字，例如 1,234.5'],
  ])('%j (unit %s): %s', (input, unit, message) => {
    expect(parseExcelAmount(input, { unit })).toEqual({ ok: false, message });
  });
});

describe('normalizeHeaderLabel', () => {
  it.each([
    ['计划投资（万元）', '计划投资(万元)'],
    [' 计划投资 (万元) ', '计划投资(万元)'],
    ['企业名称*', '企业名称'],
    ['＊企业名称', '企业名称'],
    ['项目名称：', '项目名称'],
    ['统一社会\n信用代码', '统一社会信用代码'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeaderLabel(input)).toBe(expected);
  });
});

describe('isSummaryRowLabel', () => {
  it.each([
    ['合计', true],
    ['合 计', true],
    ['总计：', true],
    ['小计', true],
    ['总合计', true],
    ['上海合计科技有限公司', false],
    ['', false],
    ['1', false],
  ])('%j → %s', (input, expected) => {
    expect(isSummaryRowLabel(input)).toBe(expected);
  });
});

describe('excelCellText', () => {
  it.each<[ExcelScalar, string]>([
    ['  上海链招科技有限公司 ', '上海链招科技有限公司'],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [0.1 + 0.2, '0.3'],
    [Number.NaN, ''],
    [true, 'TRUE'],
    [new Date(Date.UTC(2025, 2, 15)), '2025-03-15'],
    [new Date('x'), ''],
  ])('%j → %j', (input, expected) => {
    expect(excelCellText(input)).toBe(expected);
  });
});

describe('isBlankCell', () => {
  it.each<[ExcelScalar, boolean]>([
    [null, true],
    [undefined, true],
    ['', true],
    ['  \t', true],
    [0, false],
    [false, false],
    ['x', false],
  ])('%j → %s', (input, expected) => {
    expect(isBlankCell(input)).toBe(expected);
  });
});

it('writes an import problem as 第 N 行 · 列名 · 问题', () => {
  expect(importErrorText(7, '统一社会信用代码', '校验位错误')).toBe(
    '第 7 行 · 统一社会信用代码 · 校验位错误',
  );
  expect(importErrorText(7, '', '与第 5 行重复')).toBe('第 7 行 · 与第 5 行重复');
});

it('is part of the public API', () => {
  for (const [key, value] of Object.entries(excelValues)) expect(domain).toHaveProperty(key, value);
});
