import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Progress, Typography } from 'antd';
import { LeadImportDocument, type LeadImportFieldsFragment } from '@lianzhao/web-data';
import { useErrorMessage, useT } from '@lianzhao/web-ui';
import { importPercent } from '../utils/import-progress';

/** How often the bar asks for news while the import runs. */
const POLL_MS = 700;

export interface ImportJobProgressProps {
  jobId: string;
  /** Leads the check said would be written: the second half of the bar. */
  leadsToWrite: number;
  /** Called once with the finished import (imported, refused or failed). */
  onFinished: (job: LeadImportFieldsFragment) => void;
}

/** The progress bar of a running import: rows checked, then leads written, polled until it ends. */
export function ImportJobProgress({ jobId, leadsToWrite, onFinished }: ImportJobProgressProps) {
  const t = useT();
  const toMessage = useErrorMessage();
  const { data, error, stopPolling } = useQuery(LeadImportDocument, {
    variables: { id: jobId },
    pollInterval: POLL_MS,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.leadImport;
  const finished = job && job.status !== 'RUNNING' ? job : null;

  useEffect(() => {
    if (!finished) return;
    stopPolling();
    onFinished(finished);
  }, [finished, onFinished, stopPolling]);

  if (error) return <Alert type="error" showIcon title={toMessage(error)} />;
  const phase = job?.phase ?? 'READING';
  const total = phase === 'WRITING' ? leadsToWrite : (job?.rowCount ?? 0);
  return (
    <Flex vertical gap={8} data-testid="import-progress">
      <Progress percent={job ? importPercent(job, leadsToWrite) : 0} status="active" />
      <Typography.Text type="secondary">
        {t(`import.progress.${phase}`, { processed: job?.processedRows ?? 0, total })}
      </Typography.Text>
    </Flex>
  );
}
