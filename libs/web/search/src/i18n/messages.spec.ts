import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { searchEn, searchZh } from './messages';

describe('search messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(searchZh, searchEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(searchZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
