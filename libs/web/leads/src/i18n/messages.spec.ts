import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { leadsEn, leadsZh } from './messages';

describe('leads messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(leadsZh, leadsEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(leadsZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
