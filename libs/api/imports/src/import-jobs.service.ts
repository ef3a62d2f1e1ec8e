import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import {
  Clock,
  ExcelFile,
  ListQuery,
  notFound,
  scopedQuery,
  unauthenticated,
  type ConnectionShape,
  RequestContext,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type { LeadImportListArgs, StartLeadImportInput } from './dto/lead-import-history.types';
import type { LeadImportResult } from './dto/import.types';
import { ImportsService } from './imports.service';
import { LEAD_IMPORT_LIST } from './lead-import-list';
import { LeadImport, type LeadImportPhase } from './lead-import.entity';
import type { LeadImportFilter } from './dto/lead-import-history.types';
import { readLeadFile } from './lead-rows';

interface Progress {
  phase: LeadImportPhase;
  processedRows: number;
}

/** What a finished import leaves in its history row. */
function outcome(result: LeadImportResult): Partial<LeadImport> {
  return {
    status: result.ok ? 'IMPORTED' : 'REFUSED',
    rowCount: result.rowCount,
    enterprisesCreated: result.enterprisesCreated,
    leadsCreated: result.leadsCreated,
    leadsSkipped: result.leadsSkipped,
    errorCount: result.errorCount,
    errorReportBase64: result.errorReportBase64,
    hasErrorReport: result.errorReportBase64 !== null,
  };
}

/**
 * Imports as jobs: a large file's import runs after the request that started it has answered, the
 * browser polls its progress (rows checked, then rows written), and every import — finished,
 * refused or failed — stays in the history with its counts and problem report.
 *
 * The progress of a running import lives in this process's memory, not in the database: the
 * import holds its transaction (and, on the embedded database, the only connection) until it ends,
 * so a poll answered from a table would wait for the very thing it asks about.
 */
@Injectable()
export class ImportJobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ImportJobsService');
  private readonly running = new Map<string, { job: LeadImport; progress: Progress; done: Promise<void> }>();
  private readonly list: ListQuery<LeadImport, LeadImportFilter, 'CREATED_AT'>;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly imports: ImportsService,
    clock: Clock,
  ) {
    this.list = new ListQuery(LEAD_IMPORT_LIST, connection, clock);
  }

  /**
   * An import still RUNNING when the process starts was cut off by a restart; its transaction rolled
   * back, so nothing of it was written, and the history says so.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.connection
      .getRepository(RequestContext.system(), LeadImport)
      .update({ status: 'RUNNING' }, { status: 'FAILED', message: '服务重启，导入中断，未导入任何数据；请重新导入', finishedAt: new Date() });
  }

  /**
   * Reads the file (a file that is no workbook is refused here, on its field), records the import
   * as running and starts it; answers at once with the running import.
   */
  async start(ctx: RequestContext, input: StartLeadImportInput): Promise<LeadImport> {
    const user = ctx.user;
    if (!user) throw unauthenticated();
    const table = await readLeadFile(input.fileBase64);
    const repo = this.connection.getRepository(ctx, LeadImport);
    const job = await repo.save(
      repo.create({
        actorId: user.id,
        actorName: user.displayName,
        fileName: input.fileName,
        status: 'RUNNING',
        rowCount: table.rows.length,
      }),
    );
    const progress: Progress = { phase: 'READING', processedRows: 0 };
    const run = async (): Promise<void> => {
      let changes: Partial<LeadImport>;
      try {
        const result = await this.imports.importTable(ctx, table, (phase, processedRows) => {
          progress.phase = phase;
          progress.processedRows = processedRows;
        });
        changes = outcome(result);
      } catch (error) {
        // Messages of the app's own errors are for officers; anything else stays in the log.
        const message = error instanceof GraphQLError ? error.message : '导入失败，未导入任何数据；请重试，仍失败请联系管理员';
        if (!(error instanceof GraphQLError)) this.logger.error(`Lead import ${job.id} failed`, error);
        changes = { status: 'FAILED', message };
      }
      await this.connection.getRepository(ctx, LeadImport).update({ id: job.id }, { ...changes, finishedAt: new Date() });
    };
    const done = run()
      .catch((error: unknown) => this.logger.error(`Lead import ${job.id}: the history row was not updated`, error))
      .finally(() => this.running.delete(job.id));
    this.running.set(job.id, { job, progress, done });
    return { ...job, ...progress };
  }

  /** One import: a running one from memory (with its progress), a finished one from the history. */
  async get(ctx: RequestContext, id: string): Promise<LeadImport> {
    const live = this.running.get(id);
    if (live) {
      if (!this.visible(ctx, live.job)) throw notFound('导入记录');
      return { ...live.job, ...live.progress };
    }
    const row = await scopedQuery(this.connection, ctx, LEAD_IMPORT_LIST).andWhere('li.id = :id', { id }).getOne();
    if (!row) throw notFound('导入记录');
    return { ...row, ...this.progressOf(row) };
  }

  async page(ctx: RequestContext, args: LeadImportListArgs): Promise<ConnectionShape<LeadImport>> {
    const page = await this.list.page(ctx, args);
    for (const edge of page.edges) Object.assign(edge.node, this.progressOf(edge.node));
    return page;
  }

  /** The problem list of a refused import, as the officer saw it when it was refused. */
  async errorReport(ctx: RequestContext, id: string): Promise<ExcelFile> {
    const row = await scopedQuery(this.connection, ctx, LEAD_IMPORT_LIST)
      .addSelect('li.errorReportBase64')
      .andWhere('li.id = :id', { id })
      .getOne();
    if (!row?.errorReportBase64) throw notFound('问题清单');
    return { filename: `导入问题清单-${row.fileName.replace(/\.xlsx?$/i, '')}.xlsx`, contentBase64: row.errorReportBase64 };
  }

  /** Waits for every running import; for tests and an orderly shutdown. */
  async settle(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private visible(ctx: RequestContext, job: LeadImport): boolean {
    return ctx.user?.role === 'ADMIN' || ctx.user?.id === job.actorId;
  }

  private progressOf(row: LeadImport): Progress {
    const live = this.running.get(row.id);
    // A row still RUNNING that no job of this process holds was cut off by a restart.
    return live ? { ...live.progress } : { phase: 'DONE', processedRows: row.rowCount };
  }
}
