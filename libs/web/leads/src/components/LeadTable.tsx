import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Table, Tag, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { CHANNEL_LABELS } from '@lianzhao/domain';
import {
  LeadsDocument,
  type LeadCardFragment,
  type LeadFilter,
  type LeadOrder,
  type LeadOrderField,
} from '@lianzhao/web-data';
import {
  CursorPager,
  dateText,
  dateTimeText,
  moneyText,
  StageTag,
  useCursorPagination,
  useErrorMessage,
  useI18n,
} from '@lianzhao/web-ui';

const PAGE_SIZE = 20;

export interface LeadTableProps {
  filter: LeadFilter;
  orderBy?: LeadOrder;
  onOrderBy: (order: LeadOrder | undefined) => void;
  /** Whether any filter is set, to tell "nothing matches" from "nothing yet". */
  filtered: boolean;
}

/** The table view: the same filters as the board, sortable, paged through the connection. */
export function LeadTable({ filter, orderBy, onOrderBy, filtered }: LeadTableProps) {
  const { t, label, pick, locale } = useI18n();
  const toMessage = useErrorMessage();
  const pager = useCursorPagination(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error } = useQuery(LeadsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.leads;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const sorted = (field: LeadOrderField) =>
    orderBy?.field === field ? (orderBy.direction === 'ASC' ? 'ascend' : 'descend') : null;
  // With no sort chosen the API lists newest first, so the created column shows that.
  const createdOrder = orderBy ? sorted('CREATED_AT') : 'descend';

  const columns: TableColumnsType<LeadCardFragment> = [
    { title: t('leads.projectName'), render: (_, l) => <Link to={`/leads/${l.id}`}>{l.projectName}</Link> },
    { title: t('leads.enterprise'), render: (_, l) => l.enterprise.name },
    { title: t('leads.stage'), render: (_, l) => <StageTag stage={l.stage} /> },
    { title: t('attribution.segment'), render: (_, l) => `${pick(l.industry)} / ${pick(l.segment)}` },
    { title: t('attribution.channel'), render: (_, l) => label(CHANNEL_LABELS[l.channel]) },
    { title: t('attribution.owner'), render: (_, l) => l.owner.displayName },
    {
      key: 'PLANNED_INVESTMENT',
      title: t('leads.plannedInvestment'),
      align: 'right',
      sorter: true,
      sortOrder: sorted('PLANNED_INVESTMENT'),
      render: (_, l) => moneyText(l.plannedInvestment, locale),
    },
    {
      key: 'EXPECTED_SIGNING_ON',
      title: t('leads.expectedSigningOn'),
      sorter: true,
      sortOrder: sorted('EXPECTED_SIGNING_ON'),
      render: (_, l) => dateText(l.expectedSigningOn),
    },
    { title: t('leads.grade'), render: (_, l) => (l.grade ? <Tag>{l.grade}</Tag> : '—') },
    {
      key: 'CREATED_AT',
      title: t('leads.createdAt'),
      sorter: true,
      sortOrder: createdOrder,
      render: (_, l) => dateTimeText(l.createdAt),
    },
  ];

  const onChange: TableProps<LeadCardFragment>['onChange'] = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = one?.columnKey as LeadOrderField | undefined;
    onOrderBy(field && one.order ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' } : undefined);
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<LeadCardFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        onChange={onChange}
        showSorterTooltip={false}
        sortDirections={['descend', 'ascend']}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={filtered ? t('common.noMatch') : t('leads.empty')} /> }}
      />
      <CursorPager
        page={pager.page}
        pageSize={PAGE_SIZE}
        total={connection?.totalCount ?? 0}
        hasNext={connection?.pageInfo.hasNextPage ?? false}
        onPrev={pager.prev}
        onNext={() => pager.next(connection?.pageInfo.endCursor)}
        loading={loading}
      />
    </>
  );
}
