import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import {
  ExportFundsDocument,
  type ExportFundsQuery,
  type FundFilter,
  type FundOrder,
} from '@lianzhao/web-data';
import { useExcelDownload, useT } from '@lianzhao/web-ui';

const pickFile = (data: ExportFundsQuery) => data.fundsExport;

/** 导出 Excel: the funds under the list's filter and sort, with their 返投 figures. */
export function ExportFundsButton({ filter, orderBy }: { filter: FundFilter; orderBy?: FundOrder }) {
  const t = useT();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(ExportFundsDocument, pickFile);
  const onClick = async () => {
    const file = await download({ filter, orderBy });
    if (file) void message.success(t('funds.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {t('funds.export')}
    </Button>
  );
}
