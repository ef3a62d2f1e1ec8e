import { DownloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Tag } from 'antd';
import {
  LeadImportErrorReportDocument,
  LeadImportsDocument,
  type LeadImportErrorReportQuery,
  type LeadImportFieldsFragment,
} from '@lianzhao/web-data';
import { ConnectionTable, dateTimeText, useConnectionQuery, useExcelDownload, useT, type ConnectionColumn } from '@lianzhao/web-ui';

const STATUS_COLORS: Readonly<Record<LeadImportFieldsFragment['status'], string>> = {
  RUNNING: 'processing',
  IMPORTED: 'success',
  REFUSED: 'warning',
  FAILED: 'error',
};

const pickReport = (data: LeadImportErrorReportQuery) => data.leadImportErrorReport;

/** 导入记录: who imported which file when, with what result; a refused import's problem list to download. */
export function ImportHistoryDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const report = useExcelDownload(LeadImportErrorReportDocument, pickReport);
  const page = useConnectionQuery(LeadImportsDocument, {
    variables: {},
    select: (data) => data.leadImports,
    fetchPolicy: 'cache-and-network',
  });
  const count = (value: number) => value.toLocaleString('zh-CN');
  const columns: ConnectionColumn<LeadImportFieldsFragment>[] = [
    { title: t('import.historyAt'), width: 170, render: (_, row) => dateTimeText(row.createdAt) },
    { title: t('import.historyActor'), dataIndex: 'actorName', width: 100 },
    { title: t('import.historyFile'), dataIndex: 'fileName', ellipsis: true },
    {
      title: t('import.historyStatus'),
      width: 150,
      render: (_, row) => <Tag color={STATUS_COLORS[row.status]}>{t(`import.status.${row.status}`)}</Tag>,
    },
    { title: t('import.historyRows'), align: 'right', width: 80, render: (_, row) => count(row.rowCount) },
    { title: t('import.historyEnterprises'), align: 'right', width: 90, render: (_, row) => count(row.enterprisesCreated) },
    { title: t('import.historyLeads'), align: 'right', width: 90, render: (_, row) => count(row.leadsCreated) },
    { title: t('import.historySkipped'), align: 'right', width: 100, render: (_, row) => count(row.leadsSkipped) },
    {
      title: t('import.historyErrors'),
      width: 170,
      render: (_, row) =>
        row.hasErrorReport ? (
          <Button
            size="small"
            type="link"
            icon={<DownloadOutlined />}
            loading={report.loading}
            onClick={() => void report.download({ id: row.id })}
          >
            {t('import.errorReport')}（{count(row.errorCount)}）
          </Button>
        ) : (
          (row.message ?? count(row.errorCount))
        ),
    },
  ];
  return (
    <Drawer open size={1100} title={t('import.history')} onClose={onClose}>
      <ConnectionTable page={page} columns={columns} empty={t('import.historyEmpty')} size="small" />
    </Drawer>
  );
}
