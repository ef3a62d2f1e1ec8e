import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { MyFundDocument } from '@lianzhao/web-data';
import { dateText, listHref, useErrorMessage, useI18n, usePageTrail } from '@lianzhao/web-ui';
import { moneyGroup } from '../utils/money';
import { ExportLedgerButton } from '../components/ExportLedgerButton';
import { LedgerTable } from '../components/LedgerTable';
import { ReinvestmentBar } from '../components/ReinvestmentBar';
import { RuleDescription } from '../components/RuleDescription';
import { reinvestmentItems } from '../components/FundFacts';
import { FUND_KIND_LABELS } from '@lianzhao/domain';

/** A fund manager's view of one of its funds: 返投 progress, the rule and the ledger, read-only. */
export function MyFundDetailPage() {
  const { t, label, locale } = useI18n();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MyFundDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const fund = data?.fund;
  usePageTrail(fund ? [{ title: t('menu.myFunds'), to: listHref('/my-funds') }, { title: fund.name }] : null);
  const back = (
    <Link to={listHref('/my-funds')}>
      <ArrowLeftOutlined /> {t('funds.backToMine')}
    </Link>
  );
  if (error) return <Alert type="error" showIcon title={toMessage(error)} action={back} />;
  if (loading && !fund) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!fund) return null;
  const r = fund.reinvestment;
  const money = moneyGroup(
    [fund.size, fund.governmentContribution, r.obligation, r.counted, r.pending, r.gap],
    locale,
  );
  return (
    <Flex vertical gap={16}>
      {back}
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {fund.name}
          </Typography.Title>
        }
      >
        <Flex vertical gap={16}>
          <ReinvestmentBar progress={r} />
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              { key: 'kind', label: t('funds.kind'), children: label(FUND_KIND_LABELS[fund.kind]) },
              { key: 'vintage', label: t('funds.vintageDate'), children: dateText(fund.vintageDate) },
              { key: 'size', label: t('funds.size'), children: money(fund.size) },
              {
                key: 'contribution',
                label: t('funds.governmentContribution'),
                children: money(fund.governmentContribution),
              },
              ...reinvestmentItems(r, money, t, { pipeline: false }),
            ]}
          />
        </Flex>
      </Card>
      <Card title={t('funds.rule.title')}>
        <RuleDescription rule={fund.rule} />
      </Card>
      <Card title={t('funds.ledger.title')} extra={<ExportLedgerButton fundId={fund.id} />}>
        <LedgerTable lines={fund.ledger} links={false} />
      </Card>
    </Flex>
  );
}
