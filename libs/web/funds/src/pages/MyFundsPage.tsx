import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import {
  ExportFundsDocument,
  MyFundsDocument,
  type ExportFundsQuery,
  type MyFundsQuery,
} from '@lianzhao/web-data';
import {
  ConnectionTable,
  ExportButton,
  moneyText,
  useConnectionQuery,
  useI18n,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { FundStatusTag } from '../components/FundTags';
import { ReinvestmentBar } from '../components/ReinvestmentBar';
import { FUND_KIND_LABELS } from '@lianzhao/domain';

const pickExport = (data: ExportFundsQuery) => data.fundsExport;

type Row = MyFundsQuery['funds']['edges'][number]['node'];

/** 我的基金 (partner portal): the funds the partner's organisation manages, with their 返投 progress; read-only. */
export function MyFundsPage() {
  const { t, label, locale } = useI18n();
  const page = useConnectionQuery(MyFundsDocument, {
    variables: {},
    select: (data) => data.funds,
    fetchPolicy: 'cache-and-network',
    pageInUrl: true,
  });
  const columns: ConnectionColumn<Row>[] = [
    { title: t('funds.name'), render: (_, f) => <Link to={`/my-funds/${f.id}`}>{f.name}</Link> },
    { title: t('funds.kind'), render: (_, f) => label(FUND_KIND_LABELS[f.kind]) },
    { title: t('funds.status'), render: (_, f) => <FundStatusTag status={f.status} /> },
    { title: t('funds.size'), align: 'right', render: (_, f) => moneyText(f.size, locale) },
    {
      title: t('funds.obligation'),
      align: 'right',
      render: (_, f) => moneyText(f.reinvestment.obligation, locale),
    },
    {
      title: t('funds.counted'),
      align: 'right',
      render: (_, f) => moneyText(f.reinvestment.counted, locale),
    },
    {
      title: t('funds.reinvestment'),
      render: (_, f) => <ReinvestmentBar progress={f.reinvestment} compact />,
    },
  ];
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('funds.myTitle')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">{t('funds.myIntro')}</Typography.Paragraph>
        <ConnectionTable
          page={page}
          columns={columns}
          empty={t('funds.myEmpty')}
          toolbar={<ExportButton query={ExportFundsDocument} variables={{}} pick={pickExport} />}
        />
      </Card>
    </Flex>
  );
}
