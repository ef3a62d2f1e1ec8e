import { Timeline, Typography } from 'antd';
import { REFERRAL_EVENT_LABELS } from '@lianzhao/domain';
import type { ReferralFactsFragment } from '@lianzhao/web-data';
import { dateTimeText, useI18n } from '@lianzhao/web-ui';
import { ReferralStatusTag } from './ReferralStatusTag';

/** What happened to a referral, oldest first; officers also see the internal note. */
export function ReferralHistoryTimeline({ history }: { history: ReferralFactsFragment['history'] }) {
  const { label } = useI18n();
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.id,
        content: (
          <>
            <Typography.Text strong>{label(REFERRAL_EVENT_LABELS[h.event])}</Typography.Text>{' '}
            <ReferralStatusTag status={h.status} />
            <Typography.Text type="secondary">
              {dateTimeText(h.at)} · {h.actorName}
            </Typography.Text>
            {h.partnerNote && <div>{h.partnerNote}</div>}
            {h.note && h.note !== h.partnerNote && (
              <Typography.Text type="secondary">{h.note}</Typography.Text>
            )}
          </>
        ),
      }))}
    />
  );
}
