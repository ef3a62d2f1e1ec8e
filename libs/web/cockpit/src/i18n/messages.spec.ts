import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { cockpitEn, cockpitZh } from './messages';

describe('cockpit messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(cockpitZh, cockpitEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(cockpitZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
