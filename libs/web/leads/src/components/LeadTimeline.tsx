import { Empty, Tag, Timeline, Typography } from 'antd';
import { FOLLOW_UP_KIND_LABELS, LEAD_STAGE_LABELS } from '@lianzhao/domain';
import { AuditChanges, dateTimeText, useI18n, useReferenceOptions } from '@lianzhao/web-ui';
import { LEAD_FIELD_LABELS, leadValueLabel } from '../utils/audit-labels';
import type { TimelineEntry } from '../utils/timeline';

const COLORS = { followUp: 'blue', stage: 'green', audit: 'gray' } as const;

function FollowUpContent({ entry }: { entry: Extract<TimelineEntry, { kind: 'followUp' }> }) {
  const { t, label } = useI18n();
  const f = entry.followUp;
  return (
    <>
      <Typography.Text strong>
        <Tag color="blue">{label(FOLLOW_UP_KIND_LABELS[f.kind])}</Tag>
        {t('timeline.followUpOn', { date: f.occurredOn })}
      </Typography.Text>
      <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
        {f.summary}
      </Typography.Paragraph>
      {f.participants && <div>{t('timeline.participants', { who: f.participants })}</div>}
      {f.nextStep && (
        <Typography.Text type={f.overdue ? 'danger' : 'secondary'} delete={f.nextStepDone}>
          {t('timeline.nextStep', { step: f.nextStep, date: f.nextStepDueOn ?? '—' })}
        </Typography.Text>
      )}
    </>
  );
}

/** The lead's history newest first: follow-ups, stage changes and edits, each with who and when. */
export function LeadTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, label } = useI18n();
  const names = useReferenceOptions();
  if (entries.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <Timeline
      titleSpan={5}
      items={entries.map((entry) => ({
        key: entry.id,
        color: COLORS[entry.kind],
        title: `${dateTimeText(entry.at)} · ${entry.who}`,
        content:
          entry.kind === 'followUp' ? (
            <FollowUpContent entry={entry} />
          ) : entry.kind === 'stage' ? (
            <>
              <Typography.Text strong>
                {t('timeline.moved', {
                  from: entry.change.fromStage ? label(LEAD_STAGE_LABELS[entry.change.fromStage]) : '—',
                  to: label(LEAD_STAGE_LABELS[entry.change.toStage]),
                })}
              </Typography.Text>
              {entry.change.reason && <div>{t('timeline.reason', { reason: entry.change.reason })}</div>}
            </>
          ) : (
            <>
              <Typography.Text strong>
                {t(entry.entry.action === 'CREATE' ? 'timeline.created' : `audit.${entry.entry.action}`)}
              </Typography.Text>
              {entry.entry.note && <div>{entry.entry.note}</div>}
              {entry.entry.action !== 'CREATE' && (
                <AuditChanges
                  changes={entry.entry.changes}
                  fieldLabel={(field) => {
                    const key = LEAD_FIELD_LABELS[field];
                    return key ? t(key) : undefined;
                  }}
                  valueLabel={(field, value) => {
                    const shown = leadValueLabel(field, value, names);
                    return typeof shown === 'string' ? shown : label(shown);
                  }}
                />
              )}
            </>
          ),
      }))}
    />
  );
}
