import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { FundTotalsDocument } from '@lianzhao/web-data';
import { useI18n } from '@lianzhao/web-ui';
import { moneyGroup } from '../utils/money';

/** District totals: 撬动规模, government contribution, 科创 projects invested, 返投 counted against obligation. */
export function FundTotalsStrip() {
  const { t, locale } = useI18n();
  const { data, loading } = useQuery(FundTotalsDocument, { fetchPolicy: 'cache-and-network' });
  const totals = data?.fundTotals;
  const money = moneyGroup(
    totals
      ? [
          totals.leverageScale,
          totals.governmentContribution,
          totals.obligation,
          totals.counted,
          totals.pending,
          totals.gap,
        ]
      : [],
    locale,
  );
  const items: [string, string][] = totals
    ? [
        [t('funds.totals.leverageScale'), money(totals.leverageScale)],
        [t('funds.totals.governmentContribution'), money(totals.governmentContribution)],
        [t('funds.totals.funds'), String(totals.funds)],
        [t('funds.totals.sciTechProjects'), String(totals.sciTechProjects)],
        [t('funds.totals.obligation'), money(totals.obligation)],
        [t('funds.totals.counted'), money(totals.counted)],
        [t('funds.totals.pending'), money(totals.pending)],
        [t('funds.totals.gap'), money(totals.gap)],
      ]
    : [];
  return (
    <Card size="small" data-testid="fund-totals">
      {loading && !totals ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[16, 8]}>
          {items.map(([title, value]) => (
            <Col key={title} xs={12} md={6} xl={3}>
              <Statistic
                title={title}
                value={value}
                formatter={() => value}
                styles={{ content: { fontSize: 18 } }}
              />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
