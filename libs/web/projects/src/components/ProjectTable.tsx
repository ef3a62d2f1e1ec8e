import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { MILESTONE_LABELS, PROJECT_TYPE_LABELS } from '@lianzhao/domain';
import {
  ProjectsDocument,
  type ProjectFilter,
  type ProjectOrder,
  type ProjectOrderField,
  type ProjectRowFragment,
} from '@lianzhao/web-data';
import {
  CursorPager,
  dateText,
  moneyText,
  useCursorPagination,
  useErrorMessage,
  useI18n,
} from '@lianzhao/web-ui';
import { HealthTag } from './HealthTag';
import { MilestoneProgress } from './MilestoneProgress';

const PAGE_SIZE = 20;

export interface ProjectTableProps {
  filter: ProjectFilter;
  orderBy?: ProjectOrder;
  onOrderBy: (order: ProjectOrder | undefined) => void;
  filtered: boolean;
}

/** The project list: a milestone progress bar per project, sortable, paged through the connection. */
export function ProjectTable({ filter, orderBy, onOrderBy, filtered }: ProjectTableProps) {
  const { t, label, pick, locale } = useI18n();
  const toMessage = useErrorMessage();
  const pager = useCursorPagination(JSON.stringify([filter, orderBy]));
  const { data, previousData, loading, error } = useQuery(ProjectsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.projects;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const sorted = (field: ProjectOrderField) =>
    orderBy?.field === field ? (orderBy.direction === 'ASC' ? 'ascend' : 'descend') : null;

  const columns: TableColumnsType<ProjectRowFragment> = [
    {
      title: t('projects.name'),
      render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link>,
    },
    { title: t('projects.enterprise'), render: (_, p) => p.enterprise.name },
    { title: t('projects.type'), render: (_, p) => label(PROJECT_TYPE_LABELS[p.type]) },
    { title: t('projects.progress'), render: (_, p) => <MilestoneProgress milestones={p.milestones} /> },
    {
      key: 'DAYS_LATE',
      title: t('projects.health'),
      sorter: true,
      sortOrder: sorted('DAYS_LATE'),
      render: (_, p) => <HealthTag health={p.health} daysLate={p.daysLate} />,
    },
    {
      title: t('projects.nextMilestone'),
      render: (_, p) => (p.nextMilestone ? label(MILESTONE_LABELS[p.nextMilestone]) : '—'),
    },
    { title: t('attribution.segment'), render: (_, p) => `${pick(p.industry)} / ${pick(p.segment)}` },
    { title: t('attribution.town'), render: (_, p) => (p.town ? pick(p.town) : '—') },
    { title: t('attribution.owner'), render: (_, p) => p.owner.displayName },
    {
      key: 'CONTRACT_INVESTMENT',
      title: t('projects.contractInvestment'),
      align: 'right',
      sorter: true,
      sortOrder: sorted('CONTRACT_INVESTMENT'),
      render: (_, p) => moneyText(p.contractInvestment, locale),
    },
    {
      key: 'SIGNED_ON',
      title: t('projects.signedOn'),
      sorter: true,
      // With no sort chosen the API lists the latest signed first.
      sortOrder: orderBy ? sorted('SIGNED_ON') : 'descend',
      render: (_, p) => dateText(p.signedOn),
    },
    {
      key: 'LANDED_ON',
      title: t('projects.landedShort'),
      sorter: true,
      sortOrder: sorted('LANDED_ON'),
      render: (_, p) => dateText(p.landedOn),
    },
  ];

  const onChange: TableProps<ProjectRowFragment>['onChange'] = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = one?.columnKey as ProjectOrderField | undefined;
    onOrderBy(field && one.order ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' } : undefined);
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<ProjectRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        onChange={onChange}
        showSorterTooltip={false}
        sortDirections={['descend', 'ascend']}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={filtered ? t('common.noMatch') : t('projects.empty')} /> }}
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
