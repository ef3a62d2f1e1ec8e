import {
  addDecimals,
  compareDecimals,
  divideDecimals,
  formatMoney,
  formatWanYuan,
  formatYiYuan,
  formatAmountIn,
  formatMoneyIn,
  maxDecimal,
  moneyLabel,
  summaryUnit,
  multiplyDecimals,
  normalizeDecimal,
  parseWanYuan,
  subtractDecimals,
} from './money';

describe('parseWanYuan accepts', () => {
  it.each([
    ['1,234.5', '1234.5'],
    ['１２３', '123'],
    [' 12 ', '12'],
    ['0', '0'],
    ['0.0000', '0'],
    ['007', '7'],
    ['1.2345', '1.2345'],
    ['1.23450', '1.2345'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1,234,567.0001', '1234567.0001'],
    ['１，２３４．５', '1234.5'],
    ['1 234.5', '1234.5'],
    ['12。5', '12.5'],
    ['99999999999999.9999', '99999999999999.9999'],
    ['000099999999999999', '99999999999999'],
    ['3600', '3600'],
  ])('%j → %j', (input, value) => {
    expect(parseWanYuan(input)).toEqual({ ok: true, value });
  });
});

describe('parseWanYuan rejects', () => {
  it.each([
    ['', '请输入金额'],
    ['   ', '请输入金额'],
    ['-5', '金额不能为负数'],
    ['－5', '金额不能为负数'],
    ['-0', '金额不能为负数'],
    ['abc', '请输入有效的数字，例如 1,234.5'],
    ['1e3', '请输入有效的数字，例如 1,234.5'],
    ['+5', '请输入有效的数字，例如 1,234.5'],
    ['1.2.3', '请输入有效的数字，例如 1,234.5'],
    ['.', '请输入有效的数字，例如 1,234.5'],
    [',', '请输入有效的数字，例如 1,234.5'],
    [',123', '请输入有效的数字，例如 1,234.5'],
    ['12万', '请输入有效的数字，例如 1,234.5'],
    ['NaN', '请输入有效的数字，例如 1,234.5'],
    ['Infinity', '请输入有效的数字，例如 1,234.5'],
    ['12,34', '千位分隔符位置不正确，例如 1,234,567.5'],
    ['1,2345', '千位分隔符位置不正确，例如 1,234,567.5'],
    ['1234,567', '千位分隔符位置不正确，例如 1,234,567.5'],
    ['1,', '千位分隔符位置不正确，例如 1,234,567.5'],
    ['1.23456', '金额最多保留 4 位小数（万元精确到元）'],
    ['0.00001', '金额最多保留 4 位小数（万元精确到元）'],
    ['100000000000000', '金额过大：整数部分最多 14 位'],
  ])('%j: %s', (input, message) => {
    expect(parseWanYuan(input)).toEqual({ ok: false, message });
  });
});

describe('formatWanYuan', () => {
  it.each([
    ['1234.5', undefined, undefined, '1,234.5 万元'],
    ['1234.5', 'en', undefined, '1,234.5 ×10k CNY'],
    ['0', undefined, undefined, '0 万元'],
    ['12.5000', undefined, undefined, '12.5 万元'],
    ['-1234567.89', undefined, undefined, '-1,234,567.89 万元'],
    ['-0.0000', undefined, undefined, '0 万元'],
    ['123', undefined, undefined, '123 万元'],
    ['1000', undefined, undefined, '1,000 万元'],
    ['99999999999999.9999', undefined, undefined, '99,999,999,999,999.9999 万元'],
    // Exact where floats are not: 0.1 + 0.2 style values survive untouched.
    ['0.3', undefined, undefined, '0.3 万元'],
    ['12345678901234567890.1234', undefined, undefined, '12,345,678,901,234,567,890.1234 万元'],
    ['1234.5678', 'zh-CN', 2, '1,234.57 万元'],
    ['1234.5649', 'zh-CN', 2, '1,234.56 万元'],
    ['999.995', 'zh-CN', 2, '1,000 万元'],
    ['-0.5', 'zh-CN', 0, '-1 万元'],
    ['-0.4', 'zh-CN', 0, '0 万元'],
    ['1.5', 'zh-CN', 4, '1.5 万元'],
  ] as const)('%j (%s, %s decimals) → %j', (value, locale, maxFractionDigits, expected) => {
    expect(formatWanYuan(value, locale, { maxFractionDigits })).toBe(expected);
  });

  it.each([['abc'], [''], ['1,234'], ['1e5'], ['--1']])(
    'throws on %j, which is not a stored amount',
    (value) => {
      expect(() => formatWanYuan(value)).toThrow(RangeError);
    },
  );

  it.each([[-1], [1.5]])('throws on maxFractionDigits %j', (maxFractionDigits) => {
    expect(() => formatWanYuan('1', 'zh-CN', { maxFractionDigits })).toThrow(RangeError);
  });
});

describe('formatYiYuan', () => {
  it.each([
    ['10000', undefined, undefined, '1 亿元'],
    ['123456.7', undefined, undefined, '12.34567 亿元'],
    ['36000000', undefined, undefined, '3,600 亿元'],
    ['36000000', 'en', undefined, '3,600 ×100M CNY'],
    ['3000000.0000', undefined, undefined, '300 亿元'],
    ['5', undefined, undefined, '0.0005 亿元'],
    ['0.0001', undefined, undefined, '0.00000001 亿元'],
    ['-25000', undefined, undefined, '-2.5 亿元'],
    ['123456.7', 'zh-CN', 2, '12.35 亿元'],
    ['99999', 'zh-CN', 2, '10 亿元'],
    ['0', undefined, undefined, '0 亿元'],
  ] as const)('%j (%s, %s decimals) → %j', (value, locale, maxFractionDigits, expected) => {
    expect(formatYiYuan(value, locale, { maxFractionDigits })).toBe(expected);
  });
});

describe('formatMoney picks 亿元 from 10 000 万元', () => {
  it.each([
    ['9999.9999', '9,999.9999 万元'],
    ['10000', '1 亿元'],
    ['10000.5', '1.00005 亿元'],
    ['-10000', '-1 亿元'],
    ['-9999', '-9,999 万元'],
    ['0', '0 万元'],
    ['1234.5', '1,234.5 万元'],
  ])('%j → %j', (value, expected) => {
    expect(formatMoney(value)).toBe(expected);
  });

  it('passes locale and rounding through', () => {
    expect(formatMoney('123456.7', 'en', { maxFractionDigits: 1 })).toBe('12.3 ×100M CNY');
    expect(formatMoney('1234.56', 'en', { maxFractionDigits: 1 })).toBe('1,234.6 ×10k CNY');
  });
});

describe('compareDecimals', () => {
  it('orders exactly, whatever the padding', () => {
    expect(compareDecimals('0.3', '0.30')).toBe(0);
    expect(compareDecimals('12.5000', '12.5')).toBe(0);
    expect(Math.sign(compareDecimals('9.99', '10'))).toBe(-1);
    expect(Math.sign(compareDecimals('100', '99.9999'))).toBe(1);
    expect(Math.sign(compareDecimals('0.1', '0.05'))).toBe(1);
    expect(Math.sign(compareDecimals('12345678901234.0001', '12345678901234'))).toBe(1);
  });

  it('puts negatives first', () => {
    expect(Math.sign(compareDecimals('-5', '1'))).toBe(-1);
    expect(Math.sign(compareDecimals('-5', '-10'))).toBe(1);
    expect(Math.sign(compareDecimals('0', '-0.1'))).toBe(1);
  });
});

describe('exact decimal arithmetic', () => {
  it.each([
    [['0.1', '0.2'], '0.3'],
    [[], '0'],
    [['100.0000', '0.50'], '100.5'],
    [['-1.25', '1.25'], '0'],
    [['99999999999999.99', '0.01'], '100000000000000'],
  ])('addDecimals(%j) = %s', (values, sum) => {
    expect(addDecimals(...values)).toBe(sum);
  });

  it.each([
    ['1', '0.9', '0.1'],
    ['0.9', '1', '-0.1'],
    ['2400.00', '2400', '0'],
  ])('%s − %s = %s', (a, b, d) => {
    expect(subtractDecimals(a, b)).toBe(d);
  });

  it.each([
    ['1.20', '5000.00', '6000'],
    ['0.5', '0.5', '0.25'],
    ['12345678901234.56', '1.23', '15185185048518.5088'],
    ['0', '3.3', '0'],
    ['-2', '0.5', '-1'],
  ])('%s × %s = %s', (a, b, p) => {
    expect(multiplyDecimals(a, b)).toBe(p);
  });

  it.each([
    ['100000', '20000', 2, '5'],
    ['100000', '30000', 2, '3.33'],
    ['200000', '30000', 2, '6.67'],
    ['1', '8', 2, '0.13'],
    ['-1', '8', 2, '-0.13'],
    ['1', '-8', 2, '-0.13'],
    ['0.125', '1', 2, '0.13'],
    ['0.124999', '1', 2, '0.12'],
    ['2', '3', 4, '0.6667'],
    ['1', '3', 0, '0'],
    ['5', '0', 2, null],
    ['0', '0.00', 4, null],
  ])('%s ÷ %s to %i places = %s', (a, b, digits, q) => {
    expect(divideDecimals(a, b, digits)).toBe(q);
  });

  it('normalises and compares', () => {
    expect(normalizeDecimal('0012.3400')).toBe('12.34');
    expect(normalizeDecimal('-0.000')).toBe('0');
    expect(maxDecimal('0.50', '0.4')).toBe('0.5');
    expect(maxDecimal('-3', '0')).toBe('0');
    expect(() => divideDecimals('1', '2', -1)).toThrow(RangeError);
  });
});

describe('the money display rule', () => {
  it.each([
    // Under 计划投资（万元）: the number in 万元, however large — never 1.2 亿元.
    ['12000', 'WAN', '12,000'],
    ['50000', 'WAN', '50,000'],
    ['1234.5678', 'WAN', '1,234.57'],
    ['0', 'WAN', '0'],
    ['12000', 'YI', '1.2'],
    ['123456.7', 'YI', '12.35'],
    ['-25000', 'YI', '-2.5'],
  ] as const)('a field: %j in %s shows %j', (value, unit, expected) => {
    expect(formatAmountIn(value, unit)).toBe(expected);
  });

  it('keeps more places when asked (a ledger in exact 亿元)', () => {
    expect(formatAmountIn('123456.7', 'YI', { maxFractionDigits: 4 })).toBe('12.3457');
  });

  it('writes the unit in a summary', () => {
    expect(formatMoneyIn('80000', 'YI')).toBe('8 亿元');
    expect(formatMoneyIn('0', 'YI')).toBe('0 亿元');
    expect(formatMoneyIn('12000', 'WAN')).toBe('12,000 万元');
    expect(formatMoneyIn('80000', 'YI', 'en')).toBe('8 ×100M CNY');
  });

  it.each([
    [['0', '80000'], 'YI'],
    [['9999.99', '5'], 'WAN'],
    [['-10000'], 'YI'],
    [[null, undefined, '0'], 'WAN'],
    [[], 'WAN'],
  ] as const)('figures read together %j share the unit %s', (values, unit) => {
    expect(summaryUnit(values)).toBe(unit);
  });

  it('names the unit in a label', () => {
    expect(moneyLabel('计划投资')).toBe('计划投资（万元）');
    expect(moneyLabel('计划投资', 'YI')).toBe('计划投资（亿元）');
    expect(moneyLabel('Planned investment', 'WAN', 'en')).toBe('Planned investment (×10k CNY)');
  });
});
