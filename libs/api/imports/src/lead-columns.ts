import { ENTERPRISE_DETAIL_FIELDS } from '@lianzhao/api-enterprises';

/**
 * The columns of the lead spreadsheet, in template order. Import, export and the template all
 * read this one list, so a file exported today imports tomorrow.
 */
export const LEAD_COLUMN_KEYS = [
  'enterpriseName',
  'creditCode',
  'legalRepresentative',
  'registeredCapital',
  'foundedOn',
  'headquartersCity',
  'address',
  'website',
  'projectName',
  'segment',
  'channel',
  'sourceOrganization',
  'town',
  'plannedInvestment',
  'expectedOutput',
  'landNeed',
  'spaceNeed',
  'expectedSigningOn',
  'grade',
  'tags',
  'notes',
] as const;
export type LeadColumnKey = (typeof LEAD_COLUMN_KEYS)[number];

/**
 * The columns that describe the company rather than the lead. They fill in a company the import
 * creates; a company already in 企业库 keeps what it has (the register is edited in its form).
 */
export const ENTERPRISE_DETAIL_KEYS = ENTERPRISE_DETAIL_FIELDS satisfies readonly LeadColumnKey[];
export type EnterpriseDetailKey = (typeof ENTERPRISE_DETAIL_KEYS)[number];

export type ColumnKind = 'text' | 'amount' | 'date';

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header as users see it, without the required-field asterisk; also the column named in errors. */
  label: string;
  required: boolean;
  kind: ColumnKind;
  /** For amounts: the unit in the header, e.g. 万元. */
  unit?: string;
  /** Other headers officers' own ledgers use for the same column. */
  aliases?: readonly string[];
  /** Column width in the workbooks we write, in characters. */
  width: number;
}

export const LEAD_COLUMNS: readonly ColumnSpec<LeadColumnKey>[] = [
  {
    key: 'enterpriseName',
    label: '企业名称',
    required: true,
    kind: 'text',
    aliases: ['公司名称', '企业'],
    width: 32,
  },
  {
    key: 'creditCode',
    label: '统一社会信用代码',
    required: false,
    kind: 'text',
    aliases: ['信用代码', '社会信用代码'],
    width: 22,
  },
  {
    key: 'legalRepresentative',
    label: '法定代表人',
    required: false,
    kind: 'text',
    aliases: ['法人', '法人代表'],
    width: 12,
  },
  {
    key: 'registeredCapital',
    label: '注册资本（万元）',
    required: false,
    kind: 'amount',
    unit: '万元',
    width: 16,
  },
  {
    key: 'foundedOn',
    label: '成立日期',
    required: false,
    kind: 'date',
    aliases: ['成立时间', '注册日期'],
    width: 14,
  },
  {
    key: 'headquartersCity',
    label: '总部所在地',
    required: false,
    kind: 'text',
    aliases: ['总部城市', '总部所在城市', '总部'],
    width: 14,
  },
  {
    key: 'address',
    label: '地址',
    required: false,
    kind: 'text',
    aliases: ['企业地址', '注册地址', '详细地址'],
    width: 30,
  },
  { key: 'website', label: '网站', required: false, kind: 'text', aliases: ['网址', '官网'], width: 24 },
  { key: 'projectName', label: '项目名称', required: true, kind: 'text', aliases: ['项目'], width: 28 },
  { key: 'segment', label: '细分赛道', required: true, kind: 'text', aliases: ['赛道'], width: 16 },
  { key: 'channel', label: '招商渠道', required: true, kind: 'text', aliases: ['渠道'], width: 14 },
  {
    key: 'sourceOrganization',
    label: '来源机构',
    required: false,
    kind: 'text',
    aliases: ['来源合作机构', '引荐机构'],
    width: 28,
  },
  {
    key: 'town',
    label: '意向镇街',
    required: false,
    kind: 'text',
    aliases: ['镇街', '意向落地镇街', '落地镇街'],
    width: 12,
  },
  {
    key: 'plannedInvestment',
    label: '计划投资（万元）',
    required: false,
    kind: 'amount',
    unit: '万元',
    width: 16,
  },
  {
    key: 'expectedOutput',
    label: '预计年产值（万元）',
    required: false,
    kind: 'amount',
    unit: '万元',
    width: 18,
  },
  { key: 'landNeed', label: '用地需求（亩）', required: false, kind: 'amount', unit: '亩', width: 14 },
  {
    key: 'spaceNeed',
    label: '空间需求（平方米）',
    required: false,
    kind: 'amount',
    unit: '平方米',
    width: 18,
  },
  {
    key: 'expectedSigningOn',
    label: '预计签约日期',
    required: false,
    kind: 'date',
    aliases: ['签约日期'],
    width: 14,
  },
  { key: 'grade', label: '等级', required: false, kind: 'text', aliases: ['线索等级'], width: 8 },
  { key: 'tags', label: '标签', required: false, kind: 'text', aliases: ['线索标签'], width: 20 },
  { key: 'notes', label: '备注', required: false, kind: 'text', width: 30 },
];

/** The columns by key, for naming the column a problem is in. */
export const LEAD_COLUMN = Object.fromEntries(LEAD_COLUMNS.map((c) => [c.key, c])) as Record<
  LeadColumnKey,
  ColumnSpec<LeadColumnKey>
>;

/** The header cell text: required columns carry the asterisk officers know from paper forms. */
export function headerText(column: ColumnSpec): string {
  return column.required ? `${column.label}*` : column.label;
}

/** Starts the template's example row; rows whose 企业名称 starts with it are not imported. */
export const EXAMPLE_MARK = '【示例】';

/** The sheet the import reads first and the template writes. */
export const IMPORT_SHEET_NAME = '线索导入';
export const REFERENCE_SHEET_NAME = '参考数据';
export const ERROR_SHEET_NAME = '导入错误';
