import ExcelJS from 'exceljs';
import { computeCreditCodeCheckChar } from '@lianzhao/domain';
import { ImportJobsService } from '@lianzhao/api-imports';
import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

const HEADERS = ['企业名称*', '统一社会信用代码', '项目名称*', '细分赛道*', '招商渠道*', '意向镇街', '计划投资（万元）'];

function creditCode(n: number): string {
  const body = `91310120MA1J${String(n).padStart(5, '0')}`;
  return body + computeCreditCodeCheckChar(body);
}

async function file(rows: ExcelJS.CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('线索导入');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A clean row of company n, its amount as an officer's ledger writes it. */
function row(n: number, amount: ExcelJS.CellValue): ExcelJS.CellValue[] {
  return [`上海导入测试${n}号有限公司`, creditCode(n), `导入测试项目${n}号`, '新型储能', '自主招商', '南桥镇', amount];
}

interface Job {
  id: string;
  status: string;
  phase: string;
  processedRows: number;
  rowCount: number;
  fileName: string;
  actorName: string;
  leadsCreated: number;
  enterprisesCreated: number;
  leadsSkipped: number;
  errorCount: number;
  hasErrorReport: boolean;
}

const JOB = 'id status phase processedRows rowCount fileName actorName leadsCreated enterprisesCreated leadsSkipped errorCount hasErrorReport';
const START = `mutation ($input: StartLeadImportInput!) { startLeadImport(input: $input) { ${JOB} } }`;

describe('lead imports as jobs: progress and history (导入记录)', () => {
  let api: TestApi;
  let officer: string;
  let officer2: string;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    [officer, officer2, admin] = [await api.login('officer'), await api.login('officer2'), await api.login('admin')];
  }, 120_000);
  afterAll(() => api.close());

  async function start(rows: ExcelJS.CellValue[][], fileName: string, token = officer): Promise<Job> {
    const result = await api.gql<{ startLeadImport: Job }>(START, { input: { fileBase64: await file(rows), fileName } }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.startLeadImport;
  }

  /** Polls as the browser does until the import has finished. */
  async function finished(id: string, token = officer): Promise<Job> {
    for (;;) {
      const result = await api.gql<{ leadImport: Job }>(`query ($id: ID!) { leadImport(id: $id) { ${JOB} } }`, { id }, token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      if (result.data.leadImport.status !== 'RUNNING') return result.data.leadImport;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('runs an import in the background, reports rows processed, and records who, which file and the counts; 万 and 亿 amounts are read as 万元', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => row(i + 1, i === 0 ? '1.2亿' : i === 1 ? '5,000万元' : 300));
    const job = await start(rows, '十二月台账.xlsx');
    expect(job).toMatchObject({ status: 'RUNNING', rowCount: 1200, fileName: '十二月台账.xlsx', actorName: '张招商' });
    expect(job.processedRows).toBeLessThanOrEqual(1200);

    const done = await finished(job.id);
    expect(done).toMatchObject({
      status: 'IMPORTED',
      phase: 'DONE',
      processedRows: 1200,
      leadsCreated: 1200,
      enterprisesCreated: 1200,
      errorCount: 0,
      hasErrorReport: false,
    });

    const amountOf = async (projectName: string): Promise<number> => {
      const leads = await api.gql<{ leads: { edges: { node: { plannedInvestment: string | null } }[] } }>(
        'query ($search: String) { leads(first: 2, filter: { search: $search }) { edges { node { plannedInvestment } } } }',
        { search: projectName },
        officer,
      );
      expect(leads.data?.leads.edges).toHaveLength(1);
      return Number(leads.data?.leads.edges[0].node.plannedInvestment);
    };
    expect(await amountOf('导入测试项目1号')).toBe(12000);
    expect(await amountOf('导入测试项目2号')).toBe(5000);
  });

  it('keeps a refused import in the history with its problem report, downloadable; other officers do not see it, admins do', async () => {
    const job = await start([row(5001, 100), row(5002, '5000元')], '有问题的台账.xlsx');
    const done = await finished(job.id);
    expect(done).toMatchObject({ status: 'REFUSED', errorCount: 1, leadsCreated: 0, hasErrorReport: true });

    const report = await api.gql<{ leadImportErrorReport: { filename: string; contentBase64: string } }>(
      `query ($id: ID!) { leadImportErrorReport(id: $id) { filename contentBase64 } }`,
      { id: job.id },
      officer,
    );
    expect(report.data?.leadImportErrorReport.filename).toBe('导入问题清单-有问题的台账.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(report.data?.leadImportErrorReport.contentBase64 ?? '', 'base64')).buffer);
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((r) => texts.push(r.values?.toString() ?? ''));
    expect(texts.join('\n')).toContain('金额单位只能是万元或亿元');

    const HISTORY = '{ leadImports(first: 10) { totalCount edges { node { id fileName status actorName leadsCreated errorCount } } } }';
    const mine = await api.gql<{ leadImports: { totalCount: number; edges: { node: { fileName: string; status: string } }[] } }>(HISTORY, {}, officer);
    expect(mine.data?.leadImports.edges.map((e) => [e.node.fileName, e.node.status])).toEqual([
      ['有问题的台账.xlsx', 'REFUSED'],
      ['十二月台账.xlsx', 'IMPORTED'],
    ]);
    expect(mine.data?.leadImports.totalCount).toBe(2);

    const other = await api.gql<{ leadImports: { totalCount: number } }>(HISTORY, {}, officer2);
    expect(other.data?.leadImports.totalCount).toBe(0);
    const hidden = await api.gql(`query ($id: ID!) { leadImport(id: $id) { id } }`, { id: job.id }, officer2);
    expect(errorCode(hidden)).toBe('NOT_FOUND');

    const all = await api.gql<{ leadImports: { totalCount: number } }>(HISTORY, {}, admin);
    expect(all.data?.leadImports.totalCount).toBe(2);
  });

  it('refuses on the file field what is not a workbook, before any job starts', async () => {
    const result = await api.gql(START, { input: { fileBase64: 'bm90IGEgd29ya2Jvb2s=', fileName: 'x.xlsx' } }, officer);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldErrors(result))).toEqual(['fileBase64']);
    await api.app.get(ImportJobsService).settle();
  });
});
