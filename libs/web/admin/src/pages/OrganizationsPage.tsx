import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { Button, Card, Space, Typography } from 'antd';
import { ORGANIZATION_KIND_LABELS } from '@lianzhao/domain';
import {
  ExportOrganizationsDocument,
  OrganizationsDocument,
  type ExportOrganizationsQuery,
  type OrganizationRowFragment,
} from '@lianzhao/web-data';
import {
  ExportButton,
  FilteredConnectionTable,
  useFilteredConnection,
  useI18n,
  type ConnectionColumn,
} from '@lianzhao/web-ui';
import { OrganizationActiveToggle } from '../components/OrganizationActiveToggle';
import { OrganizationFormModal } from '../components/OrganizationFormModal';
import { StatusTag } from '../components/StatusTag';
import { ORGANIZATION_FILTER_FIELDS, ORGANIZATION_URL_KEYS } from '../utils/admin-filters';

const pickExport = (data: ExportOrganizationsQuery) => data.organizationsExport;

/** 合作机构: the partner organisations whose users file referrals. */
export function OrganizationsPage() {
  const { t, label } = useI18n();
  const list = useFilteredConnection(OrganizationsDocument, {
    keys: ORGANIZATION_URL_KEYS,
    fields: ORGANIZATION_FILTER_FIELDS,
    select: (data) => data.organizations,
  });
  const [editing, setEditing] = useState<OrganizationRowFragment | 'new' | null>(null);

  const columns: ConnectionColumn<OrganizationRowFragment>[] = [
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
      <FilteredConnectionTable
        list={list}
        fields={ORGANIZATION_FILTER_FIELDS}
        columns={columns}
        toolbar={
          <ExportButton
            query={ExportOrganizationsDocument}
            variables={{ filter: list.filter }}
            pick={pickExport}
          />
        }
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
