import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import {
  ExportProjectsDocument,
  type ExportProjectsQuery,
  type ProjectFilter,
  type ProjectOrder,
} from '@lianzhao/web-data';
import { useExcelDownload, useT } from '@lianzhao/web-ui';

const pickFile = (data: ExportProjectsQuery) => data.exportProjects;

/** 导出 Excel: the projects under the page's current filter and sort, with every milestone's dates. */
export function ExportProjectsButton({ filter, orderBy }: { filter: ProjectFilter; orderBy?: ProjectOrder }) {
  const t = useT();
  const { message } = App.useApp();
  const { download, loading } = useExcelDownload(ExportProjectsDocument, pickFile);
  const onClick = async () => {
    const file = await download({ filter, orderBy });
    if (file) void message.success(t('projects.exported', { name: file.filename }));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={() => void onClick()}>
      {t('projects.export')}
    </Button>
  );
}
