import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { policiesEn, policiesZh } from './messages';

describe('policies messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(policiesZh, policiesEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(policiesZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
