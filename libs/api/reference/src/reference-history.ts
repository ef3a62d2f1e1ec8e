/**
 * Every change to reference data is written to the audit trail under one record, so 基础数据 reads
 * its whole history with the trail's own index. Audit entries are keyed by uuid and reference
 * entries by code, hence one fixed id and the entry's kind and code in the note.
 */
export const REFERENCE_AUDIT_TYPE = 'ReferenceData';
export const REFERENCE_AUDIT_ID = '00000000-0000-4000-8000-000000000001';

/** “标签「未来健康」（FUTURE_HEALTH）”: how the history names the entry a change was made to. */
export function referenceNote(kindLabel: string, name: string, code: string): string {
  return `${kindLabel}「${name}」（${code}）`;
}
