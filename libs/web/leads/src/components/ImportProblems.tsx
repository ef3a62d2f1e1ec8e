import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table } from 'antd';
import type { ImportLeadsMutation } from '@lianzhao/web-data';
import { downloadBase64, useT } from '@lianzhao/web-ui';

type Result = ImportLeadsMutation['importLeads'];
type Problem = Result['errors'][number];

/** The problems a check found, as 「第 N 行 · 列名 · 问题」, with the full report to download. */
export function ImportProblems({ result }: { result: Result }) {
  const t = useT();
  const report = result.errorReportBase64;
  return (
    <Flex vertical gap={12}>
      <Alert
        type="error"
        showIcon
        title={t('import.errorsFound', { count: result.errorCount })}
        action={
          report && (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => downloadBase64(t('import.errorReportFile'), report)}
            >
              {t('import.errorReport')}
            </Button>
          )
        }
      />
      <Table<Problem>
        size="small"
        rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
        dataSource={[...result.errors]}
        pagination={result.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[{ title: t('import.problem'), dataIndex: 'text' }]}
      />
    </Flex>
  );
}
