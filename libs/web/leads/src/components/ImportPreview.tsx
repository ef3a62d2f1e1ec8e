import { Alert, Flex, Table, Tag } from 'antd';
import type { ImportLeadsMutation } from '@lianzhao/web-data';
import { amountText, dateText, useI18n } from '@lianzhao/web-ui';

type Result = ImportLeadsMutation['importLeads'];
type Row = Result['preview'][number];

/** A passed check: what the import will create, and its first rows as the server read them. */
export function ImportPreview({ result }: { result: Result }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={12}>
      <Alert
        type="success"
        showIcon
        title={t('import.ready', { rows: result.rowCount })}
        description={t('import.willCreate', {
          enterprises: result.enterprisesCreated,
          leads: result.leadsCreated,
          skipped: result.leadsSkipped,
        })}
      />
      <Table<Row>
        size="small"
        rowKey="row"
        title={() => t('import.preview')}
        dataSource={[...result.preview]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 60 },
          {
            title: t('leads.enterprise'),
            render: (_, r) => (
              <>
                {r.enterpriseName} {r.newEnterprise && <Tag color="blue">{t('import.newEnterprise')}</Tag>}
              </>
            ),
          },
          {
            title: t('leads.projectName'),
            render: (_, r) => (
              <>
                {r.projectName} {r.duplicate && <Tag>{t('import.duplicate')}</Tag>}
              </>
            ),
          },
          { title: t('leads.segmentShort'), dataIndex: 'segmentName' },
          { title: t('attribution.channel'), dataIndex: 'channelLabel' },
          {
            title: t('leads.plannedInvestmentWan'),
            align: 'right',
            render: (_, r) => amountText(r.plannedInvestment),
          },
          { title: t('leads.expectedSigningOn'), render: (_, r) => dateText(r.expectedSigningOn) },
        ]}
      />
    </Flex>
  );
}
