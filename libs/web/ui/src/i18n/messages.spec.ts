import { dictionaryProblems } from './dictionary-problems';
import { en, format, zhCN } from './messages';

describe('messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(en[key]).toBeTruthy();
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(zhCN[key])]);
    }
  });

  it('agrees with the check every feature runs on its own words', () => {
    expect(dictionaryProblems(zhCN, en)).toEqual([]);
    expect(dictionaryProblems({ 'a.b': '{n} 条' }, { 'a.b': '{count} rows', 'a.c': 'extra' })).toEqual([
      'a.b: placeholders {count} ≠ {n}',
      'a.c: English only',
    ]);
  });

  it.each([
    ['{name}，您好', { name: '张三' }, '张三，您好'],
    ['共 {total} 条', { total: 0 }, '共 0 条'],
    ['{missing} stays', {}, '{missing} stays'],
    ['no vars', undefined, 'no vars'],
  ])('format(%s)', (template, vars, expected) => {
    expect(format(template, vars)).toBe(expected);
  });
});
