import ExcelJS from 'exceljs';
import type { GraphQLError } from 'graphql';
import { computeCreditCodeCheckChar, MAX_LEAD_TAGS, type ExcelScalar } from '@lianzhao/domain';
import { headerText, LEAD_COLUMNS, type LeadColumnKey } from './lead-columns';
import {
  buildLookups,
  lookupKey,
  Lookup,
  newLeadTags,
  parseRow,
  readLeadFile,
  type RowLookups,
} from './lead-rows';
import type { ImportProblem, SheetRow } from './sheet-reader';

// Database-free: the reference data a cell may name is given as plain lists.

const BODY = '91310120MA1JW7N5X';
const CODE = BODY + computeCreditCodeCheckChar(BODY);

const STORAGE = { code: 'NE-STORAGE', name: '新型储能', industryCode: 'NE' };
const SOLAR = { code: 'NE-SOLAR', name: '光伏', industryCode: 'NE' };
const NANQIAO = { code: '310120101', name: '南桥镇' };
const FENGPU = { code: '310120001', name: '奉浦街道' };
const PARTNER = { id: 'org-1', name: '上海（奉贤）投资促进有限公司' };
const KEY = { code: 'LEAD_KEY', name: '重点' };
const REFERRED = { code: 'LEAD_CHAIN_MASTER_REFERRED', name: '链主推荐' };

function lookups(): RowLookups {
  return buildLookups({
    segments: [STORAGE, SOLAR],
    places: [NANQIAO, FENGPU],
    organizations: [PARTNER],
    tags: [KEY, REFERRED],
  });
}

function row(values: Partial<Record<LeadColumnKey, ExcelScalar>>, number = 5): SheetRow<LeadColumnKey> {
  return {
    number,
    values: {
      enterpriseName: '上海链招科技有限公司',
      projectName: '储能基地',
      segment: '新型储能',
      channel: '自主招商',
      ...values,
    },
    errorCells: [],
  };
}

function parse(source: SheetRow<LeadColumnKey>, date1904 = false) {
  const problems: ImportProblem[] = [];
  const parsed = parseRow(source, lookups(), date1904, problems);
  return { parsed, problems };
}

/** Problems as the officer reads them: column and message. */
function said(problems: ImportProblem[]): [string, string][] {
  return problems.map((p) => [p.column, p.message]);
}

describe('lookupKey and Lookup', () => {
  it('compares names regardless of width, spaces and Latin case', () => {
    expect(lookupKey(' ＡＢＣ 储能 ')).toBe('abc储能');
  });

  it('remembers a name that points at two rows as ambiguous, but not one row added twice', () => {
    const lookup = new Lookup<{ id: number }>();
    const one = { id: 1 };
    lookup.add('奉贤', one);
    lookup.add('奉 贤', one);
    expect(lookup.get('奉贤')).toBe(one);
    lookup.add('ＦＸ', one);
    lookup.add('fx', { id: 2 });
    expect(lookup.get('FX')).toBe('ambiguous');
    expect(lookup.get('金山')).toBeUndefined();
    lookup.add('  ', one);
    expect(lookup.get('')).toBeUndefined();
  });
});

describe('buildLookups', () => {
  it('finds segments by name or code, towns without 镇/街道, organisations however the brackets are written, channels by label or code', () => {
    const l = lookups();
    expect(l.segments.get('ne-storage')).toBe(STORAGE);
    expect(l.segments.get('光 伏')).toBe(SOLAR);
    expect(l.places.get('南桥')).toBe(NANQIAO);
    expect(l.places.get('奉浦')).toBe(FENGPU);
    expect(l.places.get('310120101')).toBe(NANQIAO);
    expect(l.organizations.get('上海(奉贤)投资促进有限公司')).toBe(PARTNER);
    expect(l.channels.get('链式招商')).toBe('CHAIN');
    expect(l.channels.get('chain')).toBe('CHAIN');
  });
});

