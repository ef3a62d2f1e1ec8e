import { moneyGroup } from './money';

describe('moneyGroup', () => {
  it('shows a group in 亿元 when one figure reaches 1 亿, exact to the 万元', () => {
    const money = moneyGroup(['30000', '6000', '12345.67', null], 'zh-CN');
    expect(money('30000')).toBe('3 亿元');
    expect(money('6000')).toBe('0.6 亿元');
    expect(money('12345.67')).toBe('1.2346 亿元');
    expect(money(null)).toBe('—');
  });

  it('keeps a small group in 万元', () => {
    const money = moneyGroup(['9999.99', '500'], 'zh-CN');
    expect(money('9999.99')).toBe('9,999.99 万元');
    expect(money('500')).toBe('500 万元');
  });
});
