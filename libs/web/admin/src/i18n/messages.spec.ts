import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { accountsEn, accountsZh } from './accounts-messages';
import { adminEn, adminZh } from './messages';

describe.each([
  ['基础数据', adminZh, adminEn],
  ['accounts', accountsZh, accountsEn],
])('admin messages (%s)', (_name, zh: Record<string, string>, en: Record<string, string>) => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(zh, en)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(zh).filter((key) => key in zhCN)).toEqual([]);
  });
});

it('keeps the two admin dictionaries apart', () => {
  expect(Object.keys(adminZh).filter((key) => key in accountsZh)).toEqual([]);
});
