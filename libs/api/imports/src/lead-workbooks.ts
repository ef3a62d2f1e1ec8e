import type ExcelJS from 'exceljs';
import { importErrorText } from '@lianzhao/domain';
import { HEADER_FILL, loadExcelJs, streamingWorkbook, workbookBytes } from '@lianzhao/api-core';
import {
  ENTERPRISE_DETAIL_KEYS,
  ERROR_SHEET_NAME,
  EXAMPLE_MARK,
  headerText,
  IMPORT_SHEET_NAME,
  LEAD_COLUMNS,
  REFERENCE_SHEET_NAME,
  type LeadColumnKey,
} from './lead-columns';
import type { ImportProblem } from './sheet-reader';

/** A value as written to a cell; amounts come as exact decimal strings. */
export type CellInput = string | Date | null;

export interface TemplateReference {
  segments: { industryName: string; name: string; code: string }[];
  channels: { label: string; code: string; needsSource: boolean }[];
  places: { name: string; code: string }[];
  organizations: { name: string; kindLabel: string }[];
  grades: readonly string[];
  tags: { name: string; code: string }[];
  example: Record<LeadColumnKey, CellInput>;
}

export type ExportRow = Record<LeadColumnKey | 'stage' | 'owner', CellInput>;

/** Rows below the header that the template prepares with dropdowns and formats. */
const TEMPLATE_ROWS = 1000;
const AMOUNT_FORMAT = '#,##0.00##';
const DATE_FORMAT = 'yyyy-mm-dd';
const REQUIRED_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } };

const INSTRUCTIONS =
  '填写说明：带 * 的列必填；细分赛道、招商渠道、意向镇街、来源机构、标签按“参考数据”表填写名称（也可填代码），' +
  '标签可填多个，以“、”或逗号分隔；' +
  '链式招商、专业招商、资本招商、以商引商须填来源机构；金额单位为万元，面积单位见表头；日期如 2025-03-15、2025/3/15 或 2025年3月15日；' +
  `统一社会信用代码请以文本格式填写。${ENTERPRISE_DETAIL_KEYS.map((key) => LEAD_COLUMNS.find((c) => c.key === key)?.label).join('、')}只用于新建企业：` +
  '企业库中已有的企业（按信用代码或名称匹配）不会被修改，请在企业库中编辑；同一企业的多行须填写一致。' +
  `企业名称以“${EXAMPLE_MARK}”开头的行不会导入。`;

const CREATOR = '链招 Lianzhao';

/** The template is a fixed thousand rows of dropdowns, built whole; lists of any length stream. */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = CREATOR;
  workbook.created = new Date();
  return workbook;
}

async function toBase64(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A header row frozen in view, for the sheets that stream (their panes cannot change later). */
const FROZEN_HEADER: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 1 }] };

/**
 * Amounts go out as numbers, so officers can sum them in Excel, whenever the number shows the
 * exact stored decimal; the rare amount a double cannot hold exactly stays text rather than
 * being rounded behind the officer's back.
 */
function amountCell(value: string | null): number | string | null {
  if (value === null) return null;
  const number = Number(value);
  return String(number) === value ? number : value;
}

function cellValue(key: LeadColumnKey | 'stage' | 'owner', value: CellInput): ExcelJS.CellValue {
  if (value === null) return null;
  const column = LEAD_COLUMNS.find((c) => c.key === key);
  if (column?.kind === 'amount' && typeof value === 'string') return amountCell(value);
  return value;
}

