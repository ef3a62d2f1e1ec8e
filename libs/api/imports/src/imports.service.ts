import { Injectable, Logger } from '@nestjs/common';
import {
  areaProblem,
  CHANNELS,
  CHANNEL_LABELS,
  checkCreditCode,
  excelCellText,
  importErrorText,
  isBlankCell,
  LEAD_GRADES,
  normalizeCompanyName,
  PARTNER_CHANNELS,
  parseExcelAmount,
  parseExcelDate,
  toHalfWidth,
  type Channel,
  type ExcelScalar,
  type LeadGrade,
} from '@lianzhao/domain';
import { badField, conflict, RequestContext, unauthenticated, type SessionUser } from '@lianzhao/api-core';
import { isUniqueViolation, sqlState, TransactionalConnection } from '@lianzhao/api-database';
import { ENTERPRISE_TEXT_MAX, EnterprisesService } from '@lianzhao/api-enterprises';
import { LeadsService, type NewLead } from '@lianzhao/api-leads';
import { ReferenceService, type Place, type Segment } from '@lianzhao/api-reference';
import { Organization } from '@lianzhao/api-users';
import {
  MAX_LISTED_ERRORS,
  type ImportError,
  type ImportLeadsInput,
  type ImportPreviewRow,
  type LeadImportResult,
} from './dto/import.types';
import {
  ENTERPRISE_DETAIL_KEYS,
  EXAMPLE_MARK,
  IMPORT_SHEET_NAME,
  LEAD_COLUMNS,
  type ColumnSpec,
  type EnterpriseDetailKey,
  type LeadColumnKey,
} from './lead-columns';
import { buildErrorReport } from './lead-workbooks';
import {
  loadWorkbook,
  readTable,
  SheetReadError,
  type ImportProblem,
  type SheetRow,
  type SheetTable,
} from './sheet-reader';

/** The export cap, so anything exported can be imported again. */
export const MAX_IMPORT_ROWS = 50_000;
const PREVIEW_ROWS = 20;
/** Audit note on every record an import creates, so the trail says where it came from. */
const IMPORT_NOTE = 'Excel 导入';
const NAME_MAX = 200;
const NOTES_MAX = 5000;
/** SQLSTATE class 23, integrity constraint violations: the database refused a row. */
const PG_INTEGRITY_CLASS = '23';

const COLUMN: Record<LeadColumnKey, ColumnSpec<LeadColumnKey>> = Object.fromEntries(
  LEAD_COLUMNS.map((c) => [c.key, c]),
) as Record<LeadColumnKey, ColumnSpec<LeadColumnKey>>;

/** What a row says about its company besides name and code; used only if the import creates it. */
type EnterpriseDetails = Record<EnterpriseDetailKey, string | null>;

/** One data row that passed every check, with its references resolved. */
interface ParsedRow {
  row: number;
  enterpriseName: string;
  creditCode: string | null;
  enterprise: EnterpriseDetails;
  projectName: string;
  segment: Segment;
  channel: Channel;
  sourceOrganizationId: string | null;
  townCode: string | null;
  plannedInvestment: string | null;
  expectedOutput: string | null;
  landNeed: string | null;
  spaceNeed: string | null;
  expectedSigningOn: string | null;
  grade: LeadGrade | null;
  notes: string | null;
}

/** The rows of one company in the file. */
interface EnterpriseGroup {
  name: string;
  creditCode: string | null;
  /** Merged from the group's rows: the first filled cell of each column. */
  details: EnterpriseDetails;
  /** The row each detail came from, for naming it when another row contradicts it. */
  detailRows: Partial<Record<EnterpriseDetailKey, number>>;
  rows: ParsedRow[];
  /** Set when the register already has the company, or once the import has created it. */
  enterpriseId: string | null;
  existing: boolean;
}

interface ImportPlan {
  rowCount: number;
  problems: ImportProblem[];
  groups: EnterpriseGroup[];
  /** Rows whose lead is new, in file order, with their company. */
  toCreate: { row: ParsedRow; group: EnterpriseGroup }[];
  skipped: number;
  preview: ImportPreviewRow[];
}

/** What a name typed into a cell is compared by: width, spaces and Latin case do not matter. */
function lookupKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}

/** Names or codes to reference rows, remembering names that point at more than one row. */
class Lookup<T> {
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

interface Lookups {
  segments: Lookup<Segment>;
  channels: Lookup<Channel>;
  places: Lookup<Place>;
  organizations: Lookup<Organization>;
}

function decodeFile(base64: string): Buffer {
  // FileReader.readAsDataURL in the browser puts a data: prefix in front.
  const payload = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(payload))
    throw badField('fileBase64', '文件内容不是有效的 base64 编码');
  return Buffer.from(payload, 'base64');
}

