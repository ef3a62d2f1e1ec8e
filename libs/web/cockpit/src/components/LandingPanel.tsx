import { useMemo, useState } from 'react';
import { Card, Flex, Segmented, Tabs, Typography } from 'antd';
import { CHANNEL_LABELS, CHANNELS, type Channel, type LocalizedLabel } from '@lianzhao/domain';
import type {
  DashboardQuery,
  LandingGroupFieldsFragment,
  LandingPeriodFieldsFragment,
} from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import type { FigureChartSpec } from '../utils/chart-options';
import { amountFormatter, formatCount, formatShare } from '../utils/figures';
import { FigureChart } from './FigureChart';
import { FigureStat } from './FigureStat';
import { LeadersOnlyNote } from './LeadersOnlyNote';

type Landing = DashboardQuery['dashboard']['landing'];
type Grain = 'byMonth' | 'byQuarter' | 'byYear';
type Breakdown = 'byIndustry' | 'bySegment' | 'byChannel' | 'byPartner' | 'byTown' | 'byPark';
const BREAKDOWNS: readonly Breakdown[] = [
  'byIndustry',
  'bySegment',
  'byChannel',
  'byPartner',
  'byTown',
  'byPark',
];
const GRAINS: readonly Grain[] = ['byMonth', 'byQuarter', 'byYear'];

/** A group's name: a channel in the page's language, else the name the server found (or the code). */
function groupName(
  g: LandingGroupFieldsFragment,
  breakdown: Breakdown,
  label: (l: LocalizedLabel) => string,
): string {
  const channel = CHANNELS.find((c): c is Channel => c === g.key);
  if (breakdown === 'byChannel' && channel) return label(CHANNEL_LABELS[channel]);
  return g.name ?? g.key;
}

/** 签约与落地: per month / quarter / year, the landed projects by industry … park, 四大主导产业. */
export function LandingPanel({ landing }: { landing: Landing }) {
  const { t, label, locale } = useI18n();
  // Figures read side by side share one unit: no 「6,000 万元」 beside 「2.4 亿元」.
  const amount = amountFormatter(
    [
      landing.signed.contractInvestment.value,
      landing.landed.contractInvestment.value,
      landing.landed.plannedFixedAssetInvestment.value,
      landing.landed.actualFixedAssetInvestment.value,
      landing.landed.expectedOutput.value,
    ],
    locale,
  );
  const [grain, setGrain] = useState<Grain>('byMonth');
  const [breakdown, setBreakdown] = useState<Breakdown>('byIndustry');
  const rows: readonly LandingPeriodFieldsFragment[] = landing[grain];
  const periods = useMemo<FigureChartSpec>(
    () => ({
      categories: rows.map((r) => r.label),
      series: [
        {
          name: t('cockpit.landing.signedProjects'),
          type: 'bar',
          figures: rows.map((r) => r.signed.projects),
        },
        {
          name: t('cockpit.landing.landedProjects'),
          type: 'bar',
          figures: rows.map((r) => r.landed.projects),
        },
        {
          name: t('cockpit.landing.signedInvestment'),
          type: 'line',
          amount: true,
          figures: rows.map((r) => r.signed.contractInvestment),
        },
        {
          name: t('cockpit.landing.landedInvestment'),
          type: 'line',
          amount: true,
          figures: rows.map((r) => r.landed.contractInvestment),
        },
      ],
    }),
    [rows, t],
  );
  const groups: readonly LandingGroupFieldsFragment[] = landing[breakdown];
  const byGroup = useMemo<FigureChartSpec>(
    () => ({
      categories: groups.map((g) => groupName(g, breakdown, label)),
      horizontal: true,
      series: [
        {
          name: t('cockpit.landing.landedProjects'),
          type: 'bar',
          figures: groups.map((g) => g.landed.projects),
        },
        {
          name: t('cockpit.landing.landedInvestment'),
          type: 'bar',
          amount: true,
          figures: groups.map((g) => g.landed.contractInvestment),
        },
      ],
    }),
    [groups, t, breakdown, label],
  );
  const leading = landing.leadingIndustries;
  return (
    <Card
      className="cockpit-panel cockpit-full"
      title={t('cockpit.landing.title')}
      data-testid="panel-landing"
    >
      <Flex vertical gap={16}>
        <div className="cockpit-stats">
          <FigureStat
            title={t('cockpit.landing.signedProjects')}
            text={formatCount(landing.signed.projects.value, locale)}
            figure={landing.signed.projects}
          />
          <FigureStat
            title={t('cockpit.landing.signedInvestment')}
            text={amount(landing.signed.contractInvestment.value)}
            figure={landing.signed.contractInvestment}
          />
          <FigureStat
            title={t('cockpit.landing.landedProjects')}
            text={formatCount(landing.landed.projects.value, locale)}
            figure={landing.landed.projects}
            data-testid="stat-landed-projects"
          />
          <FigureStat
            title={t('cockpit.landing.landedInvestment')}
            text={amount(landing.landed.contractInvestment.value)}
            figure={landing.landed.contractInvestment}
          />
          <FigureStat
            title={t('cockpit.landing.plannedFixed')}
            text={amount(landing.landed.plannedFixedAssetInvestment.value)}
            figure={landing.landed.plannedFixedAssetInvestment}
          />
          <FigureStat
            title={t('cockpit.landing.actualFixed')}
            text={amount(landing.landed.actualFixedAssetInvestment.value)}
            figure={landing.landed.actualFixedAssetInvestment}
          />
          <FigureStat
            title={t('cockpit.landing.expectedOutput')}
            text={amount(landing.landed.expectedOutput.value)}
            figure={landing.landed.expectedOutput}
          />
          <FigureStat
            title={t('cockpit.landing.leadingShare')}
            text={formatShare(leading.contractInvestmentShare)}
            figure={leading.landed.contractInvestment}
            suffix={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('cockpit.landing.leadingProjects', {
                  count: leading.landed.projects.value,
                  share: formatShare(leading.projectShare),
                })}
              </Typography.Text>
            }
          />
        </div>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text strong>{t('cockpit.landing.byPeriod')}</Typography.Text>
          <Segmented<Grain>
            className="cockpit-no-print"
            value={grain}
            onChange={setGrain}
            options={GRAINS.map((g) => ({ value: g, label: t(`cockpit.landing.${g}`) }))}
          />
        </Flex>
        <FigureChart
          spec={periods}
          title={t('cockpit.landing.byPeriod')}
          height={300}
          data-testid="chart-landing-periods"
        />
        <Tabs
          activeKey={breakdown}
          onChange={(key) => setBreakdown(key as Breakdown)}
          items={BREAKDOWNS.map((b) => ({ key: b, label: t(`cockpit.landing.${b}`) }))}
        />
        <FigureChart
          spec={byGroup}
          title={t(`cockpit.landing.${breakdown}`)}
          height={Math.max(180, 32 * groups.length + 60)}
          data-testid="chart-landing-breakdown"
        />
        {breakdown === 'byPartner' && (
          <LeadersOnlyNote shown={landing.byPartner.length} count={landing.partnerCount} />
        )}
      </Flex>
    </Card>
  );
}
