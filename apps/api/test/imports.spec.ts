import ExcelJS from 'exceljs';
import { computeCreditCodeCheckChar } from '@lianzhao/domain';
import { TransactionalConnection } from '@lianzhao/api-database';
import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

/** The template's headers before it had the enterprise columns: such files must still import. */
const HEADERS = [
  '企业名称*',
  '统一社会信用代码',
  '项目名称*',
  '细分赛道*',
  '招商渠道*',
  '来源机构',
  '意向镇街',
  '计划投资（万元）',
  '预计年产值（万元）',
  '用地需求（亩）',
  '空间需求（平方米）',
  '预计签约日期',
  '等级',
  '备注',
];

const ENTERPRISE_HEADERS = ['法定代表人', '注册资本（万元）', '成立日期', '总部所在地', '地址', '网站'];

/** Today's template: the enterprise columns follow the credit code, 标签 comes before 备注. */
const TEMPLATE_HEADERS = [
  ...HEADERS.slice(0, 2),
  ...ENTERPRISE_HEADERS,
  ...HEADERS.slice(2, -1),
  '标签',
  ...HEADERS.slice(-1),
];

/** Where a column sits in today's template and exports. */
const col = (header: string): number => {
  const index = TEMPLATE_HEADERS.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
};

const CHAIN_ORG = '上海奉贤新能源汽车链主企业（示例）';
const PLATFORM_ORG = '沪南专业招商服务平台（示例）';

/** A valid 统一社会信用代码 of a made-up Fengxian company, numbered so each test has its own. */
function creditCode(n: number): string {
  const body = `91310120MA1K${String(n).padStart(5, '0')}`;
  return body + computeCreditCodeCheckChar(body);
}

/** The same code with a wrong check character. */
function badCreditCode(n: number): string {
  const good = creditCode(n);
  return good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
}

type Cell = ExcelJS.CellValue;

async function toBase64(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function fromBase64(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  return workbook;
}

/** A sheet in the old template's layout: header in row 1, then the given rows. */
async function simpleFile(rows: Cell[][], headers: readonly string[] = HEADERS): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('线索导入');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(row);
  return toBase64(workbook);
}

/** A sheet with the given headers, each row given by header; missing cells stay empty. */
async function fileByHeader(headers: readonly string[], rows: Record<string, Cell>[]): Promise<string> {
  return simpleFile(
    rows.map((row) => headers.map((header) => row[header] ?? null)),
    headers,
  );
}

function rowValues(sheet: ExcelJS.Worksheet, r: number): Cell[] {
  const values = sheet.getRow(r).values;
  return Array.isArray(values) ? values.slice(1) : [];
}

interface ImportResult {
  ok: boolean;
  errors: { row: number; column: string; message: string; text: string }[];
  errorCount: number;
  rowCount: number;
  enterprisesCreated: number;
  leadsCreated: number;
  leadsSkipped: number;
  preview: {
    row: number;
    enterpriseName: string;
    projectName: string;
    segmentName: string;
    channelLabel: string;
    plannedInvestment: string | null;
    expectedSigningOn: string | null;
    newEnterprise: boolean;
    duplicate: boolean;
  }[];
  errorReportBase64: string | null;
}

const IMPORT = `mutation ($input: ImportLeadsInput!) { importLeads(input: $input) {
  ok errors { row column message text } errorCount rowCount enterprisesCreated leadsCreated leadsSkipped
  preview { row enterpriseName projectName segmentName channelLabel plannedInvestment expectedSigningOn newEnterprise duplicate }
  errorReportBase64 } }`;

const EXPORT =
  'query ($filter: LeadFilter, $orderBy: LeadOrder) { exportLeads(filter: $filter, orderBy: $orderBy) { filename contentBase64 } }';