function enterpriseIdOf(group: EnterpriseGroup): string {
  if (!group.enterpriseId) throw new Error(`Import plan has no enterprise for “${group.name}”`);
  return group.enterpriseId;
}

@Injectable()
export class ImportsService {
  private readonly logger = new Logger('ImportsService');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly enterprises: EnterprisesService,
    private readonly leads: LeadsService,
    private readonly reference: ReferenceService,
  ) {}

  /**
   * Validates every row of the file and imports all of it in one transaction, or nothing: any
   * problem in any row refuses the whole file with the full list. Companies are matched against
   * the register by credit code, else normalised name, and created only when absent; a lead is
   * skipped when its company already has a project of that name, so importing a file twice adds
   * nothing the second time. The caller becomes the owner of every new lead.
   */
  async importLeads(ctx: RequestContext, input: ImportLeadsInput): Promise<LeadImportResult> {
    const user = ctx.user;
    if (!user) throw unauthenticated();
    const table = await this.readFile(input.fileBase64);

    if (input.dryRun) return this.result(await this.plan(ctx, table));

    let plan: ImportPlan;
    try {
      plan = await this.connection.withTransaction(ctx, async (tx) => {
        // Two officers importing overlapping files at once would otherwise both see a company
        // as new; the second waits here and then finds the first one's rows.
        await tx.transaction?.query(`SELECT pg_advisory_xact_lock(hashtext('lianzhao:lead-import'))`);
        const checked = await this.plan(tx, table);
        if (!checked.problems.length) await this.write(tx, checked, user);
        return checked;
      });
    } catch (error) {
      // The transaction has rolled back, so the messages can promise that nothing was written.
      const state = sqlState(error);
      // Someone added the same company through the form while the import ran.
      if (isUniqueViolation(error))
        throw conflict('导入期间企业库发生了变化，本次未导入任何数据，请重新导入');
      // A rule only the database knows (or data changed underneath): the whole file stays out.
      if (state?.startsWith(PG_INTEGRITY_CLASS)) {
        this.logger.error(`Lead import refused by the database (SQLSTATE ${state})`, error);
        throw conflict('数据库拒绝写入文件中的数据，本次未导入任何数据；请重新导入，仍失败请联系管理员');
      }
      throw error;
    }
    return this.result(plan);
  }

  private async readFile(base64: string): Promise<SheetTable<LeadColumnKey>> {
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

  /** Everything short of writing: parse and check each row, then match the file against the database. */
  private async plan(ctx: RequestContext, table: SheetTable<LeadColumnKey>): Promise<ImportPlan> {
    const problems: ImportProblem[] = [...table.problems];
    const lookups = await this.loadLookups(ctx);
    const parsed = table.rows.flatMap((row) => {
      const result = this.parseRow(row, lookups, table.date1904, problems);
      return result ? [result] : [];
    });
    const groups = this.groupByEnterprise(parsed, problems);

    // Every company the file names, matched in one query.
    const matches = await this.enterprises.findDuplicates(
      ctx,
      groups.map((g) => ({ name: g.name, creditCode: g.creditCode })),
    );
    groups.forEach((group, i) => {
      const match = matches[i];
      if (!match) return;
      if (group.creditCode && match.creditCode && match.creditCode !== group.creditCode) {
        for (const row of group.rows) {
          problems.push({
            row: row.row,
            column: COLUMN.creditCode.label,
            message: `企业库中已有“${match.name}”，其统一社会信用代码为 ${match.creditCode}，与本行不同`,
            value: row.creditCode,
          });
        }
        return;
      }
      group.enterpriseId = match.id;
      group.existing = true;
    });

    const existingProjects = new Set(
      (
        await this.leads.projectNamesOf(
          ctx,
          groups.flatMap((g) => (g.enterpriseId ? [g.enterpriseId] : [])),
        )
      ).map((l) => `${l.enterpriseId}|${lookupKey(l.projectName)}`),
    );
    const toCreate: ImportPlan['toCreate'] = [];
    const previewFlags = new Map<number, { newEnterprise: boolean; duplicate: boolean }>();
    let skipped = 0;
    for (const group of groups) {
      for (const row of group.rows) {
        const duplicate =
          group.enterpriseId !== null &&
          existingProjects.has(`${group.enterpriseId}|${lookupKey(row.projectName)}`);
        previewFlags.set(row.row, { newEnterprise: !group.existing, duplicate });
        if (duplicate) skipped++;
        else toCreate.push({ row, group });
      }
    }
    toCreate.sort((a, b) => a.row.row - b.row.row);

    const rowsWithProblems = new Set(problems.map((p) => p.row));
    const preview = parsed
      .filter((row) => !rowsWithProblems.has(row.row))
      .slice(0, PREVIEW_ROWS)
      .map((row) => ({
        row: row.row,
        enterpriseName: row.enterpriseName,
        projectName: row.projectName,
        segmentName: row.segment.name,
        channelLabel: CHANNEL_LABELS[row.channel].zh,
        plannedInvestment: row.plannedInvestment,
        expectedSigningOn: row.expectedSigningOn,
        newEnterprise: previewFlags.get(row.row)?.newEnterprise ?? true,
        duplicate: previewFlags.get(row.row)?.duplicate ?? false,
      }));
    const order = new Map(LEAD_COLUMNS.map((c, i) => [c.label, i]));
    problems.sort((a, b) => a.row - b.row || (order.get(a.column) ?? -1) - (order.get(b.column) ?? -1));
    return { rowCount: table.rows.length, problems, groups, toCreate, skipped, preview };
  }

  /** Reference data once per import, indexed by every spelling a cell may use. */
  private async loadLookups(ctx: RequestContext): Promise<Lookups> {
    const segments = new Lookup<Segment>();
    for (const industry of await this.reference.industries(ctx)) {
      for (const segment of industry.segments) {
        segments.add(segment.name, segment);
        segments.add(segment.code, segment);
      }
    }
    const channels = new Lookup<Channel>();
    for (const channel of CHANNELS) {
      channels.add(CHANNEL_LABELS[channel].zh, channel);
      channels.add(channel, channel);
    }
    const places = new Lookup<Place>();
    for (const place of await this.reference.places(ctx)) {
      places.add(place.name, place);
      places.add(place.code, place);
      // Officers write 南桥 for 南桥镇.
      places.add(place.name.replace(/(镇|街道)$/, ''), place);
    }
    // Names of organisations vary in brackets and company-form suffixes as company names do.
    const organizations = new Lookup<Organization>(normalizeCompanyName);
    for (const organization of await this.connection.getRepository(ctx, Organization).find())
      organizations.add(organization.name, organization);
    return { segments, channels, places, organizations };
  }

  /** One row's cells to checked values; every problem is recorded, not just the first. */
  private parseRow(
    source: SheetRow<LeadColumnKey>,
    lookups: Lookups,
    date1904: boolean,
    problems: ImportProblem[],
  ): ParsedRow | null {
    const before = problems.length;
    const broken = new Set(source.errorCells.map((c) => c.key));
    const report = (key: LeadColumnKey, message: string) => {
      problems.push({
        row: source.number,
        column: COLUMN[key].label,
        message,
        value: excelCellText(source.values[key]) || null,
      });
    };
    for (const cell of source.errorCells) report(cell.key, `单元格为错误值 ${cell.error}，请改为实际内容`);
    const raw = (key: LeadColumnKey): ExcelScalar => (broken.has(key) ? null : source.values[key]);
    const text = (key: LeadColumnKey): string => excelCellText(raw(key));

    const required = (key: LeadColumnKey, max: number): string => {
      const value = text(key);
      if (!value && !broken.has(key)) report(key, `请填写${COLUMN[key].label}`);
      else if (value.length > max) report(key, `${COLUMN[key].label}最多 ${max} 个字`);
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
      if (value.length > max) report(key, `${COLUMN[key].label}最多 ${max} 个字`);
      return value || null;
    };
    const amount = (key: LeadColumnKey): string | null => {
      const value = raw(key);
      if (isBlankCell(value)) return null;
      const parsed = parseExcelAmount(value, { unit: COLUMN[key].unit });
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
      notes,
    };
  }

  /**
   * Gathers rows into companies the way the register matches them (credit code, else normalised
   * name) and refuses rows that contradict each other: one name with two codes, one code with two
   * names, two values for one company detail (法定代表人, …), or the same project of the same
   * company twice.
   */
  private groupByEnterprise(rows: ParsedRow[], problems: ImportProblem[]): EnterpriseGroup[] {
    const nameOfCode = new Map<string, { row: number; name: string; normalized: string }>();
    const codeOfName = new Map<string, { row: number; code: string }>();
    const contradicting = new Set<number>();
    for (const row of rows) {
      if (!row.creditCode) continue;
      const normalized = normalizeCompanyName(row.enterpriseName);
      const byCode = nameOfCode.get(row.creditCode);
      const byName = codeOfName.get(normalized);
      if (byCode && byCode.normalized !== normalized) {
        problems.push({
          row: row.row,
          column: COLUMN.enterpriseName.label,
          message: `与第 ${byCode.row} 行的统一社会信用代码相同，但企业名称不同（“${byCode.name}”）`,
          value: row.enterpriseName,
        });
        contradicting.add(row.row);
      } else if (byName && byName.code !== row.creditCode) {
        problems.push({
          row: row.row,
          column: COLUMN.creditCode.label,
          message: `与第 ${byName.row} 行的企业名称相同，但统一社会信用代码不同（${byName.code}）`,
          value: row.creditCode,
        });
        contradicting.add(row.row);
      }
      if (!byCode) nameOfCode.set(row.creditCode, { row: row.row, name: row.enterpriseName, normalized });
      if (!byName) codeOfName.set(normalized, { row: row.row, code: row.creditCode });
    }

    const groups = new Map<string, EnterpriseGroup>();
    const projects = new Map<string, number>();
    for (const row of rows) {
      if (contradicting.has(row.row)) continue;
      const normalized = normalizeCompanyName(row.enterpriseName);
      const code = row.creditCode ?? codeOfName.get(normalized)?.code ?? null;
      const key = code ? `code:${code}` : `name:${normalized}`;
      const projectKey = `${key}|${lookupKey(row.projectName)}`;
      const first = projects.get(projectKey);
      if (first !== undefined) {
        problems.push({
          row: row.row,
          column: COLUMN.projectName.label,
          message: `与第 ${first} 行重复：同一企业的同名项目`,
          value: row.projectName,
        });
        continue;
      }
      projects.set(projectKey, row.row);
      let group = groups.get(key);
      if (!group) {
        group = {
          name: row.enterpriseName,
          creditCode: code,
          details: Object.fromEntries(ENTERPRISE_DETAIL_KEYS.map((k) => [k, null])) as EnterpriseDetails,
          detailRows: {},
          rows: [],
          enterpriseId: null,
          existing: false,
        };
        groups.set(key, group);
      }
      this.mergeDetails(group, row, problems);
      group.rows.push(row);
    }
    return [...groups.values()];
  }

  /** Adds a row's company details to its group; a value differing from an earlier row's is a problem. */
  private mergeDetails(group: EnterpriseGroup, row: ParsedRow, problems: ImportProblem[]): void {
    for (const key of ENTERPRISE_DETAIL_KEYS) {
      const value = row.enterprise[key];
      if (value === null) continue;
      const first = group.detailRows[key];
      const kept = group.details[key];
      if (first === undefined || kept === null) {
        group.details[key] = value;
        group.detailRows[key] = row.row;
      } else if (lookupKey(kept) !== lookupKey(value)) {
        problems.push({
          row: row.row,
          column: COLUMN[key].label,
          message: `与第 ${first} 行是同一企业，但${COLUMN[key].label}不同（“${kept}”）`,
          value,
        });
      }
    }
  }

  private async write(tx: RequestContext, plan: ImportPlan, owner: SessionUser): Promise<void> {
    const fresh = plan.groups.filter((g) => !g.existing);
    const ids = await this.enterprises.createMany(
      tx,
      // A new company is filed under the segment of its first project, so the register's
      // industry filters find it.
      fresh.map((g) => ({
        name: g.name,
        creditCode: g.creditCode,
        ...g.details,
        industryCode: g.rows[0].segment.industryCode,
        segmentCode: g.rows[0].segment.code,
      })),
      IMPORT_NOTE,
    );
    fresh.forEach((group, i) => (group.enterpriseId = ids[i]));
    const leads: NewLead[] = plan.toCreate.map(({ row, group }) => ({
      enterpriseId: enterpriseIdOf(group),
      projectName: row.projectName,
      industryCode: row.segment.industryCode,
      segmentCode: row.segment.code,
      channel: row.channel,
      sourceOrganizationId: row.sourceOrganizationId,
      ownerId: owner.id,
      townCode: row.townCode,
      plannedInvestment: row.plannedInvestment,
      expectedOutput: row.expectedOutput,
      landNeed: row.landNeed,
      spaceNeed: row.spaceNeed,
      expectedSigningOn: row.expectedSigningOn,
      grade: row.grade,
      notes: row.notes,
    }));
    await this.leads.createMany(tx, leads, IMPORT_NOTE);
  }

  /** The same counts for a dry run (what would be created) and an import (what was). */
  private async result(plan: ImportPlan): Promise<LeadImportResult> {
    const ok = plan.problems.length === 0;
    const errors: ImportError[] = plan.problems.slice(0, MAX_LISTED_ERRORS).map((p) => ({
      row: p.row,
      column: p.column,
      message: p.message,
      text: importErrorText(p.row, p.column, p.message),
    }));
    return {
      ok,
      errors,
      errorCount: plan.problems.length,
      rowCount: plan.rowCount,
      enterprisesCreated: ok ? plan.groups.filter((g) => !g.existing).length : 0,
      leadsCreated: ok ? plan.toCreate.length : 0,
      leadsSkipped: ok ? plan.skipped : 0,
      preview: plan.preview,
      errorReportBase64: ok ? null : await buildErrorReport(plan.problems),
    };
  }
}
