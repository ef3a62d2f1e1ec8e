import { useMemo } from 'react';
import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { ORGANIZATION_KIND_LABELS } from '@lianzhao/domain';
import type { CountFigureFieldsFragment, DashboardQuery } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import type { FigureChartSpec } from '../utils/chart-options';
import { amountFormatter, figureHref, formatCount } from '../utils/figures';
import { FigureChart } from './FigureChart';
import { FigureStat } from './FigureStat';
import { LeadersOnlyNote } from './LeadersOnlyNote';

type Referrals = DashboardQuery['dashboard']['referrals'];
const STEPS = ['filed', 'accepted', 'signed', 'landed'] as const;
type Step = (typeof STEPS)[number];
type Funnel = Record<Step, CountFigureFieldsFragment>;

/** 合作机构报备: filed → accepted → signed → landed per partner kind and organisation; 引荐奖励. */
export function ReferralsPanel({ referrals }: { referrals: Referrals }) {
  const { t, label, locale } = useI18n();
  // Figures read side by side share one unit: no 「6,000 万元」 beside 「2.4 亿元」.
  const amount = amountFormatter(
    [referrals.rewardsSuggested.value, referrals.rewardsAwardedAmount.value],
    locale,
  );
  const byKind = useMemo<FigureChartSpec>(
    () => ({
      categories: referrals.byKind.map((k) => label(ORGANIZATION_KIND_LABELS[k.kind])),
      series: STEPS.map((step) => ({
        name: t(`cockpit.referrals.${step}`),
        type: 'bar' as const,
        figures: referrals.byKind.map((k) => k[step]),
      })),
    }),
    [referrals, t, label],
  );
  const count = (f: CountFigureFieldsFragment) => (
    <Link to={figureHref(f)}>{formatCount(f.value, locale)}</Link>
  );
  const stepColumns = STEPS.map((step) => ({
    title: t(`cockpit.referrals.${step}`),
    align: 'right' as const,
    render: (_: unknown, row: Funnel) => count(row[step]),
  }));
  return (
    <Card className="cockpit-panel" title={t('cockpit.referrals.title')} data-testid="panel-referrals">
      <Flex vertical gap={16}>
        <div className="cockpit-stats">
          {STEPS.map((step) => (
            <FigureStat
              key={step}
              title={t(`cockpit.referrals.${step}`)}
              text={formatCount(referrals.total[step].value, locale)}
              figure={referrals.total[step]}
            />
          ))}
          <FigureStat
            title={t('cockpit.referrals.rewardsDue')}
            text={formatCount(referrals.rewardsDue.value, locale)}
            figure={referrals.rewardsDue}
          />
          <FigureStat
            title={t('cockpit.referrals.rewardsSuggested')}
            text={amount(referrals.rewardsSuggested.value)}
            figure={referrals.rewardsSuggested}
          />
          <FigureStat
            title={t('cockpit.referrals.rewardsAwarded')}
            text={formatCount(referrals.rewardsAwarded.value, locale)}
            figure={referrals.rewardsAwarded}
          />
          <FigureStat
            title={t('cockpit.referrals.rewardsAwardedAmount')}
            text={amount(referrals.rewardsAwardedAmount.value)}
            figure={referrals.rewardsAwardedAmount}
          />
        </div>
        <Typography.Text strong>{t('cockpit.referrals.byKind')}</Typography.Text>
        <FigureChart
          spec={byKind}
          title={t('cockpit.referrals.byKind')}
          data-testid="chart-referrals-kinds"
        />
        <Typography.Text strong>{t('cockpit.referrals.byOrganization')}</Typography.Text>
        <Table
          size="small"
          rowKey="organizationId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={referrals.byOrganization}
          columns={[
            { title: t('cockpit.referrals.organization'), render: (_, o) => o.organizationName },
            { title: t('cockpit.referrals.kind'), render: (_, o) => label(ORGANIZATION_KIND_LABELS[o.kind]) },
            ...stepColumns,
          ]}
        />
        <LeadersOnlyNote shown={referrals.byOrganization.length} count={referrals.organizationCount} />
      </Flex>
    </Card>
  );
}
