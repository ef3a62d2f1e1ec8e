import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Progress, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  TARGET_COMPARATOR_LABELS,
  TARGET_METRIC_LABELS,
  TARGET_SOURCE_LABELS,
  TARGET_UNIT_LABELS,
} from '@lianzhao/domain';
import type { TargetProgressFieldsFragment } from '@lianzhao/web-data';
import { dateTimeText, useI18n } from '@lianzhao/web-ui';
import { figureHref, formatShare } from '../utils/figures';
import { EChart } from './EChart';
import { RecordActualModal, SetTargetModal } from './TargetForms';

export interface TargetsPanelProps {
  targets: readonly TargetProgressFieldsFragment[];
  canEdit: boolean;
}

type Dialog = { kind: 'target' | 'actual'; progress: TargetProgressFieldsFragment } | null;

/** A value in its metric's unit (亿元, 家, 个, 亩, %) as written, grouped; a dash when unknown. */
export function unitValueText(value: string | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  const n = Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(n) : value;
}

/** 目标完成: one card per metric — the ring of the share of target beside the share of the year gone. */
export function TargetsPanel({ targets, canEdit }: TargetsPanelProps) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <Card
      className="cockpit-panel cockpit-full"
      title={t('cockpit.targets.title', { year: targets[0]?.year ?? '' })}
      data-testid="panel-targets"
    >
      {targets.length === 0 ? (
        <Empty description={t('cockpit.targets.empty')} />
      ) : (
        <div className="cockpit-targets">
          {targets.map((progress) => (
            <TargetCard
              key={progress.metric}
              progress={progress}
              canEdit={canEdit}
              onSetTarget={() => setDialog({ kind: 'target', progress })}
              onRecordActual={() => setDialog({ kind: 'actual', progress })}
            />
          ))}
        </div>
      )}
      {dialog?.kind === 'target' && (
        <SetTargetModal progress={dialog.progress} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'actual' && (
        <RecordActualModal progress={dialog.progress} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}

interface TargetCardProps {
  progress: TargetProgressFieldsFragment;
  canEdit: boolean;
  onSetTarget: () => void;
  onRecordActual: () => void;
}

function TargetCard({ progress: p, canEdit, onSetTarget, onRecordActual }: TargetCardProps) {
  const { t, label, locale } = useI18n();
  const unit = label(TARGET_UNIT_LABELS[p.unit]);
  const share = p.share === null ? null : Number(p.share);
  const elapsed = Number(p.yearElapsed);
  // Ahead of the calendar (green), behind it (orange): what a leader reads off the ring first.
  const behind = share !== null && share < elapsed;
  // No figure yet reads as a dash, not as 「— 亿元」.
  const actual = p.actual === null ? '—' : `${unitValueText(p.actual, locale)} ${unit}`;
  const trendOption = useMemo(
    () => ({
      grid: { left: 4, right: 4, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: p.trend.map((point) => point.month) },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'line',
          smooth: true,
          symbol: 'none',
          areaStyle: { opacity: 0.15 },
          data: p.trend.map((point) => Number(point.value)),
        },
      ],
    }),
    [p.trend],
  );
  return (
    <Card size="small" className="cockpit-target" data-testid="target-card" data-metric={p.metric}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" gap={8}>
          <Typography.Text strong>{label(TARGET_METRIC_LABELS[p.metric])}</Typography.Text>
          <Tag color={p.source === 'COMPUTED' ? 'blue' : 'default'}>
            {label(TARGET_SOURCE_LABELS[p.source])}
          </Tag>
        </Flex>
        <Flex gap={12} align="center">
          <Progress
            type="dashboard"
            size={96}
            percent={share === null ? 0 : Math.min(100, Math.round(share * 1000) / 10)}
            status={p.met ? 'success' : 'normal'}
            strokeColor={p.met ? undefined : behind ? '#fa8c16' : '#52c41a'}
            format={() => formatShare(share)}
            aria-label={t('cockpit.targets.share')}
          />
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text type="secondary">{t('cockpit.targets.actual')}</Typography.Text>
            {p.drill ? (
              <Link to={figureHref({ drill: p.drill })} data-testid="target-actual">
                <Typography.Text strong style={{ fontSize: 18 }}>
                  {actual}
                </Typography.Text>
              </Link>
            ) : (
              <Typography.Text strong style={{ fontSize: 18 }} data-testid="target-actual">
                {actual}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">
              {t('cockpit.targets.target')}{' '}
              {p.target === null
                ? t('cockpit.targets.noTarget')
                : `${label(TARGET_COMPARATOR_LABELS[p.comparator])} ${unitValueText(p.target, locale)} ${unit}`}
            </Typography.Text>
            <Typography.Text type={behind ? 'warning' : 'secondary'}>
              {t('cockpit.targets.elapsed', { share: formatShare(elapsed) })}
            </Typography.Text>
          </Flex>
        </Flex>
        {p.trend.length > 1 && (
          <EChart option={trendOption} height={48} aria-label={t('cockpit.targets.trend')} role="img" />
        )}
        {p.lastEntry && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('cockpit.targets.lastEntry', {
              who: p.lastEntry.enteredByName,
              when: dateTimeText(p.lastEntry.enteredAt),
              day: p.lastEntry.periodEnd,
              source: p.lastEntry.sourceNote,
            })}
          </Typography.Text>
        )}
        {canEdit && (
          <Space wrap className="cockpit-no-print">
            <Button size="small" onClick={onSetTarget}>
              {t('cockpit.targets.set')}
            </Button>
            {p.source === 'ENTERED' && (
              <Button size="small" onClick={onRecordActual}>
                {t('cockpit.targets.record')}
              </Button>
            )}
          </Space>
        )}
      </Flex>
    </Card>
  );
}
