import {
  areaProblem,
  CHANNELS,
  CHANNEL_LABELS,
  checkCreditCode,
  excelCellText,
  isBlankCell,
  LEAD_GRADES,
  LEAD_TAG_GROUPS,
  MAX_LEAD_TAGS,
  normalizeCompanyName,
  PARTNER_CHANNELS,
  parseExcelAmount,
  parseExcelDate,
  toHalfWidth,
  type Channel,
  type ExcelScalar,
  type LeadGrade,
} from '@lianzhao/domain';
import { badField } from '@lianzhao/api-core';
import { ENTERPRISE_TEXT_MAX } from '@lianzhao/api-enterprises';
import type { Place, Segment, Tag } from '@lianzhao/api-reference';
import type { Organization } from '@lianzhao/api-users';
import {
  EXAMPLE_MARK,
  IMPORT_SHEET_NAME,
  LEAD_COLUMN,
  LEAD_COLUMNS,
  type EnterpriseDetailKey,
  type LeadColumnKey,
} from './lead-columns';
import {
  loadWorkbook,
  readTable,
  SheetReadError,
  type ImportProblem,
  type SheetRow,
  type SheetTable,
} from './sheet-reader';

/*
 * The lead sheet's rows read one at a time, without the database: the file to a table, and each
 * row's cells to checked values, with every problem named by row and column. The reference data
 * a cell may name comes in as plain lists (RowLookups), loaded once by the caller.
 */

/** The export cap, so anything exported can be imported again. */
export const MAX_IMPORT_ROWS = 50_000;
const NAME_MAX = 200;
const NOTES_MAX = 5000;

/** The fields of the reference rows a cell may name; the whole entities fit. */
export type SegmentRef = Pick<Segment, 'code' | 'name' | 'industryCode'>;
export type PlaceRef = Pick<Place, 'code' | 'name'>;
export type OrganizationRef = Pick<Organization, 'id' | 'name'>;
export type TagRef = Pick<Tag, 'code' | 'name'>;

/** What a row says about its company besides name and code; used only if the import creates it. */
export type EnterpriseDetails = Record<EnterpriseDetailKey, string | null>;

/** One data row that passed every check, with its references resolved. */
export interface ParsedRow {
  row: number;
  enterpriseName: string;
  creditCode: string | null;
  enterprise: EnterpriseDetails;
  projectName: string;
  segment: SegmentRef;
  channel: Channel;
  sourceOrganizationId: string | null;
  townCode: string | null;
  plannedInvestment: string | null;
  expectedOutput: string | null;
  landNeed: string | null;
  spaceNeed: string | null;
  expectedSigningOn: string | null;
  grade: LeadGrade | null;
  tagCodes: string[];
  notes: string | null;
}

/** What a name typed into a cell is compared by: width, spaces and Latin case do not matter. */
export function lookupKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** Names or codes to reference rows, remembering names that point at more than one row. */
export class Lookup<T> {
  private readonly map = new Map<string, T | 'ambiguous'>();

  constructor(private readonly keyOf: (text: string) => string = lookupKey) {}

  add(text: string, item: T): void {
    const key = this.keyOf(text);
    if (!key) return;
    const existing = this.map.get(key);
    this.map.set(key, existing === undefined || existing === item ? item : 'ambiguous');
  }

  get(text: string): T | 'ambiguous' | undefined {
    return this.map.get(this.keyOf(text));
  }
}

export interface RowLookups {
  segments: Lookup<SegmentRef>;
  channels: Lookup<Channel>;
  places: Lookup<PlaceRef>;
  organizations: Lookup<OrganizationRef>;
  tags: Lookup<TagRef>;
}

/**
 * The tags a 标签 cell may name, for the import and the template alike: a new lead takes only lead
 * tags (enterprise tags share the table) that are still in use.
 */
export function newLeadTags<T extends Pick<Tag, 'group' | 'retired'>>(tags: readonly T[]): T[] {
  return tags.filter((tag) => LEAD_TAG_GROUPS.includes(tag.group) && !tag.retired);
}

/** Reference data once per import, indexed by every spelling a cell may use. */
export function buildLookups(reference: {
  segments: readonly SegmentRef[];
  places: readonly PlaceRef[];
  organizations: readonly OrganizationRef[];
  tags: readonly TagRef[];
}): RowLookups {
  const segments = new Lookup<SegmentRef>();
  for (const segment of reference.segments) {
    segments.add(segment.name, segment);
    segments.add(segment.code, segment);
  }
  const channels = new Lookup<Channel>();
  for (const channel of CHANNELS) {
    channels.add(CHANNEL_LABELS[channel].zh, channel);
    channels.add(channel, channel);
  }
  const places = new Lookup<PlaceRef>();
  for (const place of reference.places) {
    places.add(place.name, place);
    places.add(place.code, place);
    // Officers write 南桥 for 南桥镇.
    places.add(place.name.replace(/(镇|街道)$/, ''), place);
  }
  // Names of organisations vary in brackets and company-form suffixes as company names do.
  const organizations = new Lookup<OrganizationRef>(normalizeCompanyName);
  for (const organization of reference.organizations) organizations.add(organization.name, organization);
  const tags = new Lookup<TagRef>();
  for (const tag of reference.tags) {
    tags.add(tag.name, tag);
    tags.add(tag.code, tag);
  }
  return { segments, channels, places, organizations, tags };
}

