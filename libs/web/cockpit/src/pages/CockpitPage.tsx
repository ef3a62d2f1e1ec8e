import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { DashboardDocument, DashboardFundsDocument, type DashboardFundsQuery, type DashboardQuery } from '@lianzhao/web-data';
import { useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { CockpitFilterRow } from '../components/CockpitFilterRow';
import { ExportDashboardButton } from '../components/ExportDashboardButton';
import { COCKPIT_CSS } from '../components/cockpit-styles';
import { FundsPanel } from '../components/FundsPanel';
import { LandingPanel } from '../components/LandingPanel';
import { MilestonesPanel } from '../components/MilestonesPanel';
import { PipelinePanel } from '../components/PipelinePanel';
import { ReferralsPanel } from '../components/ReferralsPanel';
import { TargetsPanel } from '../components/TargetsPanel';
import { useCockpitFilters } from '../hooks/useCockpitFilters';
import { shanghaiToday } from '../utils/cockpit-filters';

export type DashboardData = DashboardQuery['dashboard'];
type FundsData = DashboardFundsQuery['dashboard']['funds'];

export interface CockpitPageProps {
  /** ADMIN sets targets and records actuals; everyone else reads. */
  canEditTargets?: boolean;
}

/**
 * 领导驾驶舱: one filter row kept in the URL, then the figure panels, each number opening the rows
 * behind it. The previous answer stays on screen while a new filter is counted.
 */
export function CockpitPage({ canEditTargets = false }: CockpitPageProps) {
  const { t } = useI18n();
  const toMessage = useErrorMessage();
  const filters = useCockpitFilters();
  const today = shanghaiToday();
  const { data, previousData, loading, error } = useQuery(DashboardDocument, {
    variables: { filter: filters.filter },
    notifyOnNetworkStatusChange: true,
  });
  // 基金与返投 depends on no filter: asked once, so a filter change does not count it again.
  const fundsQuery = useQuery(DashboardFundsDocument);
  const funds = fundsQuery.data?.dashboard.funds;
  const dashboard = (data ?? previousData)?.dashboard;
  const period = dashboard?.period;

  return (
    <Flex
      vertical
      gap={16}
      className="cockpit"
      data-testid="cockpit"
      data-loading={loading ? 'true' : 'false'}
    >
      <style>{COCKPIT_CSS}</style>
      <Card>
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('cockpit.title')}
            </Typography.Title>
            <Space wrap className="cockpit-no-print">
              <ExportDashboardButton filter={filters.filter} />
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('cockpit.print')}
              </Button>
            </Space>
          </Flex>
          <CockpitFilterRow filters={filters} today={today} />
          {period && (
            <Space wrap data-testid="cockpit-period">
              <Typography.Text>
                {t('cockpit.periodSummary', { from: period.from, to: period.to })}
              </Typography.Text>
              {period.historical ? (
                <Tag color="orange">{t('cockpit.historical', { asOf: period.asOf })}</Tag>
              ) : (
                <Tag>{t('cockpit.live', { asOf: period.asOf })}</Tag>
              )}
            </Space>
          )}
        </Flex>
      </Card>
      {Boolean(error) && <Alert type="error" showIcon title={toMessage(error)} />}
      {Boolean(fundsQuery.error) && !error && <Alert type="error" showIcon title={toMessage(fundsQuery.error)} />}
      {dashboard && <CockpitPanels dashboard={dashboard} funds={funds} canEditTargets={canEditTargets} />}
      {!dashboard && !error && <PanelsSkeleton />}
    </Flex>
  );
}

/** The panels' places while the first figures are counted: no 0 a leader could read as a figure. */
function PanelsSkeleton(): ReactNode {
  return (
    <div className="cockpit-grid" data-testid="cockpit-skeleton" aria-busy="true">
      {[1, 2, 3, 4, 5, 6].map((n) => (
        <Card key={n}>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ))}
    </div>
  );
}

/** The figure panels in the page's responsive grid. */
function CockpitPanels({
  dashboard,
  funds,
  canEditTargets,
}: {
  dashboard: DashboardData;
  /** Absent while its own query is counted. */
  funds: FundsData | undefined;
  canEditTargets: boolean;
}): ReactNode {
  return (
    <div className="cockpit-grid" data-testid="cockpit-panels">
      <PipelinePanel pipeline={dashboard.pipeline} />
      <MilestonesPanel milestones={dashboard.milestones} />
      <ReferralsPanel referrals={dashboard.referrals} />
      <LandingPanel landing={dashboard.landing} />
      {funds ? (
        <FundsPanel funds={funds} />
      ) : (
        <Card className="cockpit-panel cockpit-wide" aria-busy="true">
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      )}
      <TargetsPanel targets={dashboard.targets} canEdit={canEditTargets} />
    </div>
  );
}
