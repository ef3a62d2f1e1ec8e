import { useState, type ReactNode } from 'react';
import { ArrowLeftOutlined, EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Space, Table, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { EnterpriseDocument, type EnterpriseDetailFragment } from '@lianzhao/web-data';
import {
  amountText,
  dateText,
  dateTimeText,
  listHref,
  useErrorMessage,
  useI18n,
  usePageTrail,
  TagList,
} from '@lianzhao/web-ui';
import { EnterpriseAuditTrail } from '../components/EnterpriseAuditTrail';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal';
import { EnterpriseLeadsTable } from '../components/EnterpriseLeadsTable';
import { MergeEnterprisesModal } from '../components/MergeEnterprisesModal';

type Contact = EnterpriseDetailFragment['contacts'][number];

export interface EnterpriseDetailPageProps {
  readOnly?: boolean;
  /** The 基金 tab beside the leads: the funds' investments in this enterprise (from the funds feature). */
  funds?: ReactNode;
  /** The 可享政策 card (from the policies feature), given the enterprise's version so it rereads after each change. */
  policies?: (version: number) => ReactNode;
}

/** One enterprise: its particulars, contacts, leads and history; edit and merge for officers. */
export function EnterpriseDetailPage({ readOnly = false, funds, policies }: EnterpriseDetailPageProps) {
  const { t, pick } = useI18n();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(EnterpriseDocument, { variables: { id } });
  const [dialog, setDialog] = useState<'edit' | 'merge' | null>(null);
  const [tab, setTab] = useState<'leads' | 'funds'>('leads');
  const enterprise = data?.enterprise;
  usePageTrail(
    enterprise
      ? [{ title: t('menu.enterprises'), to: listHref('/enterprises') }, { title: enterprise.name }]
      : null,
  );

  const back = (
    <Link to={listHref('/enterprises')}>
      <ArrowLeftOutlined /> {t('enterprises.back')}
    </Link>
  );
  if (error) return <Alert type="error" showIcon title={toMessage(error)} action={back} />;
  if (loading && !enterprise) return <Skeleton active />;
  if (!enterprise) return null;

  return (
    <Flex vertical gap={16}>
      {back}
      <Card
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {enterprise.name}
          </Typography.Title>
        }
        extra={
          !readOnly && (
            <Space>
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                {t('common.edit')}
              </Button>
              <Button icon={<MergeCellsOutlined />} onClick={() => setDialog('merge')}>
                {t('enterprises.merge')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'creditCode', label: t('enterprises.creditCode'), children: enterprise.creditCode ?? '—' },
            {
              key: 'segment',
              label: t('enterprises.segment'),
              children: enterprise.industry
                ? [pick(enterprise.industry), enterprise.segment && pick(enterprise.segment)]
                    .filter(Boolean)
                    .join(' / ')
                : '—',
            },
            { key: 'tags', label: t('enterprises.tags'), children: <TagList codes={enterprise.tagCodes} /> },
            {
              key: 'legal',
              label: t('enterprises.legalRepresentative'),
              children: enterprise.legalRepresentative ?? '—',
            },
            {
              key: 'capital',
              label: t('enterprises.registeredCapital'),
              children: amountText(enterprise.registeredCapital),
            },
            { key: 'founded', label: t('enterprises.foundedOn'), children: dateText(enterprise.foundedOn) },
            {
              key: 'localStock',
              label: t('enterprises.localStockSince'),
              children: dateText(enterprise.localStockSince),
            },
            {
              key: 'city',
              label: t('enterprises.headquartersCity'),
              children: enterprise.headquartersCity ?? '—',
            },
            { key: 'address', label: t('enterprises.address'), children: enterprise.address ?? '—' },
            { key: 'website', label: t('enterprises.website'), children: enterprise.website ?? '—' },
            {
              key: 'updated',
              label: t('enterprises.updatedAt'),
              children: dateTimeText(enterprise.updatedAt),
            },
          ]}
        />
      </Card>
      <Card title={t('enterprises.contacts')}>
        <Table<Contact>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...enterprise.contacts]}
          locale={{ emptyText: <Empty description={t('enterprises.noContacts')} /> }}
          columns={[
            { title: t('enterprises.contactName'), dataIndex: 'name' },
            { title: t('enterprises.contactTitle'), render: (_, c) => c.title ?? '—' },
            { title: t('enterprises.contactPhone'), render: (_, c) => c.phone ?? '—' },
            { title: t('enterprises.contactEmail'), render: (_, c) => c.email ?? '—' },
          ]}
        />
      </Card>
      <Card
        tabList={[
          { key: 'leads', label: t('enterprises.leads') },
          ...(funds ? [{ key: 'funds', label: t('enterprises.funds') }] : []),
        ]}
        activeTabKey={tab}
        onTabChange={(key) => setTab(key === 'funds' ? 'funds' : 'leads')}
      >
        {tab === 'funds' && funds ? funds : <EnterpriseLeadsTable leads={enterprise.leads} />}
      </Card>
      {policies?.(enterprise.version)}
      <Card title={t('enterprises.auditTrail')}>
        <EnterpriseAuditTrail entries={enterprise.auditTrail} />
      </Card>
      {dialog === 'edit' && <EnterpriseFormModal enterprise={enterprise} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && (
        <MergeEnterprisesModal enterprise={enterprise} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}
