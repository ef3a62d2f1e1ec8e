import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { EnterprisesDocument, type EnterpriseFilter, type EnterpriseRowFragment } from '@lianzhao/web-data';
import {
  CursorPager,
  dateTimeText,
  moneyText,
  useCursorPagination,
  useErrorMessage,
  useI18n,
  useUrlFilters,
} from '@lianzhao/web-ui';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal';
import { EnterpriseListFilters } from '../components/EnterpriseListFilters';
import { TagList } from '../components/TagList';

const FILTER_KEYS = ['q', 'industry'] as const;
const PAGE_SIZE = 20;

export interface EnterprisesPageProps {
  /** 区领导 read the register without changing it. */
  readOnly?: boolean;
}

/** 企业库: every company the office deals with, searchable by name or credit code. */
export function EnterprisesPage({ readOnly = false }: EnterprisesPageProps) {
  const { t, pick, locale } = useI18n();
  const toMessage = useErrorMessage();
  const navigate = useNavigate();
  const [filters, setFilters, resetFilters] = useUrlFilters(FILTER_KEYS);
  const filter: EnterpriseFilter = { search: filters.q, industryCode: filters.industry };
  const pager = useCursorPagination(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(EnterprisesDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.enterprises;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const [creating, setCreating] = useState(false);
  const filtered = Object.values(filters).some(Boolean);

  const columns: TableColumnsType<EnterpriseRowFragment> = [
    {
      title: t('enterprises.name'),
      render: (_, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link>,
    },
    { title: t('enterprises.creditCode'), render: (_, e) => e.creditCode ?? '—' },
    {
      title: t('enterprises.segment'),
      render: (_, e) =>
        e.industry ? [pick(e.industry), e.segment && pick(e.segment)].filter(Boolean).join(' / ') : '—',
    },
    { title: t('enterprises.tags'), render: (_, e) => <TagList codes={e.tagCodes} /> },
    { title: t('enterprises.headquartersCity'), render: (_, e) => e.headquartersCity ?? '—' },
    {
      title: t('enterprises.registeredCapitalShort'),
      align: 'right',
      render: (_, e) => moneyText(e.registeredCapital, locale),
    },
    { title: t('enterprises.updatedAt'), render: (_, e) => dateTimeText(e.updatedAt) },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('enterprises.title')}
        </Typography.Title>
      }
      extra={
        !readOnly && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('enterprises.create')}
          </Button>
        )
      }
    >
      <EnterpriseListFilters
        search={filters.q}
        industry={filters.industry}
        onChange={setFilters}
        onReset={resetFilters}
        onRefresh={() => void refetch()}
      />
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<EnterpriseRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={filtered ? t('common.noMatch') : t('common.empty')} /> }}
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
      {creating && (
        <EnterpriseFormModal
          enterprise={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => navigate(`/enterprises/${saved.id}`)}
        />
      )}
    </Card>
  );
}
