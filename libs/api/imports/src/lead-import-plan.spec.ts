import ExcelJS from 'exceljs';
import { computeCreditCodeCheckChar } from '@lianzhao/domain';
import { MAX_LISTED_ERRORS } from './dto/import.types';
import {
  groupByEnterprise,
  importResult,
  matchRegister,
  planLeads,
  type EnterpriseGroup,
} from './lead-import-plan';
import type { EnterpriseDetails, ParsedRow } from './lead-rows';
import type { ImportProblem } from './sheet-reader';

// Database-free: what the register holds is handed in as the queries would answer it.

function code(body: string): string {
  return body + computeCreditCodeCheckChar(body);
}
const CODE_A = code('91310120MA1JW7N5X');
const CODE_B = code('91310120MA1JW7N6X');

const NO_DETAILS: EnterpriseDetails = {
  legalRepresentative: null,
  registeredCapital: null,
  foundedOn: null,
  headquartersCity: null,
  address: null,
  website: null,
};

function parsed(
  row: number,
  values: Partial<Omit<ParsedRow, 'row' | 'enterprise'>> & { enterprise?: Partial<EnterpriseDetails> } = {},
): ParsedRow {
  const { enterprise, ...rest } = values;
  return {
    row,
    enterpriseName: '上海链招科技有限公司',
    creditCode: null,
    projectName: `项目${row}`,
    segment: { code: 'NE-STORAGE', name: '新型储能', industryCode: 'NE' },
    channel: 'SELF',
    sourceOrganizationId: null,
    townCode: null,
    plannedInvestment: null,
    expectedOutput: null,
    landNeed: null,
    spaceNeed: null,
    expectedSigningOn: null,
    grade: null,
    tagCodes: [],
    notes: null,
    ...rest,
    enterprise: { ...NO_DETAILS, ...enterprise },
  };
}

function said(problems: ImportProblem[]): [number, string, string][] {
  return problems.map((p) => [p.row, p.column, p.message]);
}

function rowsOf(groups: EnterpriseGroup[]): number[][] {
  return groups.map((g) => g.rows.map((r) => r.row));
}

describe('groupByEnterprise', () => {
  it('puts the rows of one company together by credit code, else by normalised name, a name-only row joining the code its name has elsewhere', () => {
    const problems: ImportProblem[] = [];
    const groups = groupByEnterprise(
      [
        parsed(2, { enterpriseName: '上海链招科技有限公司', creditCode: CODE_A }),
        parsed(3, { enterpriseName: '上海链招科技股份有限公司' }),
        parsed(4, { enterpriseName: '上海 链招科技', creditCode: CODE_A }),
        parsed(5, { enterpriseName: '上海奉贤储能有限公司' }),
        parsed(6, { enterpriseName: '上海奉贤储能（有限公司）' }),
      ],
      problems,
    );
    expect(problems).toEqual([]);
    expect(rowsOf(groups)).toEqual([[2, 3, 4], [5], [6]]);
    expect(groups.map((g) => [g.name, g.creditCode, g.existing, g.enterpriseId])).toEqual([
      ['上海链招科技有限公司', CODE_A, false, null],
      ['上海奉贤储能有限公司', null, false, null],
      ['上海奉贤储能（有限公司）', null, false, null],
    ]);
  });

  it('refuses one code with two names, one name with two codes, and the same project of one company twice', () => {
    const problems: ImportProblem[] = [];
    const groups = groupByEnterprise(
      [
        parsed(2, { enterpriseName: '上海链招科技有限公司', creditCode: CODE_A }),
        parsed(3, { enterpriseName: '上海另一家有限公司', creditCode: CODE_A }),
        parsed(4, { enterpriseName: '上海链招科技有限公司', creditCode: CODE_B }),
        parsed(5, { enterpriseName: '上海链招科技有限公司', projectName: '储能 基地' }),
        parsed(6, { enterpriseName: '上海链招科技', creditCode: CODE_A, projectName: '储能基地' }),
      ],
      problems,
    );
    expect(said(problems)).toEqual([
      [3, '企业名称', '与第 2 行的统一社会信用代码相同，但企业名称不同（“上海链招科技有限公司”）'],
      [4, '统一社会信用代码', `与第 2 行的企业名称相同，但统一社会信用代码不同（${CODE_A}）`],
      [6, '项目名称', '与第 5 行重复：同一企业的同名项目'],
    ]);
    expect(problems.map((p) => p.value)).toEqual(['上海另一家有限公司', CODE_B, '储能基地']);
    expect(rowsOf(groups)).toEqual([[2, 5]]);
  });

  it('fills the company from the first row that has each detail, and refuses a later row saying otherwise', () => {
    const problems: ImportProblem[] = [];
    const [group] = groupByEnterprise(
      [
        parsed(2, { enterprise: { legalRepresentative: '张三' } }),
        parsed(3, { enterprise: { legalRepresentative: ' 张 三', address: '南桥镇示例路 1 号' } }),
        parsed(4, { enterprise: { legalRepresentative: '李四', address: '南桥镇示例路 1 号' } }),
      ],
      problems,
    );
    expect(group.details).toEqual({
      ...NO_DETAILS,
      legalRepresentative: '张三',
      address: '南桥镇示例路 1 号',
    });
    expect(group.detailRows).toEqual({ legalRepresentative: 2, address: 3 });
    expect(said(problems)).toEqual([[4, '法定代表人', '与第 2 行是同一企业，但法定代表人不同（“张三”）']]);
  });
});

