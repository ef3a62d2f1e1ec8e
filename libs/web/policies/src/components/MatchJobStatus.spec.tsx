import { screen } from '@testing-library/react';
import type { PolicyItemFieldsFragment } from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/render';
import { MatchJobStatus } from './MatchJobStatus';

describe('MatchJobStatus', () => {
  const item = (matchJob: PolicyItemFieldsFragment['matchJob'], qualifiedCount = 0): PolicyItemFieldsFragment => ({
    __typename: 'PolicyItem',
    id: 'i1',
    policyId: 'pol1',
    name: '高新技术企业认定奖励',
    kind: 'RESEARCH',
    condition: {},
    amount: null,
    notes: null,
    retiredAt: null,
    version: 1,
    qualifiedCount,
    matchJob,
  });

  it('shows the progress while the matches are recomputed', async () => {
    await renderWithProviders(
      <MatchJobStatus item={item({ __typename: 'PolicyMatchJob', phase: 'PROJECTS', doneCount: 1200, totalCount: 50000, finishedAt: null })} />,
    );
    expect(screen.getByTestId('match-job-running')).toHaveTextContent('正在重新计算匹配… 1200/50000');
  });

  it('before the first batch has counted the subjects, says only that it is recomputing', async () => {
    await renderWithProviders(
      <MatchJobStatus item={item({ __typename: 'PolicyMatchJob', phase: 'PROJECTS', doneCount: 0, totalCount: 0, finishedAt: null })} />,
    );
    expect(screen.getByTestId('match-job-running')).toHaveTextContent(/^正在重新计算匹配…$/);
  });

  it('shows the result when done', async () => {
    await renderWithProviders(
      <MatchJobStatus
        item={item({ __typename: 'PolicyMatchJob', phase: 'DONE', doneCount: 50000, totalCount: 50000, finishedAt: '2026-12-01T01:00:00.000Z' }, 321)}
      />,
    );
    expect(screen.getByTestId('match-job-done')).toHaveTextContent('已完成：符合 321 个（项目与企业）');
  });
});
