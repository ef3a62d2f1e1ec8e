import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExcelFile } from '../graphql/excel-file';

// The shared look of every exported list (导出 Excel): one table per sheet, a bold tinted header
// row that stays in view, dates as real Excel dates, and a file name stamped in Shanghai time.
//
// Workbooks are written as a stream: a committed row is turned into XML and compressed at once,
// so an export of tens of thousands of rows holds the zipped bytes rather than a cell object per
// value (which took the API past its heap cap on a 10,000-lead export).

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

let excel: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on the first export or import: loading it costs about 27 MiB of memory and a third
 * of a second, which every API process (and every API test file) paid at start-up for a feature
 * most of them never use.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  return (excel ??= import('exceljs').then((module) => module.default));
}

/** The zipped bytes a streaming workbook wrote, collected as they come. */
const outputs = new WeakMap<ExcelJS.stream.xlsx.WorkbookWriter, Buffer[]>();

/**
 * A workbook written as it is filled. Sheets take their frozen panes when added (a streamed
 * sheet cannot change them later); rows can be styled until they are committed.
 */
export async function streamingWorkbook(creator: string): Promise<ExcelJS.stream.xlsx.WorkbookWriter> {
  const { stream: excelStream } = await loadExcelJs();
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new excelStream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = creator;
  outputs.set(workbook, chunks);
  return workbook;
}

/** Commits what is left of a streaming workbook and answers the .xlsx file's bytes. */
export async function workbookBytes(workbook: ExcelJS.stream.xlsx.WorkbookWriter): Promise<Buffer> {
  const chunks = outputs.get(workbook);
  if (!chunks) throw new Error('workbookBytes: not a workbook made by streamingWorkbook');
  await workbook.commit();
  outputs.delete(workbook);
  return Buffer.concat(chunks);
}

export function exportWorkbook(): Promise<ExcelJS.stream.xlsx.WorkbookWriter> {
  return streamingWorkbook('链招');
}

/** One row of a table sheet, by column key. */
export type ExportRowValues = Record<string, ExcelJS.CellValue>;

/** A table sheet being streamed: each row is written out (and can no longer change) as it is added. */
export interface ExportSheet {
  addRow(values: ExportRowValues): void;
  addRows(rows: readonly ExportRowValues[]): void;
}

/**
 * A sheet holding one table: the columns, their header styled, and the header row (and the first
 * `frozenColumns` columns, a row's name) kept in view while scrolling.
 */
export function addTableSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: Partial<ExcelJS.Column>[],
  frozenColumns = 1,
): ExportSheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }],
  });
  sheet.columns = columns;
  const header = sheet.getRow(1);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  header.commit();
  // A streamed sheet has addRow only (its typings promise more), so this is all callers get.
  const addRow = (values: ExportRowValues): void => sheet.addRow(values).commit();
  return { addRow, addRows: (rows) => rows.forEach(addRow) };
}

/** The download: `<title>-YYYYMMDD-HHmm.xlsx` (Shanghai time of `now`), characters Windows refuses replaced. */
export async function exportFile(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  title: string,
  now: Date,
): Promise<ExcelFile> {
  const stamp = SHANGHAI_STAMP.format(now).replace(/\D/g, '');
  return {
    filename: `${title.replace(/[\\/:*?"<>|]/g, '_')}-${stamp.slice(0, 8)}-${stamp.slice(8, 12)}.xlsx`,
    contentBase64: (await workbookBytes(workbook)).toString('base64'),
  };
}
