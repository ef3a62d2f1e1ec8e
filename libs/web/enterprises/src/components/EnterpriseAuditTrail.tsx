import { Empty, Timeline, Typography } from 'antd';
import type { AuditEntryFieldsFragment } from '@lianzhao/web-data';
import { AuditChanges, dateTimeText, useI18n, useReferenceOptions } from '@lianzhao/web-ui';
import { ENTERPRISE_FIELD_LABELS, referenceValueLabel } from '../utils/audit-labels';

/** 操作记录 of an enterprise, newest first as the API sends it. */
export function EnterpriseAuditTrail({ entries }: { entries: readonly AuditEntryFieldsFragment[] }) {
  const { t, pick } = useI18n();
  const reference = useReferenceOptions();
  if (entries.length === 0) return <Empty description={t('enterprises.noAudit')} />;
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
            {entry.action !== 'CREATE' && (
              <AuditChanges
                changes={entry.changes}
                fieldLabel={(field) => {
                  const key = ENTERPRISE_FIELD_LABELS[field];
                  return key ? t(key) : undefined;
                }}
                valueLabel={(field, value) => referenceValueLabel(field, value, reference, pick)}
              />
            )}
          </>
        ),
      }))}
    />
  );
}
