import { useCallback, useState } from 'react';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Modal, Result, Space, Steps, Typography, Upload } from 'antd';
import {
  evictRootFields,
  ImportLeadsDocument,
  LeadImportErrorReportDocument,
  LeadImportTemplateDocument,
  StartLeadImportDocument,
  type ImportLeadsMutation,
  type LeadImportErrorReportQuery,
  type LeadImportFieldsFragment,
  type LeadImportTemplateQuery,
} from '@lianzhao/web-data';
import { readFileAsBase64, useErrorMessage, useExcelDownload, useT } from '@lianzhao/web-ui';
import { importFileProblem, MAX_IMPORT_MB } from '../utils/import-file';
import { ImportJobProgress } from './ImportJobProgress';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';

type ImportResult = ImportLeadsMutation['importLeads'];
/** What the last step reports of a finished import. */
type ImportCounts = Pick<ImportResult, 'enterprisesCreated' | 'leadsCreated' | 'leadsSkipped'>;

interface PickedFile {
  name: string;
  base64: string;
}

const pickTemplate = (data: LeadImportTemplateQuery) => data.leadImportTemplate;
const pickReport = (data: LeadImportErrorReportQuery) => data.leadImportErrorReport;

export interface ImportLeadsWizardProps {
  onClose: () => void;
}

/**
 * 导入线索 in three steps: download the template and pick a filled-in .xlsx (read in the browser,
 * sent inside the GraphQL request); a dry run that lists every problem or previews the rows; and
 * the import itself, which runs as a job on the server while a progress bar shows the rows checked
 * and written, after which the board and list reload.
 */
export function ImportLeadsWizard({ onClose }: ImportLeadsWizardProps) {
  const t = useT();
  const { message } = App.useApp();
  const toMessage = useErrorMessage();
  const template = useExcelDownload(LeadImportTemplateDocument, pickTemplate);
  const report = useExcelDownload(LeadImportErrorReportDocument, pickReport);
  const [importLeads, { loading: checking }] = useMutation(ImportLeadsDocument);
  const [startImport, { loading: starting, client }] = useMutation(StartLeadImportDocument);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [check, setCheck] = useState<ImportResult | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [refused, setRefused] = useState<LeadImportFieldsFragment | null>(null);
  const [done, setDone] = useState<ImportCounts | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const step = done ? 2 : check ? 1 : 0;
  const loading = checking || starting || jobId !== null;

  const runCheck = async () => {
    if (!file) return;
    setFailure(null);
    try {
      const { data } = await importLeads({ variables: { input: { fileBase64: file.base64, dryRun: true } } });
      if (data?.importLeads) setCheck(data.importLeads);
    } catch (error) {
      setFailure(toMessage(error));
    }
  };

  const runImport = async () => {
    if (!file) return;
    setFailure(null);
    setRefused(null);
    try {
      const { data } = await startImport({ variables: { input: { fileBase64: file.base64, fileName: file.name } } });
      if (data?.startLeadImport) setJobId(data.startLeadImport.id);
    } catch (error) {
      setFailure(toMessage(error));
    }
  };

  const onFinished = useCallback(
    (job: LeadImportFieldsFragment) => {
      setJobId(null);
      evictRootFields(client.cache, 'leads', 'enterprises', 'enterprise', 'leadImports');
      // A real import can still be refused if someone changed the data since the check: say so.
      if (job.status === 'IMPORTED') setDone(job);
      else if (job.status === 'REFUSED') setRefused(job);
      else setFailure(job.message ?? t('import.failed'));
    },
    [client, t],
  );

  const restart = () => {
    setFile(null);
    setCheck(null);
    setRefused(null);
    setFailure(null);
  };

  const footer =
    step === 0 ? (
      <Space>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={!file} loading={checking} onClick={() => void runCheck()}>
          {t('import.check')}
        </Button>
      </Space>
    ) : step === 1 ? (
      <Space>
        <Button onClick={restart} disabled={loading}>
          {t('import.reupload')}
        </Button>
        {check?.ok && !refused && (
          <Button type="primary" loading={loading} onClick={() => void runImport()}>
            {t('import.confirm')}
          </Button>
        )}
      </Space>
    ) : (
      <Button type="primary" onClick={onClose}>
        {t('import.close')}
      </Button>
    );

  return (
    <Modal
      open
      width={880}
      title={t('import.title')}
      footer={footer}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Flex vertical gap={16}>
        <Steps
          size="small"
          current={step}
          items={[
            { title: t('import.stepUpload') },
            { title: t('import.stepCheck') },
            { title: t('import.stepDone') },
          ]}
        />
        {failure && <Alert type="error" showIcon title={failure} />}
        {step === 0 && (
          <>
            <Alert
              type="info"
              showIcon
              title={t('import.templateHint')}
              action={
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  loading={template.loading}
                  onClick={() => void template.download({})}
                >
                  {t('import.downloadTemplate')}
                </Button>
              }
            />
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
              onRemove={() => setFile(null)}
              beforeUpload={async (picked) => {
                const problem = importFileProblem(picked);
                if (problem) {
                  void message.error(
                    problem === 'type' ? t('import.onlyXlsx') : t('import.tooLarge', { size: MAX_IMPORT_MB }),
                  );
                } else {
                  setFile({ name: picked.name, base64: await readFileAsBase64(picked) });
                }
                // Never upload to a URL: the file travels in the importLeads mutation.
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <Typography.Text>{t('import.pick')}</Typography.Text>
            </Upload.Dragger>
          </>
        )}
        {step === 1 && jobId && check && (
          <ImportJobProgress jobId={jobId} leadsToWrite={check.leadsCreated} onFinished={onFinished} />
        )}
        {step === 1 && refused && (
          <Alert
            type="error"
            showIcon
            title={t('import.refusedLater', { count: refused.errorCount })}
            action={
              refused.hasErrorReport && (
                <Button size="small" icon={<DownloadOutlined />} loading={report.loading} onClick={() => void report.download({ id: refused.id })}>
                  {t('import.errorReport')}
                </Button>
              )
            }
          />
        )}
        {step === 1 &&
          check &&
          !jobId &&
          (check.ok ? <ImportPreview result={check} /> : <ImportProblems result={check} />)}
        {step === 2 && done && (
          <Result
            status="success"
            title={t('import.done', {
              enterprises: done.enterprisesCreated,
              leads: done.leadsCreated,
              skipped: done.leadsSkipped,
            })}
          />
        )}
      </Flex>
    </Modal>
  );
}
