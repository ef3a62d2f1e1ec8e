import { CHANNEL_LABELS, importErrorText, normalizeCompanyName } from '@lianzhao/domain';
import type { Enterprise } from '@lianzhao/api-enterprises';
import {
  MAX_LISTED_ERRORS,
  type ImportError,
  type ImportPreviewRow,
  type LeadImportResult,
} from './dto/import.types';
import { ENTERPRISE_DETAIL_KEYS, LEAD_COLUMN, LEAD_COLUMNS, type EnterpriseDetailKey } from './lead-columns';
import { lookupKey, type EnterpriseDetails, type ParsedRow } from './lead-rows';
import { buildErrorReport } from './lead-workbooks';
import type { ImportProblem } from './sheet-reader';

/*
 * The checked rows of a file gathered into companies and planned against what the register
 * already holds, without the database: the caller looks the companies and their projects up
 * (one query each) and hands the answers in.
 */

const PREVIEW_ROWS = 20;

/** The rows of one company in the file. */
export interface EnterpriseGroup {
  name: string;
  creditCode: string | null;
  /** Merged from the group's rows: the first filled cell of each column. */
  details: EnterpriseDetails;
  /** The row each detail came from, for naming it when another row contradicts it. */
  detailRows: Partial<Record<EnterpriseDetailKey, number>>;
  rows: ParsedRow[];
  /** Set when the register already has the company, or once the import has created it. */
  enterpriseId: string | null;
  existing: boolean;
}

/** The company the register already has under a group's name or code (EnterprisesService.findDuplicates). */
export type RegisterMatch = Pick<Enterprise, 'id' | 'name' | 'creditCode'>;

/** A project a company in the register already has a lead for (LeadsService.projectNamesOf). */
export interface ExistingProject {
  enterpriseId: string;
  projectName: string;
}

export interface ImportPlan {
  rowCount: number;
  problems: ImportProblem[];
  groups: EnterpriseGroup[];
  /** Rows whose lead is new, in file order, with their company. */
  toCreate: { row: ParsedRow; group: EnterpriseGroup }[];
  skipped: number;
  preview: ImportPreviewRow[];
}

/**
 * Gathers rows into companies the way the register matches them (credit code, else normalised
 * name) and refuses rows that contradict each other: one name with two codes, one code with two
 * names, two values for one company detail (法定代表人, …), or the same project of the same
 * company twice.
 */
