import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { adminEn, adminZh } from './messages';

describe('admin messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(adminZh, adminEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(adminZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
