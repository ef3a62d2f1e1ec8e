import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { ExportDashboardDocument, type DashboardFilter, type ExportDashboardQuery } from '@lianzhao/web-data';
import { useExcelDownload, useT } from '@lianzhao/web-ui';

const pickFile = (data: ExportDashboardQuery) => data.dashboardExport;

/** The cockpit's tables under the page's filter as an .xlsx file (a report to hand on). */
export function ExportDashboardButton({ filter }: { filter: DashboardFilter }) {
  const t = useT();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(ExportDashboardDocument, pickFile);
  const onClick = async () => {
    const file = await download({ filter });
    if (file) void message.success(t('cockpit.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {t('cockpit.export')}
    </Button>
  );
}
