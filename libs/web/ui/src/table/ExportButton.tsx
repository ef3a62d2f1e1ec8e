import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { TypedDocumentNode } from '@apollo/client';
import { useExcelDownload } from '../hooks/useExcelDownload';
import { useT } from '../hooks/useI18n';
import type { ExcelFile } from '../utils/files';

export interface ExportButtonProps<Data, Vars extends Record<string, unknown>> {
  /** The list's export query (the list kit's capped export), given the screen's filter. */
  query: TypedDocumentNode<Data, Vars>;
  variables: Vars;
  pick: (data: Data) => ExcelFile;
  label?: string;
}

/** 导出 Excel: what the list shows under its current filter, as a file. */
export function ExportButton<Data, Vars extends Record<string, unknown>>({
  query,
  variables,
  pick,
  label,
}: ExportButtonProps<Data, Vars>) {
  const t = useT();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(query, pick);
  const onClick = async () => {
    const file = await download(variables);
    if (file) void message.success(t('list.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {label ?? t('list.export')}
    </Button>
  );
}
