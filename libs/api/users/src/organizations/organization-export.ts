import { ORGANIZATION_KIND_LABELS } from '@lianzhao/domain';
import { excelDate, type ExportTable } from '@lianzhao/api-core';
import type { Organization } from './organization.entity';

/** 合作机构 as exported: what the list shows, with each organisation's user count (counted for the rows). */
export function organizationExportTable(userCount: (id: string) => number): ExportTable<Organization> {
  return {
    title: '合作机构导出',
    sheet: '合作机构',
    columns: [
      { header: '机构名称', width: 32, value: (o) => o.name },
      { header: '类型', width: 14, value: (o) => ORGANIZATION_KIND_LABELS[o.kind].zh },
      { header: '统一社会信用代码', width: 22, value: (o) => o.creditCode },
      { header: '联系人', width: 12, value: (o) => o.contactName },
      { header: '联系电话', width: 14, value: (o) => o.contactPhone },
      { header: '用户数', width: 8, value: (o) => userCount(o.id) },
      { header: '认定日期', width: 12, date: true, value: (o) => excelDate(o.certifiedOn) },
      { header: '合作起', width: 12, date: true, value: (o) => excelDate(o.contractStartsOn) },
      { header: '合作止', width: 12, date: true, value: (o) => excelDate(o.contractEndsOn) },
      { header: '状态', width: 8, value: (o) => (o.active ? '启用' : '停用') },
    ],
  };
}
