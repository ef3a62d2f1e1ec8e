import { useMemo } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { Link } from 'react-router';
import { INVESTMENT_ROUND_LABELS } from '@lianzhao/domain';
import {
  ExportInvestmentsDocument,
  InvestmentsDocument,
  type ExportInvestmentsQuery,
  type InvestmentFilter,
  type InvestmentRowFragment,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  dateText,
  DrillBanner,
  ExportButton,
  FilterBar,
  FundSelect,
  useConnectionQuery,
  useDrill,
  useI18n,
  useUrlFilters,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { InvestmentStageTag, RecognitionTag } from '../components/FundTags';
import { LandingStatus } from '../components/LandingStatus';
import { moneyGroup } from '../utils/money';
import {
  INVESTMENT_FILTER_FIELDS,
  INVESTMENT_URL_KEYS,
  toInvestmentFilter,
} from '../utils/investment-filters';

const pickExport = (data: ExportInvestmentsQuery) => data.investmentsExport;

/**
 * 基金投资: every fund's investments in one list under URL filters — the list the cockpit's 返投
 * figures open (`?drill=`, the figure's own filter, sent unchanged).
 */
export function InvestmentsPage() {
  const { t, label, locale } = useI18n();
  const [state, update, reset] = useUrlFilters(INVESTMENT_URL_KEYS);
  const drill = useDrill<InvestmentFilter>();
  const urlFilter = useMemo(() => toInvestmentFilter(state), [state]);
  const filter = drill.filter ?? urlFilter;
  const page = useConnectionQuery(InvestmentsDocument, {
    variables: { filter },
    select: (data) => data.investments,
    pageInUrl: true,
  });
  const rows = page.connection?.edges.map((e) => e.node) ?? [];
  const money = moneyGroup(
    rows.map((i) => i.amount),
    locale,
  );
  const columns: ConnectionColumn<InvestmentRowFragment>[] = [
    {
      title: t('funds.investee'),
      render: (_, i) => <Link to={`/enterprises/${i.enterprise.id}`}>{i.enterprise.name}</Link>,
    },
    { title: t('funds.fund'), render: (_, i) => <Link to={`/funds/${i.fund.id}`}>{i.fund.name}</Link> },
    { title: t('funds.stage'), render: (_, i) => <InvestmentStageTag stage={i.stage} /> },
    { title: t('funds.round'), render: (_, i) => label(INVESTMENT_ROUND_LABELS[i.round]) },
    { title: t('funds.amount'), align: 'right', render: (_, i) => money(i.amount) },
    { title: t('funds.investedOn'), render: (_, i) => dateText(i.date) },
    { title: t('funds.recognition'), render: (_, i) => <RecognitionTag recognition={i.recognition} /> },
    { title: t('funds.landing'), render: (_, i) => <LandingStatus investment={i} /> },
  ];
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('funds.investmentsTitle')}
        </Typography.Title>
      }
    >
      {!drill.filter && (
        <FilterBar
          fields={INVESTMENT_FILTER_FIELDS}
          state={state}
          onChange={update}
          onReset={reset}
          controls={
            <FundSelect
              aria-label={t('funds.fund')}
              placeholder={t('funds.allFunds')}
              style={{ width: 240 }}
              value={state.fund}
              onChange={(fund) => update({ fund })}
            />
          }
          extra={
            <Button icon={<ReloadOutlined />} onClick={page.refetch}>
              {t('common.refresh')}
            </Button>
          }
        />
      )}
      <ConnectionTable<InvestmentRowFragment>
        page={page}
        columns={columns}
        empty={t('funds.noInvestments')}
        filtered={drill.filter !== null || Object.keys(urlFilter).length > 0}
        header={drill.filter ? (total) => <DrillBanner total={total} onClose={drill.clear} /> : undefined}
        toolbar={<ExportButton query={ExportInvestmentsDocument} variables={{ filter }} pick={pickExport} />}
      />
    </Card>
  );
}
