import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { ExportFundLedgerDocument, type ExportFundLedgerQuery } from '@lianzhao/web-data';
import { useExcelDownload, useT } from '@lianzhao/web-ui';

const pickFile = (data: ExportFundLedgerQuery) => data.fundLedgerExport;

/** The fund's 返投 ledger as an .xlsx file. */
export function ExportLedgerButton({ fundId }: { fundId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(ExportFundLedgerDocument, pickFile);
  const onClick = async () => {
    const file = await download({ fundId });
    if (file) void message.success(t('funds.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {t('funds.exportLedger')}
    </Button>
  );
}
