import { dictionaryProblems, zhCN } from '@lianzhao/web-ui';
import { projectsEn, projectsZh } from './messages';

describe('projects messages', () => {
  it('has an English text for every Chinese one, with the same placeholders', () => {
    expect(dictionaryProblems(projectsZh, projectsEn)).toEqual([]);
  });

  it('leaves the shared words to the shared dictionary', () => {
    expect(Object.keys(projectsZh).filter((key) => key in zhCN)).toEqual([]);
  });
});
