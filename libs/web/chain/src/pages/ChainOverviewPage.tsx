import { useQuery } from '@apollo/client/react';
import { Alert, Card, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import {
  ChainOverviewDocument,
  type ChainFiguresFieldsFragment,
  type ChainOverviewQuery,
} from '@lianzhao/web-data';
import { useErrorMessage, useI18n, type MessageKey } from '@lianzhao/web-ui';

type Industry = ChainOverviewQuery['chainOverview']['industries'][number];
type Figure = keyof Omit<ChainFiguresFieldsFragment, '__typename'>;

/** Figures with a list behind them open it; the status figures open the map (its links of that status). */
const LIST_OF: Partial<Record<Figure, string>> = {
  localEnterprises: 'ENTERPRISES',
  openLeads: 'LEADS',
  referrals: 'REFERRALS',
  targets: 'TARGETS',
  investments: 'INVESTMENTS',
};

const FIGURES: readonly [Figure, MessageKey][] = [
  ['links', 'chain.links'],
  ['missing', 'chain.missing'],
  ['weak', 'chain.weak'],
  ['complete', 'chain.complete'],
  ['localEnterprises', 'chain.localEnterprises'],
  ['openLeads', 'chain.openLeads'],
  ['referrals', 'chain.referrals'],
  ['targets', 'chain.targets'],
  ['investments', 'chain.investments'],
];

const monthAgo = () => dayjs().subtract(30, 'day').format('YYYY-MM-DD');

/** 产业链总览 for leadership: the four chains, their gaps and the change since a chosen day. */
export function ChainOverviewPage() {
  const { t } = useI18n();
  const toMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const since = params.get('since') ?? monthAgo();
  const { data, previousData, loading, error } = useQuery(ChainOverviewDocument, {
    variables: { since },
    fetchPolicy: 'cache-and-network',
  });
  const overview = (data ?? previousData)?.chainOverview;

  const cell = (industry: Industry, figure: Figure) => {
    const now = industry.now[figure];
    const delta = now - industry.then[figure];
    const list = LIST_OF[figure];
    const href = list
      ? `/chain/list?kind=${list}&industry=${industry.code}`
      : `/chain?industry=${industry.code}`;
    return (
      <Flex vertical>
        <Link to={href} data-testid={`overview-${industry.code}-${figure}`}>
          {now}
        </Link>
        {delta !== 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('chain.change', { delta: delta > 0 ? `+${delta}` : String(delta) })}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  };

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('chain.overviewTitle')}
        </Typography.Title>
      }
      extra={
        <DatePicker
          aria-label={t('chain.since')}
          allowClear={false}
          value={dayjs(since)}
          onChange={(d) => d && setParams({ since: d.format('YYYY-MM-DD') }, { replace: true })}
        />
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('chain.overviewIntro')}</Typography.Text>
        {error ? <Alert type="error" message={toMessage(error)} /> : null}
        <Table<Industry>
          rowKey="code"
          loading={loading && !overview}
          pagination={false}
          dataSource={overview?.industries ?? []}
          columns={[
            {
              title: t('chain.industry'),
              render: (_, i) => <Link to={`/chain?industry=${i.code}`}>{i.name}</Link>,
            },
            ...FIGURES.map(([figure, key]) => ({
              title: t(key),
              key: figure,
              render: (_: unknown, i: Industry) => cell(i, figure),
            })),
          ]}
        />
      </Flex>
    </Card>
  );
}