export function groupByEnterprise(rows: readonly ParsedRow[], problems: ImportProblem[]): EnterpriseGroup[] {
  const nameOfCode = new Map<string, { row: number; name: string; normalized: string }>();
  const codeOfName = new Map<string, { row: number; code: string }>();
  const contradicting = new Set<number>();
  for (const row of rows) {
    if (!row.creditCode) continue;
    const normalized = normalizeCompanyName(row.enterpriseName);
    const byCode = nameOfCode.get(row.creditCode);
    const byName = codeOfName.get(normalized);
    if (byCode && byCode.normalized !== normalized) {
      problems.push({
        row: row.row,
        column: LEAD_COLUMN.enterpriseName.label,
        message: `与第 ${byCode.row} 行的统一社会信用代码相同，但企业名称不同（“${byCode.name}”）`,
        value: row.enterpriseName,
      });
      contradicting.add(row.row);
    } else if (byName && byName.code !== row.creditCode) {
      problems.push({
        row: row.row,
        column: LEAD_COLUMN.creditCode.label,
        message: `与第 ${byName.row} 行的企业名称相同，但统一社会信用代码不同（${byName.code}）`,
        value: row.creditCode,
      });
      contradicting.add(row.row);
    }
    if (!byCode) nameOfCode.set(row.creditCode, { row: row.row, name: row.enterpriseName, normalized });
    if (!byName) codeOfName.set(normalized, { row: row.row, code: row.creditCode });
  }

  const groups = new Map<string, EnterpriseGroup>();
  const projects = new Map<string, number>();
  for (const row of rows) {
    if (contradicting.has(row.row)) continue;
    const normalized = normalizeCompanyName(row.enterpriseName);
    const code = row.creditCode ?? codeOfName.get(normalized)?.code ?? null;
    const key = code ? `code:${code}` : `name:${normalized}`;
    const projectKey = `${key}|${lookupKey(row.projectName)}`;
    const first = projects.get(projectKey);
    if (first !== undefined) {
      problems.push({
        row: row.row,
        column: LEAD_COLUMN.projectName.label,
        message: `与第 ${first} 行重复：同一企业的同名项目`,
        value: row.projectName,
      });
      continue;
    }
    projects.set(projectKey, row.row);
    let group = groups.get(key);
    if (!group) {
      group = {
        name: row.enterpriseName,
        creditCode: code,
        details: Object.fromEntries(ENTERPRISE_DETAIL_KEYS.map((k) => [k, null])) as EnterpriseDetails,
        detailRows: {},
        rows: [],
        enterpriseId: null,
        existing: false,
      };
      groups.set(key, group);
    }
    mergeDetails(group, row, problems);
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** Adds a row's company details to its group; a value differing from an earlier row's is a problem. */
function mergeDetails(group: EnterpriseGroup, row: ParsedRow, problems: ImportProblem[]): void {
  for (const key of ENTERPRISE_DETAIL_KEYS) {
    const value = row.enterprise[key];
    if (value === null) continue;
    const first = group.detailRows[key];
    const kept = group.details[key];
    if (first === undefined || kept === null) {
      group.details[key] = value;
      group.detailRows[key] = row.row;
    } else if (lookupKey(kept) !== lookupKey(value)) {
      problems.push({
        row: row.row,
        column: LEAD_COLUMN[key].label,
        message: `与第 ${first} 行是同一企业，但${LEAD_COLUMN[key].label}不同（“${kept}”）`,
        value,
      });
    }
  }
}

/**
 * Ties each group to the company the register already has (`matches` is aligned with `groups`).
 * A match by name whose credit code differs from the file's is a problem on every row of the
 * group, which then stays unmatched.
 */
export function matchRegister(
  groups: readonly EnterpriseGroup[],
  matches: readonly (RegisterMatch | null)[],
  problems: ImportProblem[],
): void {
  groups.forEach((group, i) => {
    const match = matches[i];
    if (!match) return;
    if (group.creditCode && match.creditCode && match.creditCode !== group.creditCode) {
      for (const row of group.rows) {
        problems.push({
          row: row.row,
          column: LEAD_COLUMN.creditCode.label,
          message: `企业库中已有“${match.name}”，其统一社会信用代码为 ${match.creditCode}，与本行不同`,
          value: row.creditCode,
        });
      }
      return;
    }
    group.enterpriseId = match.id;
    group.existing = true;
  });
}

/**
 * The plan once the companies are matched: a row whose company already has a lead of that project
 * name is skipped (so importing a file twice adds nothing), every other row becomes a new lead;
 * the preview shows the first rows without problems, and the problems are put in row and column
 * order.
 */
export function planLeads(
  rowCount: number,
  parsed: readonly ParsedRow[],
  groups: EnterpriseGroup[],
  problems: ImportProblem[],
  existing: readonly ExistingProject[],
): ImportPlan {
  const existingProjects = new Set(existing.map((l) => `${l.enterpriseId}|${lookupKey(l.projectName)}`));
  const toCreate: ImportPlan['toCreate'] = [];
  const previewFlags = new Map<number, { newEnterprise: boolean; duplicate: boolean }>();
  let skipped = 0;
  for (const group of groups) {
    for (const row of group.rows) {
      const duplicate =
        group.enterpriseId !== null &&
        existingProjects.has(`${group.enterpriseId}|${lookupKey(row.projectName)}`);
      previewFlags.set(row.row, { newEnterprise: !group.existing, duplicate });
      if (duplicate) skipped++;
      else toCreate.push({ row, group });
    }
  }
  toCreate.sort((a, b) => a.row.row - b.row.row);

  const rowsWithProblems = new Set(problems.map((p) => p.row));
  const preview = parsed
    .filter((row) => !rowsWithProblems.has(row.row))
    .slice(0, PREVIEW_ROWS)
    .map((row) => ({
      row: row.row,
      enterpriseName: row.enterpriseName,
      projectName: row.projectName,
      segmentName: row.segment.name,
      channelLabel: CHANNEL_LABELS[row.channel].zh,
      plannedInvestment: row.plannedInvestment,
      expectedSigningOn: row.expectedSigningOn,
      newEnterprise: previewFlags.get(row.row)?.newEnterprise ?? true,
      duplicate: previewFlags.get(row.row)?.duplicate ?? false,
    }));
  const order = new Map(LEAD_COLUMNS.map((c, i) => [c.label, i]));
  problems.sort((a, b) => a.row - b.row || (order.get(a.column) ?? -1) - (order.get(b.column) ?? -1));
  return { rowCount, problems, groups, toCreate, skipped, preview };
}

/**
 * The same counts for a dry run (what would be created) and an import (what was); each problem
 * also as the “第 N 行 · 列名 · 问题” line the page lists, and all of them in the report file.
 */
export async function importResult(plan: ImportPlan): Promise<LeadImportResult> {
  const ok = plan.problems.length === 0;
  const errors: ImportError[] = plan.problems.slice(0, MAX_LISTED_ERRORS).map((p) => ({
    row: p.row,
    column: p.column,
    message: p.message,
    text: importErrorText(p.row, p.column, p.message),
  }));
  return {
    ok,
    errors,
    errorCount: plan.problems.length,
    rowCount: plan.rowCount,
    enterprisesCreated: ok ? plan.groups.filter((g) => !g.existing).length : 0,
    leadsCreated: ok ? plan.toCreate.length : 0,
    leadsSkipped: ok ? plan.skipped : 0,
    preview: plan.preview,
    errorReportBase64: ok ? null : await buildErrorReport(plan.problems),
  };
}
