import { SUPPLY_RELATION_LABELS } from '@lianzhao/domain';
import type { ExportColumn, ExportTable } from '@lianzhao/api-core';
import type { SupplyChainEntry } from './supply-chain-entry.entity';

/** What the export looks up for its rows: names, and (for the office only) whether each company is local. */
export interface SupplyChainExportLookups {
  organizationName: (id: string) => string | null;
  linkName: (id: string) => string | null;
  /** Absent for a partner: whether a company is local is the office's finding, as on the screen. */
  local?: (id: string) => boolean;
}

/** 供应链 as exported: the list's columns; 是否在本区 only for the office. */
export function supplyChainExportTable(lookups: SupplyChainExportLookups): ExportTable<SupplyChainEntry> {
  const local = lookups.local;
  const columns: ExportColumn<SupplyChainEntry>[] = [
    { header: '链主企业', width: 30, value: (e) => lookups.organizationName(e.organizationId) },
    { header: '关系', width: 10, value: (e) => SUPPLY_RELATION_LABELS[e.relation].zh },
    { header: '企业名称', width: 32, value: (e) => e.companyName },
    { header: '统一社会信用代码', width: 22, value: (e) => e.creditCode },
    { header: '产业链环节', width: 20, value: (e) => (e.linkId ? lookups.linkName(e.linkId) : null) },
    { header: '供应内容', width: 40, value: (e) => e.supplies },
    ...(local
      ? [{ header: '是否在本区', width: 10, value: (e: SupplyChainEntry) => (local(e.id) ? '是' : '否') }]
      : []),
  ];
  return { title: '供应链导出', sheet: '供应链', columns };
}
