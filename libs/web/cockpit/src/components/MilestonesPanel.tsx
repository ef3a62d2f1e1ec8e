import { useMemo } from 'react';
import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { DashboardQuery } from '@lianzhao/web-data';
import { useI18n, useMilestoneLabel } from '@lianzhao/web-ui';
import { CHART_COLORS, type FigureChartSpec } from '../utils/chart-options';
import { figureHref, formatCount, formatShare } from '../utils/figures';
import { FigureChart } from './FigureChart';
import { FigureStat } from './FigureStat';

type Milestones = DashboardQuery['dashboard']['milestones'];

/** 节点进度: 红牌 / 黄牌 now, on-time completion per milestone, the ten most delayed projects. */
export function MilestonesPanel({ milestones }: { milestones: Milestones }) {
  const { t, locale } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const onTime = useMemo<FigureChartSpec>(
    () => ({
      categories: milestones.onTime.map((m) => milestoneLabel(m.code)),
      series: [
        {
          name: t('cockpit.milestones.onTime'),
          type: 'bar',
          stack: 'done',
          color: CHART_COLORS[1],
          figures: milestones.onTime.map((m) => m.onTime),
        },
        {
          name: t('cockpit.milestones.late'),
          type: 'bar',
          stack: 'done',
          color: CHART_COLORS[2],
          figures: milestones.onTime.map((m) => m.late),
        },
      ],
    }),
    [milestones, t, milestoneLabel],
  );
  return (
    <Card className="cockpit-panel" title={t('cockpit.milestones.title')} data-testid="panel-milestones">
      <Flex vertical gap={16}>
        <div className="cockpit-stats">
          <FigureStat
            title={<span style={{ color: '#cf1322' }}>{t('cockpit.milestones.overdue')}</span>}
            text={formatCount(milestones.overdue.value, locale)}
            figure={milestones.overdue}
            data-testid="stat-overdue"
          />
          <FigureStat
            title={<span style={{ color: '#d48806' }}>{t('cockpit.milestones.atRisk')}</span>}
            text={formatCount(milestones.atRisk.value, locale)}
            figure={milestones.atRisk}
          />
          <FigureStat
            title={t('cockpit.milestones.averageDelay')}
            text={
              milestones.averageDaysLate == null
                ? '—'
                : t('cockpit.days', { days: milestones.averageDaysLate.toFixed(1) })
            }
          />
        </div>
        <Typography.Text strong>{t('cockpit.milestones.onTimeRate')}</Typography.Text>
        <FigureChart
          spec={onTime}
          title={t('cockpit.milestones.onTimeRate')}
          data-testid="chart-milestones"
        />
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={milestones.onTime}
          columns={[
            { title: t('cockpit.milestones.milestone'), render: (_, m) => milestoneLabel(m.code) },
            {
              title: t('cockpit.milestones.done'),
              align: 'right',
              render: (_, m) => <Link to={figureHref(m.done)}>{formatCount(m.done.value, locale)}</Link>,
            },
            {
              title: t('cockpit.milestones.onTimeRate'),
              align: 'right',
              render: (_, m) => formatShare(m.onTimeRate),
            },
          ]}
        />
        <Typography.Text strong>{t('cockpit.milestones.mostDelayed')}</Typography.Text>
        <Table
          size="small"
          rowKey="projectId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="most-delayed"
          dataSource={milestones.mostDelayed}
          columns={[
            {
              title: t('cockpit.milestones.project'),
              render: (_, p) => <Link to={figureHref(p)}>{p.name}</Link>,
            },
            { title: t('cockpit.milestones.plannedDate'), render: (_, p) => p.plannedDate },
            {
              title: t('cockpit.milestones.daysLate'),
              align: 'right',
              render: (_, p) => (
                <Typography.Text type="danger">{t('cockpit.days', { days: p.daysLate })}</Typography.Text>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
