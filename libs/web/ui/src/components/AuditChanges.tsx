import { Typography } from 'antd';
import { useT } from '../hooks/useI18n';

export interface AuditChange {
  field: string;
  before?: string | null;
  after?: string | null;
}

export interface AuditChangesProps {
  changes: readonly AuditChange[];
  /** The label of a changed field; fields without one are left out (internal columns). */
  fieldLabel: (field: string) => string | undefined;
  /** How to show a stored value (codes as names, amounts with units); raw when omitted. */
  valueLabel?: (field: string, value: string) => string;
}

/** The 「字段：旧值 → 新值」 lines of one audit entry. */
export function AuditChanges({ changes, fieldLabel, valueLabel }: AuditChangesProps) {
  const t = useT();
  const show = (field: string, value: string | null | undefined) =>
    value === null || value === undefined || value === ''
      ? t('audit.empty')
      : (valueLabel?.(field, value) ?? value);
  const lines = changes.flatMap((change) => {
    const label = fieldLabel(change.field);
    return label ? [{ ...change, label }] : [];
  });
  if (lines.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {lines.map((line) => (
        <li key={line.field}>
          <Typography.Text type="secondary">
            {t('audit.change', {
              field: line.label,
              before: show(line.field, line.before),
              after: show(line.field, line.after),
            })}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
