import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Alert, Button, Card, Empty, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { isOrganizationKind, ORGANIZATION_KIND_LABELS, ORGANIZATION_KINDS } from '@lianzhao/domain';
import {
  OrganizationsDocument,
  type OrganizationFilter,
  type OrganizationRowFragment,
} from '@lianzhao/web-data';
import { CursorPager, useCursorPagination, useErrorMessage, useI18n, useUrlFilters } from '@lianzhao/web-ui';
import { ListFilters } from '../components/ListFilters';
import { OrganizationActiveToggle } from '../components/OrganizationActiveToggle';
import { OrganizationFormModal } from '../components/OrganizationFormModal';
import { StatusTag } from '../components/StatusTag';
import { parseActive } from '../utils/values';

const FILTER_KEYS = ['q', 'kind', 'active'] as const;
const PAGE_SIZE = 20;

/** 合作机构: the partner organisations whose users file referrals. */
export function OrganizationsPage() {
  const { t, label } = useI18n();
  const toMessage = useErrorMessage();
  const [filters, setFilters, resetFilters] = useUrlFilters(FILTER_KEYS);
  const filter: OrganizationFilter = {
    search: filters.q,
    kind: isOrganizationKind(filters.kind) ? filters.kind : undefined,
    active: parseActive(filters.active),
  };
  const pager = useCursorPagination(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(OrganizationsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.organizations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const [editing, setEditing] = useState<OrganizationRowFragment | 'new' | null>(null);
  const filtered = Object.values(filters).some(Boolean);

  const columns: TableColumnsType<OrganizationRowFragment> = [
    {
      title: t('orgs.name'),
      // The organisation's referrals, conversion and rewards live on its page under 报备审核.
      render: (_, org) => <Link to={`/referrals/organizations/${org.id}`}>{org.name}</Link>,
    },
    { title: t('orgs.kind'), render: (_, org) => label(ORGANIZATION_KIND_LABELS[org.kind]) },
    { title: t('orgs.creditCode'), render: (_, org) => org.creditCode ?? '—' },
    { title: t('orgs.contactName'), render: (_, org) => org.contactName ?? '—' },
    { title: t('orgs.contactPhone'), render: (_, org) => org.contactPhone ?? '—' },
    { title: t('orgs.userCount'), dataIndex: 'userCount', align: 'right' },
    { title: t('common.status'), render: (_, org) => <StatusTag active={org.active} /> },
    {
      title: t('common.actions'),
      render: (_, org) => (
        <Space size={0}>
          <Button type="link" onClick={() => setEditing(org)}>
            {t('common.edit')}
          </Button>
          <OrganizationActiveToggle organization={org} />
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('orgs.title')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('orgs.create')}
        </Button>
      }
    >
      <ListFilters
        search={filters.q}
        searchPlaceholder={t('orgs.search')}
        onSearch={(q) => setFilters({ q })}
        active={filters.active}
        onActive={(active) => setFilters({ active })}
        onReset={resetFilters}
        onRefresh={() => void refetch()}
      >
        <Select<string>
          aria-label={t('orgs.kind')}
          style={{ width: 200 }}
          value={filter.kind ?? ''}
          onChange={(kind) => setFilters({ kind: kind || undefined })}
          options={[
            { value: '', label: t('orgs.allKinds') },
            ...ORGANIZATION_KINDS.map((kind) => ({
              value: kind,
              label: label(ORGANIZATION_KIND_LABELS[kind]),
            })),
          ]}
        />
      </ListFilters>
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<OrganizationRowFragment>
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
      {editing && (
        <OrganizationFormModal
          organization={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
