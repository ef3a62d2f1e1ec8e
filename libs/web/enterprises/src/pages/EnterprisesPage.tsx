import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import {
  EnterprisesDocument,
  ExportEnterprisesDocument,
  type EnterpriseFilter,
  type EnterpriseRowFragment,
  type ExportEnterprisesQuery,
} from '@lianzhao/web-data';
import {
  dateTimeText,
  ExportButton,
  FilteredConnectionTable,
  amountText,
  searchField,
  useFilteredConnection,
  useI18n,
  type ConnectionColumn,
  type FilterField,
  TagList,
} from '@lianzhao/web-ui';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal';

const FILTER_KEYS = ['q', 'industry'] as const;
const pickExport = (data: ExportEnterprisesQuery) => data.enterprisesExport;
type EnterpriseUrlKey = (typeof FILTER_KEYS)[number];

/** Search by name or credit code, and the industry; kept in the URL. */
export const ENTERPRISE_FILTER_FIELDS: readonly FilterField<EnterpriseUrlKey, EnterpriseFilter>[] = [
  searchField('enterprises.search', 320),
  {
    kind: 'industry',
    key: 'industry',
    to: 'industryCode',
    label: 'enterprises.industry',
    allOption: 'enterprises.allIndustries',
    style: { width: 180 },
  },
];

export interface EnterprisesPageProps {
  /** 区领导 read the register without changing it. */
  readOnly?: boolean;
}

/** 企业库: every company the office deals with, searchable by name or credit code. */
export function EnterprisesPage({ readOnly = false }: EnterprisesPageProps) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const list = useFilteredConnection(EnterprisesDocument, {
    keys: FILTER_KEYS,
    fields: ENTERPRISE_FILTER_FIELDS,
    select: (data) => data.enterprises,
    listKey: 'enterprises',
  });
  const [creating, setCreating] = useState(false);

  const columns: ConnectionColumn<EnterpriseRowFragment>[] = [
    {
      key: 'name',
      title: t('enterprises.name'),
      render: (_, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link>,
    },
    { key: 'creditCode', title: t('enterprises.creditCode'), render: (_, e) => e.creditCode ?? '—' },
    {
      key: 'segment',
      title: t('enterprises.segment'),
      render: (_, e) =>
        e.industry ? [pick(e.industry), e.segment && pick(e.segment)].filter(Boolean).join(' / ') : '—',
    },
    { key: 'tags', title: t('enterprises.tags'), render: (_, e) => <TagList codes={e.tagCodes} /> },
    {
      key: 'headquartersCity',
      title: t('enterprises.headquartersCity'),
      render: (_, e) => e.headquartersCity ?? '—',
    },
    {
      key: 'registeredCapital',
      title: t('enterprises.registeredCapital'),
      align: 'right',
      render: (_, e) => amountText(e.registeredCapital),
    },
    { key: 'updatedAt', title: t('enterprises.updatedAt'), render: (_, e) => dateTimeText(e.updatedAt) },
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
      <FilteredConnectionTable
        list={list}
        fields={ENTERPRISE_FILTER_FIELDS}
        columns={columns}
        toolbar={
          <ExportButton
            query={ExportEnterprisesDocument}
            variables={{ filter: list.filter }}
            pick={pickExport}
          />
        }
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
