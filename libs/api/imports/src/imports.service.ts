import { Injectable, Logger } from '@nestjs/common';
import { conflict, RequestContext, unauthenticated, type SessionUser } from '@lianzhao/api-core';
import { isUniqueViolation, sqlState, TransactionalConnection } from '@lianzhao/api-database';
import { EnterprisesService } from '@lianzhao/api-enterprises';
import { LeadImportService, LeadsService, type NewLead } from '@lianzhao/api-leads';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService } from '@lianzhao/api-users';
import type { ImportLeadsInput, LeadImportResult } from './dto/import.types';
import {
  groupByEnterprise,
  importResult,
  matchRegister,
  planLeads,
  type EnterpriseGroup,
  type ImportPlan,
} from './lead-import-plan';
import type { LeadColumnKey } from './lead-columns';
import {
  buildLookups,
  newLeadTags,
  parseRow,
  readLeadFile,
  type ParsedRow,
  type RowLookups,
} from './lead-rows';
import type { ImportProblem, SheetTable } from './sheet-reader';

/** What a running import reports: its phase and the rows of that phase done so far. */
export type ImportProgress = (phase: 'CHECKING' | 'WRITING', processedRows: number) => void;
const NO_PROGRESS: ImportProgress = () => undefined;
/** Rows between two progress reports (and, while checking, two turns of the event loop). */
const PROGRESS_CHUNK = 500;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Audit note on every record an import creates, so the trail says where it came from. */
const IMPORT_NOTE = 'Excel 导入';
/** SQLSTATE class 23, integrity constraint violations: the database refused a row. */
const PG_INTEGRITY_CLASS = '23';

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
    private readonly leadImport: LeadImportService,
    private readonly reference: ReferenceService,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * Validates every row of the file and imports all of it in one transaction, or nothing: any
   * problem in any row refuses the whole file with the full list. Companies are matched against
   * the register by credit code, else normalised name, and created only when absent; a lead is
   * skipped when its company already has a project of that name, so importing a file twice adds
   * nothing the second time. The caller becomes the owner of every new lead.
   */
  async importLeads(ctx: RequestContext, input: ImportLeadsInput): Promise<LeadImportResult> {
    const table = await readLeadFile(input.fileBase64);
    if (input.dryRun) return importResult(await this.plan(ctx, table, NO_PROGRESS));
    return this.importTable(ctx, table);
  }

  /** The import of a file already read (readLeadFile), reporting rows as they are checked and written. */
  async importTable(
    ctx: RequestContext,
    table: SheetTable<LeadColumnKey>,
    progress: ImportProgress = NO_PROGRESS,
  ): Promise<LeadImportResult> {
    const user = ctx.user;
    if (!user) throw unauthenticated();
    let plan: ImportPlan;
    try {
      plan = await this.connection.withTransaction(ctx, async (tx) => {
        // Two officers importing overlapping files at once would otherwise both see a company
        // as new; the second waits here and then finds the first one's rows.
        await tx.transaction?.query(`SELECT pg_advisory_xact_lock(hashtext('lianzhao:lead-import'))`);
        const checked = await this.plan(tx, table, progress);
        if (!checked.problems.length) await this.write(tx, checked, user, progress);
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
    return importResult(plan);
  }

  /**
   * Everything short of writing: parse and check each row, then match the file against the
   * database. The checks are the database-free functions of lead-rows and lead-import-plan; this
   * gathers what they need in one query each.
   */
  private async plan(
    ctx: RequestContext,
    table: SheetTable<LeadColumnKey>,
    progress: ImportProgress,
  ): Promise<ImportPlan> {
    const problems: ImportProblem[] = [...table.problems];
    const lookups = await this.loadLookups(ctx);
    const parsed: ParsedRow[] = [];
    for (let start = 0; start < table.rows.length; start += PROGRESS_CHUNK) {
      for (const row of table.rows.slice(start, start + PROGRESS_CHUNK)) {
        const result = parseRow(row, lookups, table.date1904, problems);
        if (result) parsed.push(result);
      }
      progress('CHECKING', Math.min(start + PROGRESS_CHUNK, table.rows.length));
      // Lets the progress polls of a large file be answered between chunks.
      await yieldToEventLoop();
    }
    const groups = groupByEnterprise(parsed, problems);
    const matches = await this.enterprises.findDuplicates(
      ctx,
      groups.map((g) => ({ name: g.name, creditCode: g.creditCode })),
    );
    matchRegister(groups, matches, problems);
    const existing = await this.leads.projectNamesOf(
      ctx,
      groups.flatMap((g) => (g.enterpriseId ? [g.enterpriseId] : [])),
    );
    return planLeads(table.rows.length, parsed, groups, problems, existing);
  }

  /**
   * Reference data once per import (every organisation, active or not, as before). Retired
   * segments, places and tags are left out: an import makes new leads, which may not take them.
   */
  private async loadLookups(ctx: RequestContext): Promise<RowLookups> {
    const industries = await this.reference.industries(ctx);
    return buildLookups({
      segments: industries.flatMap((industry) => industry.segments).filter((segment) => !segment.retired),
      places: (await this.reference.places(ctx)).filter((place) => !place.retired),
      organizations: await this.organizations.all(ctx),
      tags: newLeadTags(await this.reference.tags(ctx)),
    });
  }

  private async write(tx: RequestContext, plan: ImportPlan, owner: SessionUser, progress: ImportProgress): Promise<void> {
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
      tagCodes: row.tagCodes,
      notes: row.notes,
    }));
    progress('WRITING', 0);
    for (let start = 0; start < leads.length; start += PROGRESS_CHUNK) {
      await this.leadImport.createMany(tx, leads.slice(start, start + PROGRESS_CHUNK), IMPORT_NOTE);
      progress('WRITING', Math.min(start + PROGRESS_CHUNK, leads.length));
    }
  }
}
