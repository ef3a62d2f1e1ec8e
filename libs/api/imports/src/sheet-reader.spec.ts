import ExcelJS from 'exceljs';
import { LEAD_COLUMNS, headerText, type LeadColumnKey } from './lead-columns';
import { loadWorkbook, readCell, readTable, SheetReadError } from './sheet-reader';

async function bytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A row in the template's column order, given by column. */
function templateRow(values: Partial<Record<LeadColumnKey, ExcelJS.CellValue>>): ExcelJS.CellValue[] {
  return LEAD_COLUMNS.map((column) => values[column.key] ?? null);
}

async function roundTrip(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('线索导入'), workbook);
  return loadWorkbook(await bytes(workbook));
}

describe('readCell', () => {
  it.each<[string, ExcelJS.CellValue, ReturnType<typeof readCell>]>([
    ['empty', null, { value: null }],
    ['text', '南桥镇', { value: '南桥镇' }],
    ['number', 12.5, { value: 12.5 }],
    [
      'rich text',
      { richText: [{ text: '上海' }, { text: '链招', font: { bold: true } }] },
      { value: '上海链招' },
    ],
    ['hyperlink', { text: '官网', hyperlink: 'https://example.com' }, { value: '官网' }],
    ['formula', { formula: 'A1+1', result: 3 }, { value: 3 }],
    ['formula without a cached result', { formula: 'A1+1' }, { value: null }],
    ['formula giving an error', { formula: 'A1/0', result: { error: '#DIV/0!' } }, { error: '#DIV/0!' }],
    ['error', { error: '#N/A' }, { error: '#N/A' }],
  ])('%s', (_case, input, expected) => {
    expect(readCell(input)).toEqual(expected);
  });
});

describe('readTable', () => {
  it('reads a merged company name on every row it spans, and reports error cells', async () => {
    const workbook = await roundTrip((sheet) => {
      sheet.addRow(LEAD_COLUMNS.map(headerText));
      sheet.addRow(
        templateRow({
          enterpriseName: '上海链招科技有限公司',
          projectName: '项目一',
          segment: '新型储能',
          channel: '自主招商',
        }),
      );
      sheet.addRow(
        templateRow({
          projectName: '项目二',
          segment: '新型储能',
          channel: '自主招商',
          plannedInvestment: { formula: 'NA()', result: { error: '#N/A' } },
        }),
      );
      sheet.mergeCells('A2:A3');
    });
    const table = readTable(workbook, LEAD_COLUMNS, '线索导入');
    expect(table.headerRow).toBe(1);
    expect(table.rows.map((r) => [r.number, r.values.enterpriseName, r.values.projectName])).toEqual([
      [2, '上海链招科技有限公司', '项目一'],
      [3, '上海链招科技有限公司', '项目二'],
    ]);
    expect(table.rows[1].errorCells).toEqual([{ key: 'plannedInvestment', error: '#N/A' }]);
  });

  it('prefers the 线索导入 sheet, else takes the first sheet with a header, and names missing required columns', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本文件为线索台账']);
    workbook.addWorksheet('台账').addRows([
      ['企业名称', '细分赛道', '招商渠道', '备注'],
      ['上海链招科技有限公司', '新型储能', '自主招商', null],
    ]);
    const table = readTable(await loadWorkbook(await bytes(workbook)), LEAD_COLUMNS, '线索导入');
    expect(table.sheetName).toBe('台账');
    expect(table.problems).toEqual([{ row: 1, column: '项目名称', message: '表头中缺少此必填列' }]);
  });

  it('refuses a workbook without a header row', async () => {
    const workbook = await roundTrip((sheet) => sheet.addRow(['企业名称', '其他']));
    expect(() => readTable(workbook, LEAD_COLUMNS, '线索导入')).toThrow(SheetReadError);
  });

  it('does not expand whole-column dropdowns of officers’ files cell by cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索导入');
    sheet.addRow(LEAD_COLUMNS.map(headerText));
    sheet.addRow(
      templateRow({
        enterpriseName: '上海链招科技有限公司',
        projectName: '项目一',
        segment: '新型储能',
        channel: '自主招商',
      }),
    );
    // exceljs only types the per-cell form; this is the shape Excel writes for a whole column.
    const validations = (
      sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations;
    for (const col of ['D', 'E', 'F', 'G', 'M'])
      validations.add(`${col}2:${col}1048576`, { type: 'list', allowBlank: true, formulae: ['"A,B,C"'] });
    const data = await bytes(workbook);
    const start = performance.now();
    const table = readTable(await loadWorkbook(data), LEAD_COLUMNS, '线索导入');
    // Expanded, each column would be a million entries and over a second of parsing.
    expect(performance.now() - start).toBeLessThan(3000);
    expect(table.rows).toHaveLength(1);
  });

  it('tells an old .xls file from a file that is no spreadsheet', async () => {
    await expect(loadWorkbook(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow('不支持 .xls');
    await expect(loadWorkbook(Buffer.from('id,name\n1,x'))).rejects.toThrow('无法读取文件');
    await expect(loadWorkbook(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow('文件已损坏');
  });
});
