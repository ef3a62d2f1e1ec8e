import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { fundsEn, fundsZh } from './messages';

describe('funds messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(fundsZh, fundsEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(fundsZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
