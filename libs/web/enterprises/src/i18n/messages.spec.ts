import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { enterprisesEn, enterprisesZh } from './messages';

describe('enterprises messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(enterprisesZh, enterprisesEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(enterprisesZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
