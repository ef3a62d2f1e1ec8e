import { useMemo } from 'react';
import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { DashboardFundsQuery } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import { CHART_COLORS, type FigureChartSpec } from '../utils/chart-options';
import { amountFormatter, figureHref, formatCount, formatShare } from '../utils/figures';
import { FigureChart } from './FigureChart';
import { FigureStat } from './FigureStat';
import { LeadersOnlyNote } from './LeadersOnlyNote';

type Funds = DashboardFundsQuery['dashboard']['funds'];

/** 基金与返投: counted / pending / gap per fund and in total, 撬动规模, invested 科创 projects. */
export function FundsPanel({ funds }: { funds: Funds }) {
  const { t, locale } = useI18n();
  // Figures read side by side share one unit: no 「6,000 万元」 beside 「2.4 亿元」.
  const amount = amountFormatter(
    [
      funds.obligation,
      funds.counted.value,
      funds.pending.value,
      funds.gap,
      funds.leverageScale,
      ...funds.funds.flatMap((f) => [f.obligation, f.counted.value, f.pending.value, f.gap]),
    ],
    locale,
  );
  const perFund = useMemo<FigureChartSpec>(
    () => ({
      categories: funds.funds.map((f) => f.name),
      horizontal: true,
      series: [
        {
          name: t('cockpit.funds.counted'),
          type: 'bar',
          stack: 'r',
          amount: true,
          color: CHART_COLORS[1],
          figures: funds.funds.map((f) => f.counted),
        },
        {
          name: t('cockpit.funds.pending'),
          type: 'bar',
          stack: 'r',
          amount: true,
          color: CHART_COLORS[2],
          figures: funds.funds.map((f) => f.pending),
        },
      ],
    }),
    [funds, t],
  );
  return (
    <Card className="cockpit-panel cockpit-wide" title={t('cockpit.funds.title')} data-testid="panel-funds">
      <Flex vertical gap={16}>
        <div className="cockpit-stats">
          <FigureStat title={t('cockpit.funds.obligation')} text={amount(funds.obligation)} />
          <FigureStat
            title={t('cockpit.funds.counted')}
            text={amount(funds.counted.value)}
            figure={funds.counted}
          />
          <FigureStat
            title={t('cockpit.funds.pending')}
            text={amount(funds.pending.value)}
            figure={funds.pending}
          />
          <FigureStat title={t('cockpit.funds.gap')} text={amount(funds.gap)} />
          <FigureStat title={t('cockpit.funds.leverageScale')} text={amount(funds.leverageScale)} />
          <FigureStat
            title={t('cockpit.funds.sciTechProjects')}
            text={formatCount(funds.sciTechProjects.value, locale)}
            figure={funds.sciTechProjects}
          />
        </div>
        <Typography.Text strong>{t('cockpit.funds.perFund')}</Typography.Text>
        <FigureChart
          spec={perFund}
          title={t('cockpit.funds.perFund')}
          height={Math.max(160, 36 * funds.funds.length + 60)}
          data-testid="chart-funds"
        />
        <Table
          size="small"
          rowKey="fundId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={funds.funds}
          columns={[
            {
              title: t('cockpit.funds.fund'),
              render: (_, f) => <Link to={`/funds/${f.fundId}`}>{f.name}</Link>,
            },
            {
              title: t('cockpit.funds.obligation'),
              align: 'right',
              render: (_, f) => amount(f.obligation),
            },
            {
              title: t('cockpit.funds.counted'),
              align: 'right',
              render: (_, f) => <Link to={figureHref(f.counted)}>{amount(f.counted.value)}</Link>,
            },
            {
              title: t('cockpit.funds.pending'),
              align: 'right',
              render: (_, f) => <Link to={figureHref(f.pending)}>{amount(f.pending.value)}</Link>,
            },
            { title: t('cockpit.funds.gap'), align: 'right', render: (_, f) => amount(f.gap) },
            { title: t('cockpit.funds.ratio'), align: 'right', render: (_, f) => formatShare(f.ratio) },
          ]}
        />
        <LeadersOnlyNote shown={funds.funds.length} count={funds.fundCount} message="cockpit.funds.largestOnly" />
      </Flex>
    </Card>
  );
}
