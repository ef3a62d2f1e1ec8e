import { useMemo } from 'react';
import { Card, Flex, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { LEAD_STAGE_LABELS } from '@lianzhao/domain';
import type { DashboardQuery } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import { CHART_COLORS } from '../utils/chart-options';
import { figureHref, formatAmount, formatCount, formatShare } from '../utils/figures';
import { EChart } from './EChart';
import { FigureChart } from './FigureChart';
import { FigureStat } from './FigureStat';

type Pipeline = DashboardQuery['dashboard']['pipeline'];

/** 招商管道: open leads and planned investment by stage, the period's funnel, days per stage, losses. */
export function PipelinePanel({ pipeline }: { pipeline: Pipeline }) {
  const { t, label, locale } = useI18n();
  const navigate = useNavigate();
  const byStage = useMemo(
    () => ({
      categories: pipeline.openByStage.map((s) => label(LEAD_STAGE_LABELS[s.stage])),
      series: [
        {
          name: t('cockpit.pipeline.openLeads'),
          type: 'bar' as const,
          figures: pipeline.openByStage.map((s) => s.leads),
        },
        {
          name: t('cockpit.pipeline.plannedInvestment'),
          type: 'line' as const,
          amount: true,
          figures: pipeline.openByStage.map((s) => s.plannedInvestment),
        },
      ],
    }),
    [pipeline, label, t],
  );
  const lost = useMemo(
    () => ({
      categories: pipeline.lostByReason.map((r) => r.reason),
      horizontal: true,
      series: [
        {
          name: t('cockpit.pipeline.lost'),
          type: 'bar' as const,
          color: CHART_COLORS[2],
          figures: pipeline.lostByReason.map((r) => r.leads),
        },
      ],
    }),
    [pipeline, t],
  );
  const funnel = useMemo(
    () => ({
      color: CHART_COLORS,
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '5%',
          width: '90%',
          minSize: '8%',
          cursor: 'pointer',
          label: { show: true, position: 'inside', formatter: '{b} {c}' },
          data: pipeline.funnel.map((s) => ({
            name: label(LEAD_STAGE_LABELS[s.stage]),
            value: s.reached.value,
          })),
        },
      ],
    }),
    [pipeline, label],
  );
  return (
    <Card
      className="cockpit-panel cockpit-wide"
      title={t('cockpit.pipeline.title')}
      data-testid="panel-pipeline"
    >
      <Flex vertical gap={16}>
        <div className="cockpit-stats">
          <FigureStat
            title={t('cockpit.pipeline.openLeads')}
            text={formatCount(pipeline.open.value, locale)}
            figure={pipeline.open}
            data-testid="stat-open-leads"
          />
          <FigureStat
            title={t('cockpit.pipeline.plannedInvestment')}
            text={formatAmount(pipeline.openPlannedInvestment.value, locale)}
            figure={pipeline.openPlannedInvestment}
          />
          <FigureStat
            title={t('cockpit.pipeline.lost')}
            text={formatCount(pipeline.lost.value, locale)}
            figure={pipeline.lost}
          />
        </div>
        <Typography.Text strong>{t('cockpit.pipeline.byStage')}</Typography.Text>
        <FigureChart
          spec={byStage}
          title={t('cockpit.pipeline.byStage')}
          data-testid="chart-pipeline-stages"
        />
        <div className="cockpit-two">
          <div>
            <Typography.Text strong>{t('cockpit.pipeline.funnel')}</Typography.Text>
            <EChart
              option={funnel}
              height={260}
              role="img"
              aria-label={t('cockpit.pipeline.funnel')}
              data-testid="chart-pipeline-funnel"
              onItemClick={(_, i) => {
                const step = pipeline.funnel[i];
                if (step) navigate(figureHref(step.reached));
              }}
            />
            <Table
              size="small"
              rowKey="stage"
              pagination={false}
              dataSource={pipeline.funnel}
              columns={[
                { title: t('cockpit.pipeline.stage'), render: (_, s) => label(LEAD_STAGE_LABELS[s.stage]) },
                {
                  title: t('cockpit.pipeline.reached'),
                  align: 'right',
                  render: (_, s) => (
                    <Link to={figureHref(s.reached)}>{formatCount(s.reached.value, locale)}</Link>
                  ),
                },
                {
                  title: t('cockpit.pipeline.conversion'),
                  align: 'right',
                  render: (_, s) => formatShare(s.conversionToNext),
                },
                {
                  title: t('cockpit.pipeline.medianDays'),
                  align: 'right',
                  render: (_, s) => {
                    const d = pipeline.stageDurations.find((x) => x.stage === s.stage);
                    return d?.medianDays == null ? (
                      '—'
                    ) : (
                      <Link to={figureHref(d.leads)}>{t('cockpit.days', { days: d.medianDays })}</Link>
                    );
                  },
                },
              ]}
            />
          </div>
          <div>
            <Typography.Text strong>{t('cockpit.pipeline.lostByReason')}</Typography.Text>
            <FigureChart
              spec={lost}
              title={t('cockpit.pipeline.lostByReason')}
              height={Math.max(160, 36 * pipeline.lostByReason.length + 40)}
              data-testid="chart-pipeline-lost"
            />
          </div>
        </div>
      </Flex>
    </Card>
  );
}
