import { Card, Descriptions, Empty, Table } from 'antd';
import { PROJECT_TYPE_LABELS } from '@lianzhao/domain';
import type { ReferralFactsFragment } from '@lianzhao/web-data';
import { StageTag, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';

type Progress = NonNullable<ReferralFactsFragment['progress']>;

/** The resulting project as a partner may follow it: the lead's stage and milestone dates only. */
export function ReferralProgressCard({ progress }: { progress: ReferralFactsFragment['progress'] }) {
  const { t, label } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  return (
    <Card title={t('referrals.progress')} size="small">
      {!progress ? (
        <Empty description={t('referrals.progressNone')} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'stage',
                label: t('referrals.leadStage'),
                children: <StageTag stage={progress.leadStage} />,
              },
              {
                key: 'type',
                label: t('referrals.projectType'),
                children: progress.projectType ? label(PROJECT_TYPE_LABELS[progress.projectType]) : '—',
              },
              { key: 'landed', label: t('referrals.landedOn'), children: progress.landedOn ?? '—' },
            ]}
          />
          {progress.milestones.length > 0 && (
            <Table<Progress['milestones'][number]>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={progress.milestones}
              columns={[
                { title: t('referrals.milestone'), render: (_, m) => milestoneLabel(m.code) },
                { title: t('referrals.plannedDate'), render: (_, m) => m.plannedDate ?? '—' },
                { title: t('referrals.actualDate'), render: (_, m) => m.actualDate ?? '—' },
              ]}
            />
          )}
        </>
      )}
    </Card>
  );
}
