import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { chainEn, chainZh } from './messages';

describe('chain messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(chainZh, chainEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(chainZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
