import ExcelJS from 'exceljs';
import type { ExcelFile } from '../graphql/excel-file';

// The shared look of every exported list (导出 Excel): one table per sheet, a bold tinted header
// row that stays in view, dates as real Excel dates, and a file name stamped in Shanghai time.

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** A date column's cell format: officers sort and filter by these. */
export const DATE_COLUMN_STYLE: Partial<ExcelJS.Style> = { numFmt: 'yyyy-mm-dd' };

const SHANGHAI_STAMP = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A `YYYY-MM-DD` as a real Excel date. */
export function excelDate(date: string | null | undefined): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

export function exportWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '链招';
  return workbook;
}

/**
 * A sheet holding one table: the columns, their header styled, and the header row (and the first
 * `frozenColumns` columns, a row's name) kept in view while scrolling.
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Partial<ExcelJS.Column>[],
  frozenColumns = 1,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns;
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }];
  return sheet;
}

/** The download: `<title>-YYYYMMDD-HHmm.xlsx` (Shanghai time of `now`), characters Windows refuses replaced. */
export async function exportFile(workbook: ExcelJS.Workbook, title: string, now: Date): Promise<ExcelFile> {
  const stamp = SHANGHAI_STAMP.format(now).replace(/\D/g, '');
  return {
    filename: `${title.replace(/[\\/:*?"<>|]/g, '_')}-${stamp.slice(0, 8)}-${stamp.slice(8, 12)}.xlsx`,
    contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
  };
}
