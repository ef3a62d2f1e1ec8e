import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import { ReferenceHistoryDocument } from '@lianzhao/web-data';
import { AuditChanges, dateTimeText, useErrorMessage, useT, type MessageKey } from '@lianzhao/web-ui';

const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  name: 'referenceEdit.field.name',
  nameEn: 'referenceEdit.field.nameEn',
  leading: 'referenceEdit.field.leading',
  retired: 'referenceEdit.field.retired',
  order: 'referenceEdit.field.order',
  optional: 'referenceEdit.field.optional',
};

/** 修改记录 of 基础数据: who changed which entry when, newest first. */
export function ReferenceHistory() {
  const t = useT();
  const toMessage = useErrorMessage();
  const { data, loading, error } = useQuery(ReferenceHistoryDocument, { fetchPolicy: 'cache-and-network' });
  if (error) return <Alert type="error" showIcon title={toMessage(error)} />;
  if (loading && !data) return <Skeleton active />;
  const entries = data?.referenceHistory ?? [];
  if (entries.length === 0) return <Empty description={t('referenceEdit.noHistory')} />;
  return (
    <Timeline
      titleSpan={5}
      items={entries.map((entry) => ({
        key: entry.id,
        title: dateTimeText(entry.at),
        content: (
          <>
            <Typography.Text strong>
              {entry.actorName} · {t(`audit.${entry.action}`)}
            </Typography.Text>
            {entry.note && <div>{entry.note}</div>}
            {entry.action === 'UPDATE' && (
              <AuditChanges
                changes={entry.changes}
                fieldLabel={(field) => {
                  const key = FIELD_LABELS[field];
                  return key ? t(key) : undefined;
                }}
              />
            )}
          </>
        ),
      }))}
    />
  );
}