function styleHeader(row: ExcelJS.Row, required: (col: number) => boolean): void {
  row.eachCell((cell, col) => {
    cell.font = required(col) ? REQUIRED_FONT : { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  row.height = 24;
}

function formatLeadColumns(sheet: ExcelJS.Worksheet): void {
  LEAD_COLUMNS.forEach((spec, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = spec.width;
    // Text, so Excel keeps a code of digits as typed instead of turning it into 9.13E+17.
    if (spec.key === 'creditCode') column.numFmt = '@';
    if (spec.kind === 'amount') column.numFmt = AMOUNT_FORMAT;
    if (spec.kind === 'date') column.numFmt = DATE_FORMAT;
  });
}

/** A dropdown fed from a column of the reference sheet; other values (codes) only warn. */
function listValidation(formula: string, prompt: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '不在列表中',
    error: `${prompt}：请从下拉列表中选择，或填写“${REFERENCE_SHEET_NAME}”表中的代码`,
  };
}

/** Writes the reference sheet; answers, per column it feeds, the range a dropdown lists. */
function referenceSheet(
  workbook: ExcelJS.Workbook,
  reference: TemplateReference,
): Partial<Record<LeadColumnKey, string>> {
  const sheet = workbook.addWorksheet(REFERENCE_SHEET_NAME);
  const blocks: { col: number; headers: string[]; rows: (string | null)[][]; widths: number[] }[] = [
    {
      col: 1,
      headers: ['产业', '细分赛道', '细分赛道代码'],
      rows: reference.segments.map((s) => [s.industryName, s.name, s.code]),
      widths: [14, 22, 24],
    },
    {
      col: 5,
      headers: ['招商渠道', '渠道代码', '须填来源机构'],
      rows: reference.channels.map((c) => [c.label, c.code, c.needsSource ? '是' : '否']),
      widths: [16, 12, 14],
    },
    {
      col: 9,
      headers: ['意向镇街', '镇街代码'],
      rows: reference.places.map((p) => [p.name, p.code]),
      widths: [14, 24],
    },
    {
      col: 12,
      headers: ['来源机构（在用）', '机构类型'],
      rows: reference.organizations.map((o) => [o.name, o.kindLabel]),
      widths: [40, 18],
    },
    { col: 15, headers: ['等级'], rows: reference.grades.map((g) => [g]), widths: [8] },
    // No dropdown reads these: a list validation would warn on every cell naming two tags.
    {
      col: 17,
      headers: ['线索标签', '标签代码'],
      rows: reference.tags.map((t) => [t.name, t.code]),
      widths: [16, 30],
    },
  ];
  for (const block of blocks) {
    block.headers.forEach((header, i) => {
      const cell = sheet.getCell(1, block.col + i);
      cell.value = header;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      sheet.getColumn(block.col + i).width = block.widths[i];
    });
    block.rows.forEach((values, r) =>
      values.forEach((value, i) => (sheet.getCell(r + 2, block.col + i).value = value)),
    );
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const lists: Partial<Record<LeadColumnKey, string>> = {};
  const list = (key: LeadColumnKey, col: string, count: number) => {
    // An empty range would make Excel reject the whole file's validations.
    if (count) lists[key] = `'${REFERENCE_SHEET_NAME}'!$${col}$2:$${col}$${count + 1}`;
  };
  list('segment', 'B', reference.segments.length);
  list('channel', 'E', reference.channels.length);
  list('town', 'I', reference.places.length);
  list('sourceOrganization', 'L', reference.organizations.length);
  list('grade', 'O', reference.grades.length);
  return lists;
}

/**
 * The import template: an instruction line, the header, one example row (skipped on import)
 * and a thousand rows with dropdowns, plus the reference sheet those dropdowns read.
 */
export async function buildTemplate(reference: TemplateReference): Promise<string> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME);
  formatLeadColumns(sheet);

  sheet.mergeCells(1, 1, 1, LEAD_COLUMNS.length);
  const intro = sheet.getCell(1, 1);
  intro.value = INSTRUCTIONS;
  intro.alignment = { wrapText: true, vertical: 'middle' };
  intro.font = { color: { argb: 'FF595959' } };
  sheet.getRow(1).height = 48;

  const header = sheet.getRow(2);
  header.values = LEAD_COLUMNS.map(headerText);
  styleHeader(header, (col) => LEAD_COLUMNS[col - 1].required);

  const example = sheet.getRow(3);
  example.values = LEAD_COLUMNS.map((c) => cellValue(c.key, reference.example[c.key]));
  example.font = { italic: true, color: { argb: 'FF7F7F7F' } };

  const lists = referenceSheet(workbook, reference);
  const validations = LEAD_COLUMNS.flatMap((spec, i) => {
    const formula = lists[spec.key];
    return formula ? [{ col: i + 1, validation: listValidation(formula, spec.label) }] : [];
  });
  for (let r = 3; r < 3 + TEMPLATE_ROWS; r++) {
    const row = sheet.getRow(r);
    for (const { col, validation } of validations) row.getCell(col).dataValidation = validation;
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  // The import sheet opens first, whatever order Excel would otherwise pick.
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return toBase64(workbook);
}

export const EXPORT_EXTRA_COLUMNS = [
  { key: 'stage', label: '阶段', width: 10 },
  { key: 'owner', label: '负责人', width: 10 },
] as const;

/** The filtered list in the template's columns (plus 阶段 and 负责人), so it imports again as is. */
export async function buildExport(rows: readonly ExportRow[]): Promise<string> {
  const workbook = await streamingWorkbook(CREATOR);
  const sheet = workbook.addWorksheet('线索', FROZEN_HEADER);
  formatLeadColumns(sheet);
  EXPORT_EXTRA_COLUMNS.forEach((c, i) => (sheet.getColumn(LEAD_COLUMNS.length + i + 1).width = c.width));
  const keys = [...LEAD_COLUMNS.map((c) => c.key), ...EXPORT_EXTRA_COLUMNS.map((c) => c.key)];
  sheet.addRow([...LEAD_COLUMNS.map(headerText), ...EXPORT_EXTRA_COLUMNS.map((c) => c.label)]);
  styleHeader(sheet.getRow(1), (col) => LEAD_COLUMNS[col - 1]?.required ?? false);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: keys.length } };
  for (const row of rows) sheet.addRow(keys.map((key) => cellValue(key, row[key]))).commit();
  return (await workbookBytes(workbook)).toString('base64');
}

/** Every problem of a refused import, one per line, for officers to work through in Excel. */
export async function buildErrorReport(problems: readonly ImportProblem[]): Promise<string> {
  const workbook = await streamingWorkbook(CREATOR);
  const sheet = workbook.addWorksheet(ERROR_SHEET_NAME, FROZEN_HEADER);
  const widths = [8, 20, 60, 30, 70];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.addRow(['行号', '列名', '问题', '原值', '说明']);
  styleHeader(sheet.getRow(1), () => false);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
  for (const p of problems)
    sheet
      .addRow([p.row, p.column, p.message, p.value ?? null, importErrorText(p.row, p.column, p.message)])
      .commit();
  return (await workbookBytes(workbook)).toString('base64');
}
