import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { ROLE_LABELS } from '@lianzhao/domain';
import {
  ExportUsersDocument,
  UsersDocument,
  type ExportUsersQuery,
  type UserRowFragment,
} from '@lianzhao/web-data';
import {
  ExportButton,
  FilteredConnectionTable,
  useFilteredConnection,
  useI18n,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { StatusTag } from '../components/StatusTag';
import { UserActiveToggle } from '../components/UserActiveToggle';
import { UserFormModal } from '../components/UserFormModal';
import { USER_FILTER_FIELDS, USER_URL_KEYS } from '../utils/admin-filters';

const pickExport = (data: ExportUsersQuery) => data.usersExport;

/** 用户管理: every account, filtered by text, role and status (all kept in the URL). */
export function UsersPage() {
  const { t, label } = useI18n();
  const list = useFilteredConnection(UsersDocument, {
    keys: USER_URL_KEYS,
    fields: USER_FILTER_FIELDS,
    select: (data) => data.users,
  });
  const [editing, setEditing] = useState<UserRowFragment | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRowFragment | null>(null);

  const columns: ConnectionColumn<UserRowFragment>[] = [
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
      <FilteredConnectionTable
        list={list}
        fields={USER_FILTER_FIELDS}
        columns={columns}
        toolbar={
          <ExportButton query={ExportUsersDocument} variables={{ filter: list.filter }} pick={pickExport} />
        }
      />
      {editing && (
        <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </Card>
  );
}