describe('matchRegister', () => {
  it('ties a group to the company the register has, unless the register has it under another credit code', () => {
    const problems: ImportProblem[] = [];
    const groups = groupByEnterprise(
      [
        parsed(2, { enterpriseName: '甲公司', creditCode: CODE_A }),
        parsed(3, { enterpriseName: '乙公司', creditCode: CODE_B }),
        parsed(4, { enterpriseName: '乙公司', creditCode: CODE_B }),
        parsed(5, { enterpriseName: '丙公司' }),
      ],
      problems,
    );
    matchRegister(
      groups,
      [
        { id: 'e-a', name: '甲公司', creditCode: null },
        { id: 'e-b', name: '乙公司', creditCode: CODE_A },
        null,
      ],
      problems,
    );
    expect(groups.map((g) => [g.enterpriseId, g.existing])).toEqual([
      ['e-a', true],
      [null, false],
      [null, false],
    ]);
    expect(said(problems)).toEqual([
      [3, '统一社会信用代码', `企业库中已有“乙公司”，其统一社会信用代码为 ${CODE_A}，与本行不同`],
      [4, '统一社会信用代码', `企业库中已有“乙公司”，其统一社会信用代码为 ${CODE_A}，与本行不同`],
    ]);
  });
});

describe('planLeads', () => {
  it('skips a project its company already has, creates the rest in file order, and previews the rows without problems', () => {
    const problems: ImportProblem[] = [{ row: 7, column: '等级', message: '等级须为 A、B、C 之一' }];
    const rows = [
      parsed(2, { enterpriseName: '甲公司', projectName: '储能基地' }),
      parsed(3, { enterpriseName: '乙公司', projectName: '光伏电站' }),
      parsed(4, { enterpriseName: '甲公司', projectName: '研发中心' }),
    ];
    const groups = groupByEnterprise(rows, problems);
    matchRegister(groups, [{ id: 'e-a', name: '甲公司', creditCode: null }, null], problems);
    const plan = planLeads(4, rows, groups, problems, [{ enterpriseId: 'e-a', projectName: '储能 基地' }]);
    expect(plan.rowCount).toBe(4);
    expect(plan.skipped).toBe(1);
    expect(plan.toCreate.map((c) => [c.row.row, c.group.name])).toEqual([
      [3, '乙公司'],
      [4, '甲公司'],
    ]);
    expect(
      plan.preview.map((p) => [p.row, p.newEnterprise, p.duplicate, p.channelLabel, p.segmentName]),
    ).toEqual([
      [2, false, true, '自主招商', '新型储能'],
      [3, true, false, '自主招商', '新型储能'],
      [4, false, false, '自主招商', '新型储能'],
    ]);
  });

  it('leaves rows with problems out of the preview, shows at most 20, and puts problems in row and column order', () => {
    const rows = Array.from({ length: 30 }, (_, i) => parsed(i + 2, { enterpriseName: `公司${i}` }));
    const problems: ImportProblem[] = [
      { row: 3, column: '等级', message: 'c' },
      { row: 2, column: '备注', message: 'b' },
      { row: 2, column: '企业名称', message: 'a' },
      { row: 3, column: '', message: '整行' },
    ];
    const plan = planLeads(30, rows, groupByEnterprise(rows, problems), problems, []);
    expect(plan.preview.map((p) => p.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 4));
    expect(said(plan.problems)).toEqual([
      [2, '企业名称', 'a'],
      [2, '备注', 'b'],
      [3, '', '整行'],
      [3, '等级', 'c'],
    ]);
  });
});

describe('importResult', () => {
  it('counts what was (or would be) created when every row passed', async () => {
    const rows = [parsed(2), parsed(3, { enterpriseName: '乙公司' })];
    const problems: ImportProblem[] = [];
    const plan = planLeads(2, rows, groupByEnterprise(rows, problems), problems, []);
    await expect(importResult(plan)).resolves.toMatchObject({
      ok: true,
      errors: [],
      errorCount: 0,
      rowCount: 2,
      enterprisesCreated: 2,
      leadsCreated: 2,
      leadsSkipped: 0,
      errorReportBase64: null,
    });
  });

  it('creates nothing when a row has a problem, lists each as 第 N 行 · 列名 · 问题 and puts all of them in the report file', async () => {
    const rows = [parsed(2)];
    const problems: ImportProblem[] = Array.from({ length: MAX_LISTED_ERRORS + 5 }, (_, i) => ({
      row: i + 3,
      column: i === 0 ? '' : '项目名称',
      message: '请填写项目名称',
      value: null,
    }));
    const result = await importResult(planLeads(2, rows, groupByEnterprise(rows, problems), problems, []));
    expect(result).toMatchObject({
      ok: false,
      errorCount: MAX_LISTED_ERRORS + 5,
      enterprisesCreated: 0,
      leadsCreated: 0,
    });
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(result.errors.slice(0, 2).map((e) => e.text)).toEqual([
      '第 3 行 · 请填写项目名称',
      '第 4 行 · 项目名称 · 请填写项目名称',
    ]);

    const report = new ExcelJS.Workbook();
    await report.xlsx.load(new Uint8Array(Buffer.from(result.errorReportBase64 ?? '', 'base64')).buffer);
    const sheet = report.worksheets[0];
    // A header row, then every problem, not just the listed ones.
    expect(sheet.actualRowCount).toBe(MAX_LISTED_ERRORS + 5 + 1);
  });
});