describe('parseRow', () => {
  it('reads a full row into checked values', () => {
    const { parsed, problems } = parse(
      row({
        enterpriseName: ' 上海链招科技有限公司 ',
        creditCode: CODE.toLowerCase(),
        legalRepresentative: '张三',
        registeredCapital: '1,000.5',
        foundedOn: '2018/3/15',
        segment: 'NE-STORAGE',
        channel: '链式招商',
        sourceOrganization: '上海(奉贤)投资促进有限公司',
        town: '南桥',
        plannedInvestment: 50000,
        landNeed: '30.5',
        expectedSigningOn: new Date(Date.UTC(2027, 5, 30)),
        grade: 'ａ级',
        tags: '链主推荐、重点',
        notes: '备注',
      }),
    );
    expect(problems).toEqual([]);
    expect(parsed).toEqual({
      row: 5,
      enterpriseName: '上海链招科技有限公司',
      creditCode: CODE,
      enterprise: {
        legalRepresentative: '张三',
        registeredCapital: '1000.5',
        foundedOn: '2018-03-15',
        headquartersCity: null,
        address: null,
        website: null,
      },
      projectName: '储能基地',
      segment: STORAGE,
      channel: 'CHAIN',
      sourceOrganizationId: 'org-1',
      townCode: '310120101',
      plannedInvestment: '50000',
      expectedOutput: null,
      landNeed: '30.5',
      spaceNeed: null,
      expectedSigningOn: '2027-06-30',
      grade: 'A',
      tagCodes: ['LEAD_CHAIN_MASTER_REFERRED', 'LEAD_KEY'],
      notes: '备注',
    });
  });

  it('records every problem of a row, each at its row and column with what the cell said, and keeps no value', () => {
    const { parsed, problems } = parse(
      row(
        {
          enterpriseName: null,
          creditCode: CODE.slice(0, 17) + (CODE[17] === '0' ? '1' : '0'),
          registeredCapital: '-5',
          projectName: '项'.repeat(201),
          segment: '氢能',
          channel: '专业招商',
          town: '金山',
          plannedInvestment: '1,23',
          landNeed: '1.23456',
          expectedSigningOn: '2027-02-30',
          grade: 'E',
          tags: '重点、不存在，也没有',
        },
        12,
      ),
    );
    expect(parsed).toBeNull();
    expect(problems.every((p) => p.row === 12)).toBe(true);
    expect(said(problems)).toEqual([
      ['企业名称', '请填写企业名称'],
      ['统一社会信用代码', expect.stringContaining('校验位')],
      ['注册资本（万元）', '金额不能为负数'],
      ['项目名称', '项目名称最多 200 个字'],
      ['细分赛道', '未找到细分赛道“氢能”，请填写“参考数据”表中的名称或代码'],
      ['来源机构', '“专业招商”渠道的线索须填写来源机构'],
      ['意向镇街', '未找到镇街“金山”，请填写“参考数据”表中的名称'],
      ['计划投资（万元）', '千位分隔符位置不正确，例如 1,234,567.5'],
      ['用地需求（亩）', expect.stringContaining('小数')],
      ['预计签约日期', '日期不存在：2027年2月30日'],
      ['等级', '等级须为 A、B、C 之一'],
      [
        '标签',
        '未找到线索标签“不存在”、“也没有”，请填写“参考数据”表中的标签名称或代码，多个标签以“、”或逗号分隔',
      ],
    ]);
    expect(problems.find((p) => p.column === '细分赛道')?.value).toBe('氢能');
    expect(problems.find((p) => p.column === '企业名称')?.value).toBeNull();
  });

  it('reads a 标签 cell by name or code, split on 、 and commas of either width, each tag once; blank is no tags', () => {
    const tagsOf = (tags: ExcelScalar) => {
      const { parsed, problems } = parse(row({ tags }));
      expect(problems).toEqual([]);
      return parsed?.tagCodes;
    };
    expect(tagsOf(' 重点 , lead_chain_master_referred，重 点、、重点')).toEqual([
      'LEAD_KEY',
      'LEAD_CHAIN_MASTER_REFERRED',
    ]);
    expect(tagsOf(null)).toEqual([]);
    expect(tagsOf('  ')).toEqual([]);
  });

  it('holds a row to the lead form’s tag limit', () => {
    const many = Array.from({ length: MAX_LEAD_TAGS + 1 }, (_, i) => ({ code: `T${i}`, name: `标签${i}` }));
    const l = buildLookups({ segments: [STORAGE], places: [], organizations: [], tags: many });
    const problems: ImportProblem[] = [];
    expect(parseRow(row({ tags: many.map((t) => t.name).join('，') }), l, false, problems)).toBeNull();
    expect(said(problems)).toEqual([['标签', `一条线索最多 ${MAX_LEAD_TAGS} 个标签`]]);
  });

  it('offers new leads only the lead tags in use', () => {
    const tags = [
      { code: 'LEAD_KEY', group: 'LEAD', retired: false },
      { code: 'LEAD_OLD', group: 'LEAD', retired: true },
      { code: 'CHAIN_MASTER', group: 'PROFILE', retired: false },
    ] as const;
    expect(newLeadTags(tags).map((t) => t.code)).toEqual(['LEAD_KEY']);
  });

  it('reads amounts written with 万 or 亿 in a 万元 column as 万元', () => {
    const { parsed, problems } = parse(
      row({ registeredCapital: '5,000万元', plannedInvestment: '1.2 亿元', expectedOutput: '3亿' }),
    );
    expect(problems).toEqual([]);
    expect(parsed?.enterprise.registeredCapital).toBe('5000');
    expect(parsed?.plannedInvestment).toBe('12000');
    expect(parsed?.expectedOutput).toBe('30000');
  });

  it('refuses a credit code Excel stored as a number, whose last digits are gone', () => {
    const { parsed, problems } = parse(row({ creditCode: 913101201234567900 }));
    expect(parsed).toBeNull();
    expect(said(problems)).toEqual([['统一社会信用代码', expect.stringContaining('存成了数字')]]);
  });

  it('names an Excel error cell once, without also calling the column empty', () => {
    const source = row({ segment: undefined });
    source.errorCells = [{ key: 'segment', error: '#N/A' }];
    const { parsed, problems } = parse(source);
    expect(parsed).toBeNull();
    expect(said(problems)).toEqual([['细分赛道', '单元格为错误值 #N/A，请改为实际内容']]);
  });

  it('asks for a code when a name matches two reference rows', () => {
    const l = buildLookups({
      segments: [STORAGE, { code: 'EQ-STORAGE', name: '新型储能', industryCode: 'EQ' }],
      places: [],
      organizations: [],
      // A tag named as another's code.
      tags: [KEY, { code: 'KEY', name: 'lead_key' }],
    });
    const problems: ImportProblem[] = [];
    expect(parseRow(row({ tags: '重点、LEAD_KEY' }), l, false, problems)).toBeNull();
    expect(said(problems)).toEqual([
      ['细分赛道', '“新型储能”对应多项，请填写代码'],
      ['标签', '“LEAD_KEY”对应多项，请填写代码'],
    ]);
  });

  it('reads a date serial of a 1904 workbook as that workbook means it', () => {
    expect(parse(row({ expectedSigningOn: 45000 })).parsed?.expectedSigningOn).toBe('2023-03-15');
    expect(parse(row({ expectedSigningOn: 45000 }), true).parsed?.expectedSigningOn).toBe('2027-03-16');
  });
});

