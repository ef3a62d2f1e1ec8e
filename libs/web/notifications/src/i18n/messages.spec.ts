import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { notificationsEn, notificationsZh } from './messages';

describe('notifications messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(notificationsZh, notificationsEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(notificationsZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
