import { Empty, Timeline, Typography } from 'antd';
import type { ProjectDetailFragment } from '@lianzhao/web-data';
import { dateTimeText, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';

/** 计划调整记录: every plan with the one it replaced, who changed it and why. */
export function PlanHistory({ changes }: { changes: ProjectDetailFragment['planChanges'] }) {
  const { t } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  if (changes.length === 0) return <Empty description={t('projects.noPlanChanges')} />;
  return (
    <Timeline
      data-testid="plan-history"
      items={changes.map((c) => ({
        key: c.id,
        color: c.previousDate ? 'orange' : 'blue',
        content: (
          <>
            <Typography.Text strong>
              {t('projects.planChange', {
                milestone: milestoneLabel(c.code),
                from: c.previousDate ?? t('projects.firstPlan'),
                to: c.plannedDate ?? '—',
              })}
            </Typography.Text>
            {c.reason && (
              <div>
                {t('projects.reason')}：{c.reason}
              </div>
            )}
            <div>
              <Typography.Text type="secondary">
                {c.actorName} · {dateTimeText(c.at)}
              </Typography.Text>
            </div>
          </>
        ),
      }))}
    />
  );
}