describe('Excel import and export (线索导入导出)', () => {
  let api: TestApi;
  let officer: string;

  beforeAll(async () => {
    api = await startTestApi();
    officer = await api.login('officer');
  });
  afterAll(() => api.close());

  async function importFile(fileBase64: string, dryRun = false, token = officer): Promise<ImportResult> {
    const result = await api.gql<{ importLeads: ImportResult }>(
      IMPORT,
      { input: { fileBase64, dryRun } },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.importLeads;
  }

  async function counts(): Promise<{ leads: number; enterprises: number }> {
    const result = await api.gql<{ leads: { totalCount: number }; enterprises: { totalCount: number } }>(
      '{ leads { totalCount } enterprises { totalCount } }',
      {},
      officer,
    );
    return {
      leads: result.data?.leads.totalCount ?? -1,
      enterprises: result.data?.enterprises.totalCount ?? -1,
    };
  }

  it('downloads a template with the headers, an example row and the reference sheet; the untouched template imports nothing', async () => {
    const result = await api.gql<{ leadImportTemplate: { filename: string; contentBase64: string } }>(
      '{ leadImportTemplate { filename contentBase64 } }',
      {},
      officer,
    );
    const file = result.data?.leadImportTemplate;
    expect(file?.filename).toBe('线索导入模板.xlsx');
    const workbook = await fromBase64(file?.contentBase64 ?? '');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['线索导入', '参考数据']);
    const sheet = workbook.getWorksheet('线索导入');
    if (!sheet) throw new Error('no import sheet');
    expect(rowValues(sheet, 2)).toEqual(TEMPLATE_HEADERS);
    const instructions = String(sheet.getCell(1, 1).value);
    expect(instructions).toContain(`${ENTERPRISE_HEADERS.join('、')}只用于新建企业`);
    expect(instructions).toContain('企业库中已有的企业（按信用代码或名称匹配）不会被修改');
    expect(instructions).toContain('标签可填多个，以“、”或逗号分隔');
    const example = rowValues(sheet, 3);
    expect(example[0]).toBe('【示例】上海奉贤储能科技有限公司');
    expect(example.slice(col('项目名称*'), col('招商渠道*') + 1)).toEqual([
      '储能电池系统生产基地',
      '新型储能',
      '自主招商',
    ]);
    expect(example[col('法定代表人')]).toBe('张三');
    expect(example[col('注册资本（万元）')]).toBe(10000);
    expect(example[col('成立日期')]).toEqual(new Date(Date.UTC(2018, 2, 15)));
    expect(example[col('标签')]).toBe('重点');

    const reference = workbook.getWorksheet('参考数据');
    const listed = new Set<string>();
    reference?.eachRow((row) => row.eachCell((cell) => listed.add(String(cell.value))));
    for (const name of [
      '绿色新能源',
      '新型储能',
      '人形机器人',
      '链式招商',
      '回归注册地经营',
      '南桥镇',
      '金海街道',
      CHAIN_ORG,
      PLATFORM_ORG,
      '重点',
      '链主推荐',
      'LEAD_FUND_REINVESTMENT',
    ]) {
      expect(listed).toContain(name);
    }
    // Enterprise tags are not offered for a lead.
    expect(listed).not.toContain('链主型');

    // The example row is skipped, so the template as downloaded has nothing to import.
    const empty = await api.gql(
      IMPORT,
      { input: { fileBase64: file?.contentBase64, dryRun: true } },
      officer,
    );
    expect(fieldErrors(empty)).toEqual({ fileBase64: '“线索导入”表的表头下没有数据行' });
  });

  it('imports a real ledger whole: title rows, a 序号 column, blank rows, a 合计 row, Excel and text dates, amounts with separators', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2025年储能项目台账');
    sheet.addRow(['奉贤区 2025 年招商线索台账']);
    sheet.mergeCells('A1:O1');
    sheet.addRow(['填报单位：投促办', null, null, '填报日期：2025年3月20日']);
    sheet.addRow([
      '序号',
      ' 企业名称 * ',
      '统一社会信用代码',
      '项目名称*',
      '细分赛道',
      '招商渠道 *',
      '来源机构',
      '意向镇街',
      '计划投资(万元)',
      '预计年产值（万元）',
      '用地需求（亩）',
      '空间需求（平方米）',
      '预计签约日期',
      '等级',
      '备注',
    ]);
    sheet.addRow([
      1,
      '上海甲储能科技有限公司',
      creditCode(1),
      '储能电站电池系统项目',
      '新型储能',
      '链式招商',
      CHAIN_ORG,
      '南桥镇',
      '1,234.5',
      5000,
      '30',
      null,
      new Date(Date.UTC(2025, 2, 15)),
      'A',
      '链主引荐',
    ]);
    sheet.addRow([]);
    sheet.addRow([
      2,
      '上海乙氢能装备有限公司',
      null,
      '氢能装备生产基地',
      'HYDROGEN',
      '自主招商',
      null,
      '奉城',
      800,
      null,
      null,
      '1,200',
      '2025.3.15',
      'b',
      null,
    ]);
    sheet.addRow([
      3,
      '上海甲储能科技股份有限公司',
      null,
      '储能研发中心',
      '新型储能',
      '专业招商',
      PLATFORM_ORG,
      null,
      '２，０００',
      null,
      null,
      null,
      '2025年3月15日',
      'B级',
      null,
    ]);
    sheet.addRow([
      4,
      '上海丙机器人有限公司',
      creditCode(2),
      '人形机器人总部',
      '人形机器人',
      'SELF',
      null,
      '金海街道',
      300.25,
      null,
      null,
      null,
      45731,
      null,
      null,
    ]);
    sheet.addRow([null, null, null, null, null, null, null, null, null, null]);
    sheet.addRow([
      '合计',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      { formula: 'SUM(I4:I8)', result: 4334.75 },
    ]);
    const file = await toBase64(workbook);
    const before = await counts();

    const dry = await importFile(file, true);
    expect(dry).toMatchObject({
      ok: true,
      errors: [],
      rowCount: 4,
      enterprisesCreated: 3,
      leadsCreated: 4,
      leadsSkipped: 0,
      errorReportBase64: null,
    });
    expect(
      dry.preview.map((p) => [
        p.row,
        p.projectName,
        p.segmentName,
        p.channelLabel,
        p.plannedInvestment,
        p.expectedSigningOn,
      ]),
    ).toEqual([
      [4, '储能电站电池系统项目', '新型储能', '链式招商', '1234.5', '2025-03-15'],
      [6, '氢能装备生产基地', '氢能关键材料及装备', '自主招商', '800', '2025-03-15'],
      [7, '储能研发中心', '新型储能', '专业招商', '2000', '2025-03-15'],
      [8, '人形机器人总部', '人形机器人', '自主招商', '300.25', '2025-03-15'],
    ]);
    expect(await counts()).toEqual(before);

    const done = await importFile(file);
    expect(done).toMatchObject({
      ok: true,
      errors: [],
      rowCount: 4,
      enterprisesCreated: 3,
      leadsCreated: 4,
      leadsSkipped: 0,
    });
    expect(await counts()).toEqual({ leads: before.leads + 4, enterprises: before.enterprises + 3 });

    type Lead = {
      projectName: string;
      plannedInvestment: string | null;
      expectedOutput: string | null;
      landNeed: string | null;
      spaceNeed: string | null;
      expectedSigningOn: string | null;
      grade: string | null;
      channel: string;
      notes: string | null;
      stage: string;
      enterprise: { name: string; creditCode: string | null; segment: { code: string } | null };
      sourceOrganization: { name: string } | null;
      town: { name: string } | null;
      owner: { username: string };
      stageChanges: { fromStage: string | null; toStage: string }[];
      auditTrail: { action: string; note: string | null }[];
    };
    const leads = await api.gql<{ leads: { edges: { node: Lead }[] } }>(
      `{ leads(first: 10, filter: { search: "上海" }, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node {
        projectName plannedInvestment expectedOutput landNeed spaceNeed expectedSigningOn grade channel notes stage
        enterprise { name creditCode segment { code } } sourceOrganization { name } town { name } owner { username }
        stageChanges { fromStage toStage } auditTrail { action note } } } } }`,
      {},
      officer,
    );
    const byProject = new Map((leads.data?.leads.edges ?? []).map((e) => [e.node.projectName, e.node]));
    expect(byProject.get('储能电站电池系统项目')).toMatchObject({
      plannedInvestment: '1234.5',
      expectedOutput: '5000',
      landNeed: '30',
      expectedSigningOn: '2025-03-15',
      grade: 'A',
      channel: 'CHAIN',
      notes: '链主引荐',
      stage: 'NEW',
      enterprise: {
        name: '上海甲储能科技有限公司',
        creditCode: creditCode(1),
        segment: { code: 'ENERGY_STORAGE' },
      },
      sourceOrganization: { name: CHAIN_ORG },
      town: { name: '南桥镇' },
      owner: { username: 'officer' },
      stageChanges: [{ fromStage: null, toStage: 'NEW' }],
      auditTrail: [{ action: 'CREATE', note: 'Excel 导入' }],
    });
    expect(byProject.get('氢能装备生产基地')).toMatchObject({
      spaceNeed: '1200',
      grade: 'B',
      town: { name: '奉城镇' },
      enterprise: { creditCode: null },
    });
    // 股份有限公司 and 有限公司 are one company by the register's name rule: the second project joins it.
    expect(byProject.get('储能研发中心')).toMatchObject({
      plannedInvestment: '2000',
      grade: 'B',
      enterprise: { name: '上海甲储能科技有限公司' },
      sourceOrganization: { name: PLATFORM_ORG },
    });
    expect(byProject.get('人形机器人总部')).toMatchObject({
      plannedInvestment: '300.25',
      expectedSigningOn: '2025-03-15',
      channel: 'SELF',
      town: { name: '金海街道' },
    });

    // The same file again: everything is already there.
    expect(await importFile(file)).toMatchObject({
      ok: true,
      enterprisesCreated: 0,
      leadsCreated: 0,
      leadsSkipped: 4,
    });
    expect(await counts()).toEqual({ leads: before.leads + 4, enterprises: before.enterprises + 3 });
  });

  it('refuses a file with one bad credit code, writing nothing; the corrected file imports, and importing it again adds nothing', async () => {
    const rows = (code: string): Cell[][] => [
      [
        '上海丁新材料有限公司',
        creditCode(10),
        '高分子材料产线',
        '高分子材料',
        '自主招商',
        null,
        '四团镇',
        12000,
        null,
        50,
        null,
        '2026/1/31',
        'A',
        null,
      ],
      [
        '上海戊电子化学品有限公司',
        code,
        '电子化学品研发中心',
        '电子化学品',
        '自主招商',
        null,
        null,
        '3,500',
        null,
        null,
        2000,
        null,
        null,
        null,
      ],
      [
        '上海己复合材料有限公司',
        null,
        '复合材料项目',
        '高性能复合材料',
        '活动/展会',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        'C',
        '进博会对接',
      ],
    ];
    const before = await counts();

    const refused = await importFile(await simpleFile(rows(badCreditCode(11))));
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual([
      {
        row: 3,
        column: '统一社会信用代码',
        message: '统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对',
        text: '第 3 行 · 统一社会信用代码 · 统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对',
      },
    ]);
    expect(refused).toMatchObject({ errorCount: 1, rowCount: 3, enterprisesCreated: 0, leadsCreated: 0 });
    expect(await counts()).toEqual(before);

    const report = await fromBase64(refused.errorReportBase64 ?? '');
    const reportSheet = report.getWorksheet('导入错误');
    if (!reportSheet) throw new Error('no report sheet');
    expect(rowValues(reportSheet, 1)).toEqual(['行号', '列名', '问题', '原值', '说明']);
    expect(rowValues(reportSheet, 2)).toEqual([
      3,
      '统一社会信用代码',
      refused.errors[0].message,
      badCreditCode(11),
      refused.errors[0].text,
    ]);

    const fixed = await simpleFile(rows(creditCode(11)));
    expect(await importFile(fixed)).toMatchObject({
      ok: true,
      errors: [],
      enterprisesCreated: 3,
      leadsCreated: 3,
      leadsSkipped: 0,
    });
    expect(await counts()).toEqual({ leads: before.leads + 3, enterprises: before.enterprises + 3 });

    const again = await importFile(fixed);
    expect(again).toMatchObject({ ok: true, enterprisesCreated: 0, leadsCreated: 0, leadsSkipped: 3 });
    expect(again.preview.every((p) => p.duplicate && !p.newEnterprise)).toBe(true);
    expect(await counts()).toEqual({ leads: before.leads + 3, enterprises: before.enterprises + 3 });
  });

  it('lists every problem of every row, as 第 N 行 · 列名 · 问题, against the register too', async () => {
    const before = await counts();
    const file = await simpleFile([
      [
        '上海庚科技有限公司',
        null,
        null,
        '不存在的赛道',
        '链式招商',
        null,
        '火星镇',
        '12,34',
        null,
        '1.234',
        null,
        '2025-02-30',
        'D',
        null,
      ],
      [
        '上海辛科技有限公司',
        9.13101e17,
        '辛项目',
        '智能终端',
        '专业招商',
        '不存在的机构',
        null,
        -5,
        null,
        null,
        null,
        '明年',
        null,
        null,
      ],
      [
        '上海壬科技有限公司',
        creditCode(20),
        '壬项目',
        '智能终端',
        '自主招商',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        '上海壬科技有限公司',
        creditCode(20),
        '壬项目',
        '智能终端',
        '自主招商',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        '上海癸科技有限公司',
        creditCode(21),
        '癸项目',
        '智能终端',
        '自主招商',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        '上海癸科技有限公司',
        creditCode(22),
        '癸项目二',
        '智能终端',
        '自主招商',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      // The register has 上海甲储能科技有限公司 with creditCode(1) from the ledger test.
      [
        '上海甲储能科技有限公司',
        creditCode(23),
        '甲项目三',
        '新型储能',
        '自主招商',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    const result = await importFile(file, true);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.text)).toEqual([
      '第 2 行 · 项目名称 · 请填写项目名称',
      '第 2 行 · 细分赛道 · 未找到细分赛道“不存在的赛道”，请填写“参考数据”表中的名称或代码',
      '第 2 行 · 来源机构 · “链式招商”渠道的线索须填写来源机构',
      '第 2 行 · 意向镇街 · 未找到镇街“火星镇”，请填写“参考数据”表中的名称',
      '第 2 行 · 计划投资（万元） · 千位分隔符位置不正确，例如 1,234,567.5',
      '第 2 行 · 用地需求（亩） · 最多保留 2 位小数',
      '第 2 行 · 预计签约日期 · 日期不存在：2025年2月30日',
      '第 2 行 · 等级 · 等级须为 A、B、C 之一',
      '第 3 行 · 统一社会信用代码 · Excel 把信用代码存成了数字，末几位已丢失：请将该列设为文本格式后重新填写',
      '第 3 行 · 来源机构 · 未找到来源机构“不存在的机构”，请填写“参考数据”表中的机构名称',
      '第 3 行 · 计划投资（万元） · 金额不能为负数',
      '第 3 行 · 预计签约日期 · 请输入有效日期，例如 2025-03-15、2025/3/15、2025.3.15 或 2025年3月15日',
      '第 5 行 · 项目名称 · 与第 4 行重复：同一企业的同名项目',
      '第 7 行 · 统一社会信用代码 · 与第 6 行的企业名称相同，但统一社会信用代码不同（' +
        creditCode(21) +
        '）',
      `第 8 行 · 统一社会信用代码 · 企业库中已有“上海甲储能科技有限公司”，其统一社会信用代码为 ${creditCode(1)}，与本行不同`,
    ]);
    expect(result.errorCount).toBe(15);
    // Rows without problems still preview, so the officer sees what would happen to them.
    expect(result.preview.map((p) => p.row)).toEqual([4, 6]);
    expect(await counts()).toEqual(before);
  });

  it('fills a new company from the enterprise columns (matched by header, in any position), leaves a company already in 企业库 as it is, and exports them', async () => {
    const existing = await api.gql<{ createEnterprise: { id: string } }>(
      `mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      {
        input: {
          name: '上海癸精密机械有限公司',
          creditCode: creditCode(40),
          legalRepresentative: '李四',
          headquartersCity: '苏州',
        },
      },
      officer,
    );
    const existingId = existing.data?.createEnterprise.id;
    if (!existingId) throw new Error(JSON.stringify(existing.errors));

    // The enterprise columns at the end, under ledger spellings: headers are matched by name.
    const headers = [...HEADERS, '法人', '注册资本(万元)', '成立时间', '总部城市', '注册地址', '官网'];
    const lead = { '细分赛道*': '智能终端', '招商渠道*': '自主招商' };
    const before = await counts();
    const file = await fileByHeader(headers, [
      {
        ...lead,
        '企业名称*': '上海子智能科技有限公司',
        统一社会信用代码: creditCode(41),
        '项目名称*': '智能终端总部',
        法人: '王五',
        '注册资本(万元)': '12,345.5',
        成立时间: new Date(Date.UTC(2015, 5, 1)),
        总部城市: '上海',
        官网: 'https://zi.example.com',
      },
      {
        // The same company again: blanks and equal values are fine, and a detail may come late.
        ...lead,
        '企业名称*': '上海子智能科技有限公司',
        '项目名称*': '智能终端二期',
        '注册资本(万元)': 12345.5,
        成立时间: '2015年6月1日',
        注册地址: '上海市奉贤区望园路 100 号',
      },
      {
        ...lead,
        '企业名称*': '上海癸精密机械有限公司',
        '项目名称*': '精密机械产线',
        法人: '赵六',
        总部城市: '上海',
        注册地址: '上海市奉贤区某路 1 号',
      },
    ]);
    expect(await importFile(file)).toMatchObject({
      ok: true,
      errors: [],
      enterprisesCreated: 1,
      leadsCreated: 3,
    });
    expect(await counts()).toEqual({ leads: before.leads + 3, enterprises: before.enterprises + 1 });

    const FIELDS = 'id name legalRepresentative registeredCapital foundedOn headquartersCity address website';
    type Details = Record<string, string | null>;
    const found = await api.gql<{ enterprises: { edges: { node: Details }[] } }>(
      `query ($filter: EnterpriseFilter) { enterprises(first: 5, filter: $filter) { edges { node { ${FIELDS} } } } }`,
      { filter: { search: '上海子智能' } },
      officer,
    );
    expect(found.data?.enterprises.edges.map((e) => e.node)).toEqual([
      {
        id: expect.any(String),
        name: '上海子智能科技有限公司',
        legalRepresentative: '王五',
        registeredCapital: '12345.5',
        foundedOn: '2015-06-01',
        headquartersCity: '上海',
        address: '上海市奉贤区望园路 100 号',
        website: 'https://zi.example.com',
      },
    ]);
    const kept = await api.gql<{ enterprise: Details }>(
      `query ($id: ID!) { enterprise(id: $id) { ${FIELDS} } }`,
      { id: existingId },
      officer,
    );
    expect(kept.data?.enterprise).toMatchObject({
      legalRepresentative: '李四',
      headquartersCity: '苏州',
      address: null,
    });

    const exported = await api.gql<{ exportLeads: { contentBase64: string } }>(
      EXPORT,
      { filter: { search: '智能终端总部' } },
      officer,
    );
    const sheet = (await fromBase64(exported.data?.exportLeads.contentBase64 ?? '')).worksheets[0];
    expect(rowValues(sheet, 2).slice(0, col('网站') + 1)).toEqual([
      '上海子智能科技有限公司',
      creditCode(41),
      '王五',
      12345.5,
      new Date(Date.UTC(2015, 5, 1)),
      '上海',
      '上海市奉贤区望园路 100 号',
      'https://zi.example.com',
    ]);
  });

  it('checks the enterprise columns with the enterprise form rules and refuses contradicting rows of one company', async () => {
    const before = await counts();
    const lead = { '细分赛道*': '智能终端', '招商渠道*': '自主招商' };
    const refused = await importFile(
      await fileByHeader(TEMPLATE_HEADERS, [
        {
          ...lead,
          '企业名称*': '上海丑电子有限公司',
          '项目名称*': '丑一期',
          法定代表人: '名'.repeat(65),
          '注册资本（万元）': '12,34',
          成立日期: '2015-02-30',
          总部所在地: '上海',
          地址: '址'.repeat(301),
        },
        {
          ...lead,
          '企业名称*': '上海丑电子有限公司',
          '项目名称*': '丑二期',
          '注册资本（万元）': -5,
          网站: '网'.repeat(301),
        },
      ]),
    );
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((e) => e.text)).toEqual([
      '第 2 行 · 法定代表人 · 法定代表人最多 64 个字',
      '第 2 行 · 注册资本（万元） · 千位分隔符位置不正确，例如 1,234,567.5',
      '第 2 行 · 成立日期 · 日期不存在：2015年2月30日',
      '第 2 行 · 地址 · 地址最多 300 个字',
      '第 3 行 · 注册资本（万元） · 金额不能为负数',
      '第 3 行 · 网站 · 网站最多 300 个字',
    ]);

    const contradicting = await importFile(
      await fileByHeader(TEMPLATE_HEADERS, [
        { ...lead, '企业名称*': '上海丑电子有限公司', '项目名称*': '丑一期', 总部所在地: '上海' },
        { ...lead, '企业名称*': '上海丑电子有限公司', '项目名称*': '丑二期', 总部所在地: '深圳' },
      ]),
    );
    expect(contradicting.errors.map((e) => e.text)).toEqual([
      '第 3 行 · 总部所在地 · 与第 2 行是同一企业，但总部所在地不同（“上海”）',
    ]);

    const wrongUnit = await importFile(
      await simpleFile(
        [
          [
            '上海丑电子有限公司',
            null,
            '丑一期',
            '智能终端',
            '自主招商',
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            100,
          ],
        ],
        [...HEADERS, '注册资本（万美元）'],
      ),
    );
    expect(wrongUnit.errors.map((e) => e.text)).toEqual([
      '第 1 行 · 注册资本（万元） · 表头单位应为“万元”，请换算为万元并使用模板表头',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('leaves nothing of the file behind when the database refuses a later row the checks cannot see', async () => {
    const db = api.app.get(TransactionalConnection).dataSource;
    const tally = async () => {
      const [row] = await db.query<{ audit: string; changes: string }[]>(
        'SELECT (SELECT count(*) FROM audit_entries) AS audit, (SELECT count(*) FROM lead_stage_changes) AS changes',
      );
      return { ...(await counts()), audit: Number(row.audit), changes: Number(row.changes) };
    };
    const rows: Record<string, Cell>[] = ['寅', '卯', '辰'].map((name, i) => ({
      '企业名称*': `上海${name}新材料有限公司`,
      统一社会信用代码: creditCode(50 + i),
      '项目名称*': `${name}材料项目`,
      '细分赛道*': '高分子材料',
      '招商渠道*': '自主招商',
      法定代表人: `${name}总`,
    }));
    // A rule added in the database only, e.g. by a DBA: the importer's checks cannot know it.
    // The last row breaks it, after the three companies and their audit entries were written.
    rows[2]['项目名称*'] = '数据库拒绝的项目';
    const file = await fileByHeader(TEMPLATE_HEADERS, rows);
    await db.query(
      `ALTER TABLE leads ADD CONSTRAINT leads_import_atomicity_check CHECK (project_name <> '数据库拒绝的项目') NOT VALID`,
    );
    try {
      const before = await tally();
      expect(await importFile(file, true)).toMatchObject({
        ok: true,
        enterprisesCreated: 3,
        leadsCreated: 3,
      });

      const failed = await api.gql(IMPORT, { input: { fileBase64: file, dryRun: false } }, officer);
      expect(errorCode(failed)).toBe('CONFLICT');
      expect(failed.errors?.[0]?.message).toBe(
        '数据库拒绝写入文件中的数据，本次未导入任何数据；请重新导入，仍失败请联系管理员',
      );
      expect(await tally()).toEqual(before);
      const left = await db.query<{ name: string }[]>(
        `SELECT name FROM enterprises WHERE name IN ('上海寅新材料有限公司', '上海卯新材料有限公司', '上海辰新材料有限公司')`,
      );
      expect(left).toEqual([]);
    } finally {
      await db.query('ALTER TABLE leads DROP CONSTRAINT leads_import_atomicity_check');
    }

    // Nothing remained, so the same file now creates everything.
    expect(await importFile(file)).toMatchObject({ ok: true, enterprisesCreated: 3, leadsCreated: 3 });
  });

  it('refuses files it cannot read with a message on the file field', async () => {
    const garbage = await api.gql(
      IMPORT,
      { input: { fileBase64: Buffer.from('not a spreadsheet').toString('base64'), dryRun: true } },
      officer,
    );
    expect(fieldErrors(garbage)).toEqual({ fileBase64: '无法读取文件，请上传 .xlsx 格式的 Excel 文件' });

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['名称', '金额']);
    const noHeader = await api.gql(
      IMPORT,
      { input: { fileBase64: await toBase64(workbook), dryRun: true } },
      officer,
    );
    expect(errorCode(noHeader)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(noHeader)['fileBase64']).toMatch(/^未找到表头行/);

    const wrongUnit = new ExcelJS.Workbook();
    wrongUnit.addWorksheet('线索导入').addRows([
      ['企业名称', '项目名称', '细分赛道', '招商渠道', '计划投资（亿元）'],
      ['上海某公司', '某项目', '智能终端', '自主招商', 5],
    ]);
    const unit = await importFile(await toBase64(wrongUnit), true);
    expect(unit.errors.map((e) => e.text)).toEqual([
      '第 1 行 · 计划投资（万元） · 表头单位应为“万元”，请换算为万元并使用模板表头',
    ]);
  });

  it('exports the filtered list in the template columns, in the list order, and the export imports again as a no-op', async () => {
    const filter = { search: '储能' };
    const orderBy = { field: 'PLANNED_INVESTMENT', direction: 'DESC' };
    const list = await api.gql<{
      leads: {
        totalCount: number;
        edges: { node: { projectName: string; plannedInvestment: string | null; stage: string } }[];
      };
    }>(
      'query ($filter: LeadFilter, $orderBy: LeadOrder) { leads(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { projectName plannedInvestment stage } } } }',
      { filter, orderBy },
      officer,
    );
    const leader = await api.login('leader');
    const result = await api.gql<{ exportLeads: { filename: string; contentBase64: string } }>(
      EXPORT,
      { filter, orderBy },
      leader,
    );
    const file = result.data?.exportLeads;
    expect(file?.filename).toMatch(/^线索导出-\d{8}-\d{4}\.xlsx$/);
    const workbook = await fromBase64(file?.contentBase64 ?? '');
    const sheet = workbook.worksheets[0];
    expect(rowValues(sheet, 1)).toEqual([...TEMPLATE_HEADERS, '阶段', '负责人']);
    const exported = [];
    for (let r = 2; r <= sheet.rowCount; r++) exported.push(rowValues(sheet, r));
    const project = col('项目名称*');
    expect(exported.map((row) => row[project])).toEqual(
      list.data?.leads.edges.map((e) => e.node.projectName),
    );
    expect(exported).toHaveLength(list.data?.leads.totalCount ?? -1);
    expect(exported.length).toBeGreaterThanOrEqual(2);
    const first = exported.find((row) => row[project] === '储能电站电池系统项目') ?? [];
    expect(first.slice(0, 2)).toEqual(['上海甲储能科技有限公司', creditCode(1)]);
    expect(first.slice(project, col('计划投资（万元）') + 1)).toEqual([
      '储能电站电池系统项目',
      '新型储能',
      '链式招商',
      CHAIN_ORG,
      '南桥镇',
      1234.5,
    ]);
    expect(first[col('预计签约日期')]).toEqual(new Date(Date.UTC(2025, 2, 15)));
    expect(first.slice(TEMPLATE_HEADERS.length)).toEqual(['线索', '张招商']);

    const before = await counts();
    expect(await importFile(file?.contentBase64 ?? '')).toMatchObject({
      ok: true,
      enterprisesCreated: 0,
      leadsCreated: 0,
      leadsSkipped: exported.length,
    });
    expect(await counts()).toEqual(before);
  });

  it('carries 线索标签 through the 标签 column: imported by name or code, refused whole for an unknown tag, exported by name, imported again', async () => {
    const lead = { '细分赛道*': '智能终端', '招商渠道*': '自主招商' };
    const rows = (secondTags: string): Record<string, Cell>[] => [
      {
        ...lead,
        '企业名称*': '上海标签甲科技有限公司',
        '项目名称*': '标签导入甲项目',
        标签: '重点，链主推荐',
      },
      { ...lead, '企业名称*': '上海标签乙科技有限公司', '项目名称*': '标签导入乙项目', 标签: secondTags },
      { ...lead, '企业名称*': '上海标签丙科技有限公司', '项目名称*': '标签导入丙项目' },
    ];
    const tagsByProject = async (search: string) => {
      const found = await api.gql<{
        leads: { edges: { node: { projectName: string; tagCodes: string[] } }[] };
      }>(
        'query ($filter: LeadFilter) { leads(first: 100, filter: $filter) { edges { node { projectName tagCodes } } } }',
        { filter: { search } },
        officer,
      );
      return Object.fromEntries(
        (found.data?.leads.edges ?? []).map((e) => [e.node.projectName, e.node.tagCodes]),
      );
    };
    const before = await counts();

    // 链主型 is an enterprise tag, not a lead tag; the rows without a problem do not go in either.
    const refused = await importFile(
      await fileByHeader(TEMPLATE_HEADERS, rows('重点、不存在的标签, 链主型')),
    );
    expect(refused).toMatchObject({ ok: false, errorCount: 1, enterprisesCreated: 0, leadsCreated: 0 });
    expect(refused.errors).toEqual([
      {
        row: 3,
        column: '标签',
        message:
          '未找到线索标签“不存在的标签”、“链主型”，请填写“参考数据”表中的标签名称或代码，多个标签以“、”或逗号分隔',
        text: expect.stringMatching(/^第 3 行 · 标签 · 未找到线索标签“不存在的标签”、“链主型”/),
      },
    ]);
    expect(await counts()).toEqual(before);
    expect(await tagsByProject('标签导入')).toEqual({});

    expect(
      await importFile(await fileByHeader(TEMPLATE_HEADERS, rows('LEAD_FUND_REINVESTMENT'))),
    ).toMatchObject({
      ok: true,
      leadsCreated: 3,
    });
    expect(await tagsByProject('标签导入')).toEqual({
      标签导入甲项目: ['LEAD_KEY', 'LEAD_CHAIN_MASTER_REFERRED'],
      标签导入乙项目: ['LEAD_FUND_REINVESTMENT'],
      标签导入丙项目: [],
    });

    const exported = await api.gql<{ exportLeads: { contentBase64: string } }>(
      EXPORT,
      { filter: { search: '标签导入' } },
      officer,
    );
    const workbook = await fromBase64(exported.data?.exportLeads.contentBase64 ?? '');
    const sheet = workbook.worksheets[0];
    expect(rowValues(sheet, 1)).toEqual([...TEMPLATE_HEADERS, '阶段', '负责人']);
    expect(sheet.rowCount).toBe(4);
    const project = col('项目名称*');
    const tags = col('标签');
    // One import's leads share their creation time, so the list orders them by id: compared by project.
    const lines = [2, 3, 4].map((r) => rowValues(sheet, r));
    expect(Object.fromEntries(lines.map((line) => [line[project], line[tags] ?? null]))).toEqual({
      标签导入甲项目: '重点、链主推荐',
      标签导入乙项目: '基金返投',
      标签导入丙项目: null,
    });

    // Round trip: the exported rows as new projects (else they are skipped as already there) carry the same tags.
    for (let r = 2; r <= 4; r++) {
      const cell = sheet.getRow(r).getCell(project + 1);
      cell.value = String(cell.value).replace('标签导入', '标签回导');
    }
    expect(await importFile(await toBase64(workbook))).toMatchObject({ ok: true, leadsCreated: 3 });
    expect(await tagsByProject('标签回导')).toEqual({
      标签回导甲项目: ['LEAD_KEY', 'LEAD_CHAIN_MASTER_REFERRED'],
      标签回导乙项目: ['LEAD_FUND_REINVESTMENT'],
      标签回导丙项目: [],
    });
  });

  it('keeps partners out, and lets leaders export but not import', async () => {
    const partner = await api.login('partner');
    const leader = await api.login('leader');
    const file = await simpleFile([['上海某公司', null, '某项目', '智能终端', '自主招商']]);
    expect(errorCode(await api.gql('{ leadImportTemplate { filename } }', {}, partner))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(IMPORT, { input: { fileBase64: file, dryRun: true } }, partner))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(EXPORT, {}, partner))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql('{ leadImportTemplate { filename } }', {}, leader))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(IMPORT, { input: { fileBase64: file, dryRun: true } }, leader))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(EXPORT, {}, leader))).toBeUndefined();
  });
});
