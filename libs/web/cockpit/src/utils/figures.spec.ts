import { amountFormatter, amountScale, figureHref, formatAmount, formatCount, formatShare } from './figures';

describe('cockpit figures', () => {
  it.each([
    ['0', '0 万元'],
    ['9999.5', '9,999.5 万元'],
    ['10000', '1 亿元'],
    ['123456.789', '12.35 亿元'],
    [null, '—'],
  ])('shows %s 万元 as %s', (value, text) => {
    expect(formatAmount(value, 'zh-CN')).toBe(text);
  });

  it("writes a panel's amounts in the one unit they share", () => {
    const amount = amountFormatter(['0', '6000', '24000'], 'zh-CN');
    expect(amount('0')).toBe('0 亿元');
    expect(amount('6000')).toBe('0.6 亿元');
    expect(amount('24000')).toBe('2.4 亿元');
    expect(amount(null)).toBe('—');
    expect(amountFormatter(['0', '6000'], 'zh-CN')('6000')).toBe('6,000 万元');
  });

  it('formats counts and shares as reports do', () => {
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatShare(0.4567)).toBe('45.7%');
    expect(formatShare('1')).toBe('100.0%');
    expect(formatShare(null)).toBe('—');
    expect(formatShare('x')).toBe('—');
  });

  it('plots money in 亿元 once a bar reaches 1 亿, else in 万元', () => {
    const yi = amountScale(['5000', '25000.5']);
    expect(yi.unit).toBe('YI');
    expect(yi.toNumber('25000.5')).toBe(2.5);
    const wan = amountScale(['5000', null]);
    expect(wan.unit).toBe('WAN');
    expect(wan.toNumber('4999.999')).toBe(5000);
  });

  it('links a figure to its list with its filter as the drill parameter, unchanged', () => {
    const filter = { industryCode: 'NEW_ENERGY', stages: ['NEGOTIATING'], asOf: '2026-03-31' };
    const href = figureHref({ drill: { kind: 'LEADS', filter } });
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/leads');
    expect(JSON.parse(url.searchParams.get('drill') ?? '')).toEqual(filter);
    expect(figureHref({ drill: { kind: 'INVESTMENTS', filter: {} } })).toBe('/investments?drill=%7B%7D');
    expect(figureHref({ drill: { kind: 'REFERRALS', filter: {} } }).startsWith('/referrals?')).toBe(true);
    expect(figureHref({ drill: { kind: 'PROJECTS', filter: {} } }).startsWith('/projects?')).toBe(true);
  });
});
