import { Flex, Tooltip, Typography } from 'antd';
import type { ReinvestmentProgressFieldsFragment } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import { moneyGroup } from '../utils/money';
import { progressBar, type BarSegment } from '../utils/progress';

const COLORS: Readonly<Record<BarSegment['key'], string>> = {
  counted: '#52c41a',
  pending: '#faad14',
  open: '#f0f0f0',
};

export interface ReinvestmentBarProps {
  progress: ReinvestmentProgressFieldsFragment;
  /** Without the figures under the bar (a table cell shows the percentage only). */
  compact?: boolean;
}

/** 返投 progress: counted, pending (paid, not landed) and the rest of the gap, against the obligation. */
export function ReinvestmentBar({ progress, compact = false }: ReinvestmentBarProps) {
  const { t, locale } = useI18n();
  const bar = progressBar(progress);
  const money = moneyGroup([progress.obligation, progress.counted, progress.pending, progress.gap], locale);
  const figures = [
    `${t('funds.counted')} ${money(progress.counted)}`,
    `${t('funds.pending')} ${money(progress.pending)}`,
    bar.hasObligation ? `${t('funds.gap')} ${money(progress.gap)}` : t('funds.noObligation'),
  ];
  const summary = bar.hasObligation
    ? t('funds.progressOf', { percent: bar.percent ?? '—', obligation: money(progress.obligation) })
    : t('funds.noObligation');
  return (
    <Flex vertical gap={2} style={{ minWidth: 200 }}>
      <Tooltip title={[summary, ...figures].join(' · ')}>
        <Flex
          role="img"
          aria-label={`${t('funds.reinvestment')} ${summary}：${figures.join('，')}`}
          data-testid="reinvestment-bar"
          data-counted={progress.counted}
          data-pending={progress.pending}
          data-gap={progress.gap ?? ''}
          style={{ height: 10, borderRadius: 5, overflow: 'hidden', background: COLORS.open }}
        >
          {bar.segments.map((s) => (
            <span
              key={s.key}
              data-segment={s.key}
              style={{ width: `${s.share}%`, background: COLORS[s.key] }}
            />
          ))}
        </Flex>
      </Tooltip>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {bar.hasObligation
          ? bar.met
            ? `${bar.percent} · ${t('funds.met')}`
            : bar.percent
          : t('funds.noObligation')}
        {!compact && ` · ${figures.join(' · ')}`}
      </Typography.Text>
    </Flex>
  );
}