function decodeFile(base64: string): Buffer {
  // FileReader.readAsDataURL in the browser puts a data: prefix in front.
  const payload = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(payload))
    throw badField('fileBase64', '文件内容不是有效的 base64 编码');
  return Buffer.from(payload, 'base64');
}

/**
 * The uploaded file as the lead table: its data rows without the template's example row, or a
 * refusal on the file field when it cannot be read, has no data or has too many rows.
 */
export async function readLeadFile(base64: string): Promise<SheetTable<LeadColumnKey>> {
  let table: SheetTable<LeadColumnKey>;
  try {
    table = readTable(await loadWorkbook(decodeFile(base64)), LEAD_COLUMNS, IMPORT_SHEET_NAME);
  } catch (error) {
    if (error instanceof SheetReadError) throw badField('fileBase64', error.message);
    throw error;
  }
  const rows = table.rows.filter((r) => !excelCellText(r.values.enterpriseName).startsWith(EXAMPLE_MARK));
  if (!rows.length && !table.problems.length)
    throw badField('fileBase64', `“${table.sheetName}”表的表头下没有数据行`);
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badField(
      'fileBase64',
      `文件有 ${rows.length} 行数据，超过单次导入上限 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行，请拆分后分批导入`,
    );
  }
  return { ...table, rows };
}

