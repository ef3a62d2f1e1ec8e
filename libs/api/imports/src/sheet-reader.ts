import type ExcelJS from 'exceljs';
import { loadExcelJs } from '@lianzhao/api-core';
import {
  excelCellText,
  isBlankCell,
  isSummaryRowLabel,
  normalizeHeaderLabel,
  type ExcelScalar,
} from '@lianzhao/domain';
import type { ColumnSpec } from './lead-columns';

/** One problem of an import, at the Excel row number the user sees. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
  /** What the cell said, for the downloadable report. */
  value?: string | null;
}

export interface SheetRow<K extends string> {
  /** The Excel row number the user sees. */
  number: number;
  values: Partial<Record<K, ExcelScalar>>;
  /** Columns whose cell holds an Excel error (#N/A, #REF!, …) rather than a value. */
  errorCells: { key: K; error: string }[];
}

export interface SheetTable<K extends string> {
  sheetName: string;
  headerRow: number;
  /** The workbook counts dates from 1904 (old Mac files), which changes what a raw serial means. */
  date1904: boolean;
  rows: SheetRow<K>[];
  /** Header problems: a required column missing, a unit other than the template's. */
  problems: ImportProblem[];
}

/** The file as a whole cannot be read as the table; the message is for the user. */
export class SheetReadError extends Error {}

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 30;
/** A row naming this many known headers is the header row; a title row names none. */
const HEADER_MIN_MATCHES = 3;

// Whole-column dropdowns and formats in officers' files would make the reader expand a million
// cells each; the import needs none of them.
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new SheetReadError(
      '不支持 .xls（Excel 97-2003）格式或已加密的文件，请在 Excel 中另存为 .xlsx（不设密码）后再导入',
    );
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC))
    throw new SheetReadError('无法读取文件，请上传 .xlsx 格式的 Excel 文件');
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy of the bytes is one.
    await workbook.xlsx.load(new Uint8Array(data).buffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    throw new SheetReadError('文件已损坏或不是有效的 .xlsx 文件，请在 Excel 中重新保存后再导入');
  }
  return workbook;
}

type CellResult = { value: ExcelScalar } | { error: string };

/** A cell's value with rich text, links and formulas reduced to what the cell shows. */
export function readCell(value: ExcelJS.CellValue): CellResult {
  if (value === null || value === undefined) return { value: null };
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return { value };
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return { value: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return readCell(value.text);
  if ('formula' in value || 'sharedFormula' in value) return readCell(value.result ?? null);
  return { value: null };
}

function cellsOf(row: ExcelJS.Row): ExcelJS.CellValue[] {
  // `values` is a sparse array indexed by column number (1-based); merged cells repeat the
  // master's value. Made dense so that every array method visits every column.
  const values = row.values;
  return Array.isArray(values) ? Array.from(values, (value) => value ?? null) : [];
}

/** Keys a header cell may take for one column, and the unit-less name for spotting a wrong unit. */
function headerKeys(column: ColumnSpec): { exact: Set<string>; base: string } {
  const base = normalizeHeaderLabel(column.label.replace(/[（(].*$/, ''));
  return {
    exact: new Set([column.label, ...(column.aliases ?? [])].map(normalizeHeaderLabel).concat(base)),
    base,
  };
}

interface HeaderMatch<K extends string> {
  row: number;
  columns: Map<K, number>;
  problems: ImportProblem[];
}

function matchHeader<K extends string>(
  cells: ExcelJS.CellValue[],
  rowNumber: number,
  specs: readonly ColumnSpec<K>[],
): HeaderMatch<K> {
  const raw = cells.map((cell) => {
    const read = readCell(cell);
    return 'value' in read ? excelCellText(read.value) : '';
  });
  const texts = raw.map(normalizeHeaderLabel);
  const columns = new Map<K, number>();
  const problems: ImportProblem[] = [];
  for (const spec of specs) {
    const { exact, base } = headerKeys(spec);
    const index = texts.findIndex((text) => text !== '' && exact.has(text));
    if (index > 0) {
      columns.set(spec.key, index);
      continue;
    }
    // 计划投资（亿元）: the right column in the wrong unit, a 10,000-fold error if taken as is.
    const wrongUnit = spec.unit ? texts.findIndex((text) => text.startsWith(`${base}(`)) : -1;
    if (wrongUnit > 0) {
      problems.push({
        row: rowNumber,
        column: spec.label,
        message: `表头单位应为“${spec.unit}”，请换算为${spec.unit}并使用模板表头`,
        value: raw[wrongUnit],
      });
    }
  }
  return { row: rowNumber, columns, problems };
}

function findHeader<K extends string>(
  sheet: ExcelJS.Worksheet,
  specs: readonly ColumnSpec<K>[],
): HeaderMatch<K> | null {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const match = matchHeader(cellsOf(row), r, specs);
    if (match.columns.size >= Math.min(HEADER_MIN_MATCHES, specs.length)) return match;
  }
  return null;
}

/** The first two filled cells of a row, where ledgers write 合计 (possibly after a 序号 column). */
function isSummaryRow(cells: ExcelJS.CellValue[]): boolean {
  const leading = cells
    .map((cell) => readCell(cell))
    .flatMap((read) => ('value' in read && !isBlankCell(read.value) ? [excelCellText(read.value)] : []))
    .slice(0, 2);
  return leading.some(isSummaryRowLabel);
}

/**
 * Finds the table in a workbook the way an officer would: the preferred sheet first, else the
 * first sheet with a header row; the header row wherever the title block ends; then every data
 * row below it, passing over blank rows and 合计/总计/小计 lines.
 */
export function readTable<K extends string>(
  workbook: ExcelJS.Workbook,
  specs: readonly ColumnSpec<K>[],
  preferredSheet: string,
): SheetTable<K> {
  const sheets = [...workbook.worksheets].sort(
    (a, b) => Number(b.name === preferredSheet) - Number(a.name === preferredSheet),
  );
  for (const sheet of sheets) {
    const header = findHeader(sheet, specs);
    if (!header) continue;
    const problems = [...header.problems];
    for (const spec of specs) {
      if (spec.required && !header.columns.has(spec.key) && !problems.some((p) => p.column === spec.label)) {
        problems.push({ row: header.row, column: spec.label, message: '表头中缺少此必填列' });
      }
    }
    const rows: SheetRow<K>[] = [];
    for (let r = header.row + 1; r <= sheet.rowCount; r++) {
      const row = sheet.findRow(r);
      if (!row) continue;
      const cells = cellsOf(row);
      const values: Partial<Record<K, ExcelScalar>> = {};
      const errorCells: { key: K; error: string }[] = [];
      let blank = true;
      for (const [key, index] of header.columns) {
        const read = readCell(cells[index]);
        if ('error' in read) {
          errorCells.push({ key, error: read.error });
          blank = false;
        } else {
          values[key] = read.value;
          if (!isBlankCell(read.value)) blank = false;
        }
      }
      if (blank || isSummaryRow(cells)) continue;
      rows.push({ number: r, values, errorCells });
    }
    return {
      sheetName: sheet.name,
      headerRow: header.row,
      date1904: workbook.properties.date1904 ?? false,
      rows,
      problems,
    };
  }
  const names = specs
    .filter((s) => s.required)
    .map((s) => `“${s.label}”`)
    .join('');
  throw new SheetReadError(`未找到表头行：请使用导入模板，表头须包含${names}等列`);
}
