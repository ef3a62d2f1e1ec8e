import { Link } from 'react-router';
import type { FundFilter, FundOrder, FundOrderField, FundRowFragment } from '@lianzhao/web-data';
import { FundsDocument } from '@lianzhao/web-data';
import {
  ConnectionTable,
  useColumns,
  useConnectionQuery,
  useI18n,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { FUND_KIND_LABELS } from '@lianzhao/domain';
import { FundStatusTag } from './FundTags';
import { ReinvestmentBar } from './ReinvestmentBar';

export interface FundTableProps {
  filter: FundFilter;
  orderBy?: FundOrder;
  onOrderBy: (order: FundOrder | undefined) => void;
  filtered: boolean;
}

/** The 基金 list: kind, manager, size, government contribution, leverage and the 返投 bar. */
export function FundTable({ filter, orderBy, onOrderBy, filtered }: FundTableProps) {
  const { t, label } = useI18n();
  const column = useColumns();
  const page = useConnectionQuery(FundsDocument, {
    variables: { filter, orderBy },
    select: (data) => data.funds,
    // The 返投 figures follow other contexts' records: refreshed on every visit.
    fetchPolicy: 'cache-and-network',
    pageInUrl: true,
  });
  const columns: ConnectionColumn<FundRowFragment, FundOrderField>[] = [
    {
      sortField: 'NAME',
      title: t('funds.name'),
      render: (_, f) => <Link to={`/funds/${f.id}`}>{f.name}</Link>,
    },
    { title: t('funds.kind'), render: (_, f) => label(FUND_KIND_LABELS[f.kind]) },
    { title: t('funds.manager'), render: (_, f) => f.manager.name },
    { title: t('funds.status'), render: (_, f) => <FundStatusTag status={f.status} /> },
    column.money(t('funds.size'), (f) => f.size, 'SIZE'),
    column.money(t('funds.governmentContribution'), (f) => f.governmentContribution),
    {
      title: t('funds.leverage'),
      align: 'right',
      render: (_, f) => (f.leverage ? t('funds.leverageValue', { value: f.leverage }) : '—'),
    },
    {
      title: t('funds.reinvestment'),
      render: (_, f) => <ReinvestmentBar progress={f.reinvestment} compact />,
    },
    column.date(t('funds.vintageDate'), (f) => f.vintageDate, 'VINTAGE_DATE'),
  ];
  return (
    <ConnectionTable
      page={page}
      columns={columns}
      empty={t('funds.empty')}
      filtered={filtered}
      orderBy={orderBy}
      onOrderBy={onOrderBy}
    />
  );
}
