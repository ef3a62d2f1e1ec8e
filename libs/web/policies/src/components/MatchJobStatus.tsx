import { Progress, Space, Typography } from 'antd';
import type { PolicyItemFieldsFragment } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';

/** Whether any item's matches are still being recomputed (the page polls while so). */
export function anyRecomputing(items: readonly PolicyItemFieldsFragment[]): boolean {
  return items.some((i) => i.matchJob && !i.matchJob.finishedAt);
}

/**
 * 匹配 of an item in 政策库: the background re-evaluation after a save, as progress, then how many
 * projects and enterprises qualify.
 */
export function MatchJobStatus({ item }: { item: PolicyItemFieldsFragment }) {
  const { t } = useI18n();
  if (item.retiredAt) return null;
  const job = item.matchJob;
  if (job && !job.finishedAt) {
    const done = Math.min(job.doneCount, job.totalCount);
    return (
      <Space orientation="vertical" size={0} data-testid="match-job-running">
        <Typography.Text type="warning">
          {/* The total is known once the job's first batch has counted the subjects. */}
          {job.totalCount ? t('policies.recomputing', { done, total: job.totalCount }) : t('policies.recomputeQueued')}
        </Typography.Text>
        <Progress size="small" percent={job.totalCount ? Math.floor((done * 100) / job.totalCount) : 0} showInfo={false} />
      </Space>
    );
  }
  return (
    <Typography.Text type="secondary" data-testid="match-job-done">
      {t('policies.recomputed', { count: item.qualifiedCount })}
    </Typography.Text>
  );
}
