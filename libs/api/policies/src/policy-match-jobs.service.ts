import { AsyncResource } from 'node:async_hooks';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, Clock, RequestContext, type AppConfig } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { PolicyMatchJob, type PolicyMatchJobPhase } from './policy-match-job.entity';
import { PolicyMatchesService } from './policy-matches.service';

/** Subjects per batch: one short transaction each, so other writers wait at most one batch. */
export const POLICY_MATCH_JOB_BATCH = 1000;
/** How often the worker looks for work it was not woken for (another process's saves). */
const POLL_MS = 5_000;

interface JobRow {
  item_id: string;
  phase: PolicyMatchJobPhase;
  after_id: string | null;
  done_count: number;
}

/**
 * 重新计算匹配 as a durable background job. Saving a policy item commits the item and one job row
 * (enqueue, in the save's transaction); the worker in the API process then evaluates the item
 * against every project, then every enterprise, a batch per transaction, committing the batch's
 * matches and the job's cursor together. Hence:
 * - resumable: a restart continues from the committed cursor (the worker starts with the API);
 * - idempotent: a batch run twice writes the same matches (qualified_at is kept);
 * - one job per item: a newer save resets the item's row, so the half-applied older rule is
 *   overwritten from the start; the row lock taken by each batch orders it against the save.
 * Subjects whose facts change meanwhile are recomputed by the listeners against the saved rule.
 * No transaction spans batches (the embedded database serves one connection).
 */
@Injectable()
export class PolicyMatchJobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PolicyMatchJobs');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /**
   * The worker runs in the async context the service was made in, not in that of the request whose
   * save woke it: its statements are no request's (LIANZHAO_STATEMENT_COUNTS).
   */
  private readonly scope = new AsyncResource('PolicyMatchJobs');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly matches: PolicyMatchesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private query<T>(ctx: RequestContext, sql: string, params: unknown[]): Promise<T[]> {
    return this.connection.getRepository(ctx, PolicyMatchJob).manager.query(sql, params) as Promise<T[]>;
  }

  onApplicationBootstrap(): void {
    if (!this.config.policyMatchWorker) return;
    this.timer = setInterval(() => this.wake(), POLL_MS);
    // The timer must not keep a CLI command or a test process alive.
    this.timer.unref();
    // Jobs left unfinished by the last process resume now.
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /**
   * Records (or restarts) the re-evaluation of an item, inside the transaction that saved it; the
   * caller wakes the worker after commit.
   */
  async enqueue(tx: RequestContext, itemId: string): Promise<void> {
    // The subjects are counted by the job's first batch, not here: the save stays one small write.
    await this.query(
      tx,
      `INSERT INTO policy_match_jobs (item_id, phase, after_id, done_count, total_count, requested_at, finished_at)
       VALUES ($1, 'PROJECTS', NULL, 0, 0, $2, NULL)
       ON CONFLICT (item_id) DO UPDATE SET phase = 'PROJECTS', after_id = NULL, done_count = 0,
         total_count = 0, requested_at = EXCLUDED.requested_at, finished_at = NULL`,
      [itemId, this.clock.now().toISOString()],
    );
  }

  /** Each item's job (running or the last one done), for the progress shown in 政策库, batched per request. */
  jobLoader(ctx: RequestContext): DataLoader<string, PolicyMatchJob | null> {
    return ctx.loader(
      'PolicyMatchJobByItem',
      () =>
        new DataLoader<string, PolicyMatchJob | null>(async (itemIds) => {
          const rows = await this.connection.getRepository(ctx, PolicyMatchJob).findBy({ itemId: In([...itemIds]) });
          const byId = new Map(rows.map((r) => [r.itemId, r]));
          return itemIds.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Starts the worker if it is idle (after a save commits); a no-op where the worker is off. */
  wake(): void {
    if (!this.config.policyMatchWorker || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.scope
      .runInAsyncScope(() => this.work())
      .catch((error: unknown) => this.logger.error(`policy match job failed; retried at the next poll: ${String(error)}`))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves when the worker has nothing left to do (or is off): a test waits on it instead of polling. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async work(): Promise<void> {
    this.again = false;
    while (!this.stopped && (await this.runBatch(RequestContext.system()))) {
      // Requests waiting for the connection get it between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * One batch of the oldest unfinished job in its own transaction; false when no job is waiting.
   * A job locked by another worker (or by a save restarting it) is skipped for now.
   */
  async runBatch(ctx: RequestContext, batchSize = POLICY_MATCH_JOB_BATCH): Promise<boolean> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const [job] = await this.query<JobRow>(
        tx,
        `SELECT item_id, phase, after_id, done_count FROM policy_match_jobs
          WHERE finished_at IS NULL ORDER BY requested_at, item_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [],
      );
      if (!job) return false;
      const item = await this.matches.activeItem(tx, job.item_id);
      if (item && job.phase === 'PROJECTS' && job.after_id === null && job.done_count === 0) {
        // A job starting (or restarted by a newer save): how many subjects it will go through.
        await this.query(
          tx,
          `UPDATE policy_match_jobs SET total_count = (SELECT count(*) FROM projects) + (SELECT count(*) FROM enterprises)
            WHERE item_id = $1`,
          [job.item_id],
        );
      }
      let next: Pick<JobRow, 'phase' | 'after_id'>;
      let count: number;
      if (!item) {
        // Retired or expired: its matches go, a batch at a time.
        count = await this.matches.removeItemBatch(tx, job.item_id, batchSize);
        next = { phase: count < batchSize ? 'DONE' : job.phase, after_id: null };
      } else {
        const subject = job.phase === 'PROJECTS' ? 'PROJECT' : 'ENTERPRISE';
        const batch = await this.matches.evaluateItemBatch(tx, item, subject, job.after_id, batchSize);
        count = batch.count;
        next =
          count < batchSize
            ? { phase: job.phase === 'PROJECTS' ? 'ENTERPRISES' : 'DONE', after_id: null }
            : { phase: job.phase, after_id: batch.lastId };
      }
      await this.query(
        tx,
        // Done, the counts agree even if subjects were added or removed while it ran.
        `UPDATE policy_match_jobs SET phase = $2::varchar, after_id = $3::uuid,
                done_count = CASE WHEN $2::varchar = 'DONE' THEN GREATEST(total_count, done_count + $4::int) ELSE done_count + $4::int END,
                total_count = CASE WHEN $2::varchar = 'DONE' THEN GREATEST(total_count, done_count + $4::int) ELSE total_count END,
                finished_at = CASE WHEN $2::varchar = 'DONE' THEN $5::timestamptz END
          WHERE item_id = $1`,
        [job.item_id, next.phase, next.after_id, item ? count : 0, this.clock.now().toISOString()],
      );
      return true;
    });
  }

  /**
   * Works every waiting job to completion (or `maxBatches` batches) in the caller's process: the
   * CLI and the tests use it instead of waiting for the worker. Returns the batches run.
   */
  async drain(ctx: RequestContext, options: { maxBatches?: number; batchSize?: number } = {}): Promise<number> {
    let batches = 0;
    while (batches < (options.maxBatches ?? Infinity) && (await this.runBatch(ctx, options.batchSize))) batches += 1;
    return batches;
  }
}
