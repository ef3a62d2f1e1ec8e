import {
  describePolicyCondition,
  multiplyDecimals,
  POLICY_FACT_LABELS,
  POLICY_ITEM_KIND_LABELS,
  type PolicyAmount,
} from '@lianzhao/domain';
import { excelDate, type ExportTable } from '@lianzhao/api-core';
import type { Policy } from './policy.entity';
import type { PolicyItem } from './policy-item.entity';

/** One row of the export: an item of a policy, or a policy that has none yet. */
export interface PolicyExportRow {
  policy: Policy;
  item: PolicyItem | null;
}

const fixed = (amount: PolicyAmount | null): string | null =>
  amount && 'fixed' in amount ? amount.fixed : null;
const rate = (amount: PolicyAmount | null) => (amount && 'rate' in amount ? amount : null);

/**
 * 政策库 as exported: a row per item under its policy, the rule in the page's words and the amount
 * in columns of its own (exact decimal text), so a sheet can be sorted and summed.
 */
export const POLICY_EXPORT_TABLE: ExportTable<PolicyExportRow> = {
  title: '政策库导出',
  sheet: '政策库',
  columns: [
    { header: '文号', width: 22, value: (r) => r.policy.docNumber },
    { header: '政策文件', width: 36, value: (r) => r.policy.title },
    { header: '发布日期', width: 12, date: true, value: (r) => excelDate(r.policy.issuedOn) },
    { header: '有效期至', width: 12, date: true, value: (r) => excelDate(r.policy.validUntil) },
    { header: '条款', width: 30, value: (r) => r.item?.name ?? null },
    {
      header: '条款类别',
      width: 12,
      value: (r) => (r.item ? POLICY_ITEM_KIND_LABELS[r.item.kind].zh : null),
    },
    {
      header: '符合条件',
      width: 60,
      value: (r) => (r.item ? describePolicyCondition(r.item.condition) : null),
    },
    { header: '定额（万元）', width: 14, value: (r) => fixed(r.item?.amount ?? null) },
    {
      header: '比例（%）',
      width: 10,
      value: (r) => {
        const amount = rate(r.item?.amount ?? null);
        return amount ? multiplyDecimals(amount.rate, '100') : null;
      },
    },
    {
      header: '计算基数',
      width: 20,
      value: (r) => {
        const amount = rate(r.item?.amount ?? null);
        return amount ? POLICY_FACT_LABELS[amount.of].zh : null;
      },
    },
    { header: '上限（万元）', width: 14, value: (r) => rate(r.item?.amount ?? null)?.cap ?? null },
    { header: '备注', width: 30, value: (r) => r.item?.notes ?? null },
    { header: '状态', width: 8, value: (r) => (r.item ? (r.item.retiredAt ? '已停用' : '有效') : null) },
  ],
};