describe('readLeadFile', () => {
  async function base64(rows: ExcelScalar[][]): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索导入');
    sheet.addRow(LEAD_COLUMNS.map(headerText));
    for (const r of rows) sheet.addRow(r);
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  function fieldsOf(error: unknown): unknown {
    return (error as GraphQLError).extensions;
  }

  it('takes a data: URL as the browser sends it and leaves out the template’s example row', async () => {
    const file = await base64([
      ['【示例】上海奉贤储能科技有限公司', null, null, null, null, null, null, null, '示例项目'],
      ['上海链招科技有限公司', null, null, null, null, null, null, null, '储能基地'],
    ]);
    const table = await readLeadFile(
      `data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,${file}`,
    );
    expect(table.rows.map((r) => [r.number, r.values.enterpriseName])).toEqual([[3, '上海链招科技有限公司']]);
  });

  it('refuses on the file field what is not base64, not a workbook, or has no data rows', async () => {
    await expect(readLeadFile('not base64!')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const notBase64 = await readLeadFile('not base64!').catch(fieldsOf);
    expect(notBase64).toMatchObject({
      fields: [{ field: 'fileBase64', message: '文件内容不是有效的 base64 编码' }],
    });
    const text = await readLeadFile(Buffer.from('a,b').toString('base64')).catch(fieldsOf);
    expect(text).toMatchObject({
      fields: [{ field: 'fileBase64', message: expect.stringContaining('无法读取文件') }],
    });
    const onlyExample = await readLeadFile(await base64([['【示例】某公司']])).catch(fieldsOf);
    expect(onlyExample).toMatchObject({
      fields: [{ field: 'fileBase64', message: '“线索导入”表的表头下没有数据行' }],
    });
  });
});
