import type ExcelJS from 'exceljs';
import type { ExcelFile } from '../graphql/excel-file';
import { addTableSheet, DATE_COLUMN_STYLE, exportFile, exportWorkbook } from './export-workbook';

/** One column of an exported list: its header, width and the cell of a row. */
export interface ExportColumn<R> {
  header: string;
  width: number;
  /** The cell is a date (a `Date`, or null): formatted yyyy-mm-dd, so officers sort and filter by it. */
  date?: boolean;
  value: (row: R) => ExcelJS.CellValue;
}

/** What a list's 导出 Excel writes: the file's title (`<title>-YYYYMMDD-HHmm.xlsx`), one sheet and its columns. */
export interface ExportTable<R> {
  title: string;
  sheet: string;
  columns: readonly ExportColumn<R>[];
}

/**
 * A list's rows as the shared workbook (export-workbook.ts): a list then declares its columns only,
 * and every export looks and names its file the same way.
 */
export async function exportTableFile<R>(
  table: ExportTable<R>,
  rows: readonly R[],
  now: Date,
): Promise<ExcelFile> {
  const workbook = await exportWorkbook();
  const sheet = addTableSheet(
    workbook,
    table.sheet,
    table.columns.map((column, i) => ({
      header: column.header,
      key: `c${i}`,
      width: column.width,
      ...(column.date ? { style: DATE_COLUMN_STYLE } : {}),
    })),
  );
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(table.columns.map((column, i) => [`c${i}`, column.value(row)])));
  }
  return exportFile(workbook, table.title, now);
}
