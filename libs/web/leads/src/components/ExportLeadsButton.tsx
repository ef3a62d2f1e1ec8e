import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import {
  ExportLeadsDocument,
  type ExportLeadsQuery,
  type LeadFilter,
  type LeadOrder,
} from '@lianzhao/web-data';
import { useExcelDownload, useT } from '@lianzhao/web-ui';

const pickFile = (data: ExportLeadsQuery) => data.exportLeads;

/** 导出 Excel: the leads under the page's current filter and sort, in the import template's columns. */
export function ExportLeadsButton({
  filter,
  orderBy,
  label,
}: {
  filter: LeadFilter;
  orderBy?: LeadOrder;
  /** The button's text (导出所选 for a selection, `filter: { ids }`). */
  label?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(ExportLeadsDocument, pickFile);
  const onClick = async () => {
    const file = await download({ filter, orderBy });
    if (file) void message.success(t('leads.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {label ?? t('leads.export')}
    </Button>
  );
}
