import { Empty, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { EnterpriseQuery } from '@lianzhao/web-data';
import { dateTimeText, moneyText, StageTag, useI18n } from '@lianzhao/web-ui';

type EnterpriseLead = EnterpriseQuery['enterprise']['leads'][number];

/** The enterprise's leads, each linking to its lead page. */
export function EnterpriseLeadsTable({ leads }: { leads: readonly EnterpriseLead[] }) {
  const { t, locale } = useI18n();
  const columns: TableColumnsType<EnterpriseLead> = [
    { title: t('leads.projectName'), render: (_, l) => <Link to={`/leads/${l.id}`}>{l.projectName}</Link> },
    { title: t('leads.stage'), render: (_, l) => <StageTag stage={l.stage} /> },
    {
      title: t('leads.plannedInvestment'),
      align: 'right',
      render: (_, l) => moneyText(l.plannedInvestment, locale),
    },
    { title: t('leads.owner'), render: (_, l) => l.owner.displayName },
    { title: t('leads.createdAt'), render: (_, l) => dateTimeText(l.createdAt) },
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
