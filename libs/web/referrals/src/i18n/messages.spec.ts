import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { referralsEn, referralsZh } from './messages';

describe('referrals messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(referralsZh, referralsEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(referralsZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
