import { Empty, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { moneyLabel } from '@lianzhao/domain';
import type { EnterpriseQuery } from '@lianzhao/web-data';
import { amountText, dateTimeText, StageTag, useI18n } from '@lianzhao/web-ui';

type EnterpriseLead = EnterpriseQuery['enterprise']['leads'][number];

/** The enterprise's leads, each linking to its lead page. */
export function EnterpriseLeadsTable({ leads }: { leads: readonly EnterpriseLead[] }) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<EnterpriseLead> = [
    {
      title: t('enterprises.leadProjectName'),
      render: (_, l) => <Link to={`/leads/${l.id}`}>{l.projectName}</Link>,
    },
    { title: t('enterprises.leadStage'), render: (_, l) => <StageTag stage={l.stage} /> },
    {
      title: moneyLabel(t('enterprises.leadPlannedInvestment'), 'WAN', locale),
      align: 'right',
      render: (_, l) => amountText(l.plannedInvestment),
    },
    { title: t('enterprises.leadOwner'), render: (_, l) => l.owner.displayName },
    { title: t('enterprises.leadCreatedAt'), render: (_, l) => dateTimeText(l.createdAt) },
  ];
  return (
    <Table<EnterpriseLead>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...leads]}
      pagination={false}
      locale={{ emptyText: <Empty description={t('enterprises.noLeads')} /> }}
    />
  );
}