/** One row's cells to checked values; every problem is recorded, not just the first. */
export function parseRow(
  source: SheetRow<LeadColumnKey>,
  lookups: RowLookups,
  date1904: boolean,
  problems: ImportProblem[],
): ParsedRow | null {
  const before = problems.length;
  const broken = new Set(source.errorCells.map((c) => c.key));
  const report = (key: LeadColumnKey, message: string) => {
    problems.push({
      row: source.number,
      column: LEAD_COLUMN[key].label,
      message,
      value: excelCellText(source.values[key]) || null,
    });
  };
  for (const cell of source.errorCells) report(cell.key, `单元格为错误值 ${cell.error}，请改为实际内容`);
  const raw = (key: LeadColumnKey): ExcelScalar => (broken.has(key) ? null : source.values[key]);
  const text = (key: LeadColumnKey): string => excelCellText(raw(key));

  const required = (key: LeadColumnKey, max: number): string => {
    const value = text(key);
    if (!value && !broken.has(key)) report(key, `请填写${LEAD_COLUMN[key].label}`);
    else if (value.length > max) report(key, `${LEAD_COLUMN[key].label}最多 ${max} 个字`);
    return value;
  };
  const resolve = <T>(
    key: LeadColumnKey,
    lookup: Lookup<T>,
    notFound: (value: string) => string,
  ): T | null => {
    const value = text(key);
    if (!value) return null;
    const found = lookup.get(value);
    if (found === 'ambiguous') report(key, `“${value}”对应多项，请填写代码`);
    else if (found === undefined) report(key, notFound(value));
    return found === undefined || found === 'ambiguous' ? null : found;
  };
  const optionalText = (key: LeadColumnKey, max: number): string | null => {
    const value = text(key);
    if (value.length > max) report(key, `${LEAD_COLUMN[key].label}最多 ${max} 个字`);
    return value || null;
  };
  const amount = (key: LeadColumnKey): string | null => {
    const value = raw(key);
    if (isBlankCell(value)) return null;
    const parsed = parseExcelAmount(value, { unit: LEAD_COLUMN[key].unit });
    if (!parsed.ok) {
      report(key, parsed.message);
      return null;
    }
    const problem = key === 'landNeed' || key === 'spaceNeed' ? areaProblem(parsed.value) : null;
    if (problem) report(key, problem);
    return parsed.value;
  };
  const date = (key: LeadColumnKey): string | null => {
    const value = raw(key);
    if (isBlankCell(value)) return null;
    const parsed = parseExcelDate(value, { date1904 });
    if (parsed.ok) return parsed.value;
    report(key, parsed.message);
    return null;
  };

  const enterpriseName = required('enterpriseName', NAME_MAX);
  let creditCode: string | null = null;
  const rawCode = raw('creditCode');
  if (typeof rawCode === 'number') {
    report('creditCode', 'Excel 把信用代码存成了数字，末几位已丢失：请将该列设为文本格式后重新填写');
  } else if (!isBlankCell(rawCode)) {
    const check = checkCreditCode(text('creditCode'));
    if (check.ok) creditCode = check.code;
    else report('creditCode', check.message);
  }
  // The same limits and amount/date rules as the enterprise form.
  const enterprise: EnterpriseDetails = {
    legalRepresentative: optionalText('legalRepresentative', ENTERPRISE_TEXT_MAX.legalRepresentative),
    registeredCapital: amount('registeredCapital'),
    foundedOn: date('foundedOn'),
    headquartersCity: optionalText('headquartersCity', ENTERPRISE_TEXT_MAX.headquartersCity),
    address: optionalText('address', ENTERPRISE_TEXT_MAX.address),
    website: optionalText('website', ENTERPRISE_TEXT_MAX.website),
  };
  const projectName = required('projectName', NAME_MAX);

  const segment = resolve(
    'segment',
    lookups.segments,
    (v) => `未找到细分赛道“${v}”，请填写“参考数据”表中的名称或代码`,
  );
  if (!text('segment') && !broken.has('segment')) report('segment', '请填写细分赛道');
  const channel = resolve(
    'channel',
    lookups.channels,
    (v) => `未找到招商渠道“${v}”，可填：${CHANNELS.map((c) => CHANNEL_LABELS[c].zh).join('、')}`,
  );
  if (!text('channel') && !broken.has('channel')) report('channel', '请填写招商渠道');
  const organization = resolve(
    'sourceOrganization',
    lookups.organizations,
    (v) => `未找到来源机构“${v}”，请填写“参考数据”表中的机构名称`,
  );
  if (
    channel &&
    PARTNER_CHANNELS.includes(channel) &&
    !text('sourceOrganization') &&
    !broken.has('sourceOrganization')
  ) {
    report('sourceOrganization', `“${CHANNEL_LABELS[channel].zh}”渠道的线索须填写来源机构`);
  }
  const town = resolve('town', lookups.places, (v) => `未找到镇街“${v}”，请填写“参考数据”表中的名称`);

  const plannedInvestment = amount('plannedInvestment');
  const expectedOutput = amount('expectedOutput');
  const landNeed = amount('landNeed');
  const spaceNeed = amount('spaceNeed');

  const expectedSigningOn = date('expectedSigningOn');

  let grade: LeadGrade | null = null;
  const gradeText = lookupKey(text('grade')).replace(/级$/, '').toUpperCase();
  if (gradeText) {
    const found = LEAD_GRADES.find((g) => g === gradeText);
    if (found) grade = found;
    else report('grade', `等级须为 ${LEAD_GRADES.join('、')} 之一`);
  }

  const tagCodes = readTags(text('tags'), lookups.tags, (message) => report('tags', message));

  const notes = optionalText('notes', NOTES_MAX);

  if (problems.length > before || !segment || !channel) return null;
  return {
    row: source.number,
    enterpriseName,
    creditCode,
    enterprise,
    projectName,
    segment,
    channel,
    sourceOrganizationId: organization?.id ?? null,
    townCode: town?.code ?? null,
    plannedInvestment,
    expectedOutput,
    landNeed,
    spaceNeed,
    expectedSigningOn,
    grade,
    tagCodes,
    notes,
  };
}

/** Between the tags of one cell: the export writes 、, officers also type commas of either width. */
const TAG_SEPARATORS = /[、,，]/;

/**
 * A 标签 cell to tag codes, in the order written and each once: names or codes of the lead tags
 * an import may give (the caller's list leaves out retired ones and enterprise tags). Every name
 * that is not one is named in a single problem for the cell; a blank cell is no tags.
 */
function readTags(cell: string, lookup: Lookup<TagRef>, report: (message: string) => void): string[] {
  const codes: string[] = [];
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  for (const name of cell.split(TAG_SEPARATORS).map((part) => part.trim())) {
    if (!name) continue;
    const found = lookup.get(name);
    if (found === undefined) unknown.push(`“${name}”`);
    else if (found === 'ambiguous') ambiguous.push(`“${name}”`);
    else if (!codes.includes(found.code)) codes.push(found.code);
  }
  if (unknown.length)
    report(
      `未找到线索标签${unknown.join('、')}，请填写“参考数据”表中的标签名称或代码，多个标签以“、”或逗号分隔`,
    );
  if (ambiguous.length) report(`${ambiguous.join('、')}对应多项，请填写代码`);
  // The lead form's limit, which the leads context enforces on every other way in.
  if (codes.length > MAX_LEAD_TAGS) report(`一条线索最多 ${MAX_LEAD_TAGS} 个标签`);
  return codes;
}
