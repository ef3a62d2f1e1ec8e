import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { isRole, ROLE_LABELS, ROLES } from '@lianzhao/domain';
import { UsersDocument, type UserFilter, type UserRowFragment } from '@lianzhao/web-data';
import { CursorPager, useCursorPagination, useErrorMessage, useI18n, useUrlFilters } from '@lianzhao/web-ui';
import { ListFilters } from '../components/ListFilters';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { StatusTag } from '../components/StatusTag';
import { UserActiveToggle } from '../components/UserActiveToggle';
import { UserFormModal } from '../components/UserFormModal';
import { parseActive } from '../utils/values';

const FILTER_KEYS = ['q', 'role', 'active'] as const;
const PAGE_SIZE = 20;

/** 用户管理: every account, filtered by text, role and status (all kept in the URL). */
export function UsersPage() {
  const { t, label } = useI18n();
  const toMessage = useErrorMessage();
  const [filters, setFilters, resetFilters] = useUrlFilters(FILTER_KEYS);
  const filter: UserFilter = {
    search: filters.q,
    role: isRole(filters.role) ? filters.role : undefined,
    active: parseActive(filters.active),
  };
  const pager = useCursorPagination(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(UsersDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.users;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const [editing, setEditing] = useState<UserRowFragment | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRowFragment | null>(null);
  const filtered = Object.values(filters).some(Boolean);

  const columns: TableColumnsType<UserRowFragment> = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.role'), dataIndex: 'role', render: (_, user) => label(ROLE_LABELS[user.role]) },
    { title: t('users.organization'), render: (_, user) => user.organization?.name ?? '—' },
    { title: t('users.phone'), render: (_, user) => user.phone ?? '—' },
    { title: t('users.email'), render: (_, user) => user.email ?? '—' },
    { title: t('common.status'), render: (_, user) => <StatusTag active={user.active} /> },
    {
      title: t('users.lastLoginAt'),
      render: (_, user) =>
        user.lastLoginAt ? dayjs(user.lastLoginAt).format('YYYY-MM-DD HH:mm') : t('users.neverLoggedIn'),
    },
    {
      title: t('common.actions'),
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" onClick={() => setEditing(user)}>
            {t('common.edit')}
          </Button>
          <Button type="link" onClick={() => setResetting(user)}>
            {t('users.resetPassword')}
          </Button>
          <UserActiveToggle user={user} />
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('users.create')}
        </Button>
      }
    >
      <ListFilters
        search={filters.q}
        searchPlaceholder={t('users.search')}
        onSearch={(q) => setFilters({ q })}
        active={filters.active}
        onActive={(active) => setFilters({ active })}
        onReset={resetFilters}
        onRefresh={() => void refetch()}
      >
        <Select<string>
          aria-label={t('users.role')}
          style={{ width: 180 }}
          value={filter.role ?? ''}
          onChange={(role) => setFilters({ role: role || undefined })}
          options={[
            { value: '', label: t('users.allRoles') },
            ...ROLES.map((role) => ({ value: role, label: label(ROLE_LABELS[role]) })),
          ]}
        />
      </ListFilters>
      {error && <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<UserRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: <Empty description={filtered ? t('common.noMatch') : t('common.empty')} />,
        }}
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
        <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </Card>
  );
}
