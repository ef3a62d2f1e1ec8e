import { amountText, moneySummary, moneyText } from './format';

describe('the money display rule on the web', () => {
  it('shows a field in the 万元 its label names, however large', () => {
    // 计划投资（万元） — the complaint was "1.2 亿元" under this label.
    expect(amountText('12000')).toBe('12,000');
    expect(amountText('50000.5')).toBe('50,000.5');
    expect(amountText('1234.5678')).toBe('1,234.57');
    expect(amountText('0')).toBe('0');
    expect(amountText(null)).toBe('—');
    expect(amountText(undefined)).toBe('—');
  });

  it('writes 万元 where the label does not name the unit, never switching to 亿元 alone', () => {
    expect(moneyText('12000', 'zh-CN')).toBe('12,000 万元');
    expect(moneyText('800', 'zh-CN')).toBe('800 万元');
    expect(moneyText('12000', 'en')).toBe('12,000 ×10k CNY');
    expect(moneyText('', 'zh-CN')).toBe('—');
  });

  it('puts summaries read side by side in one unit, written', () => {
    // The board's column sums: no "0 万元" next to "8 亿元".
    const sums = moneySummary(['0', '80000', '2500'], 'zh-CN', { maxFractionDigits: 2 });
    expect(sums.unit).toBe('YI');
    expect(['0', '80000', '2500'].map(sums.text)).toEqual(['0 亿元', '8 亿元', '0.25 亿元']);
    const small = moneySummary(['0', '2500'], 'zh-CN');
    expect(small.unit).toBe('WAN');
    expect(small.text('2500')).toBe('2,500 万元');
    expect(small.text(null)).toBe('—');
  });
});
