import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/** The statements one request has sent so far. */
export interface StatementTally {
  count: number;
}

/*
 * TypeORM calls logQuery from inside QueryRunner.query, after the connection is acquired and
 * before the statement is sent, so it runs in the async context of the code that asked for the
 * query: the request's resolvers, its DataLoader batches and its transactions alike.
 */
const tallies = new AsyncLocalStorage<StatementTally>();

/**
 * Counts the SQL statements TypeORM sends, so tests can prove a page of results costs a bounded
 * number of queries (no N+1), and optionally prints them. Two counts: a process-wide one
 * (`reset`/`total`, for a test that sends one request at a time) and one per request
 * (`beginRequest`), which concurrent requests cannot disturb.
 */
export class QueryCounter implements Logger {
  private static count = 0;
  private static recorded: { query: string; parameters: unknown[] }[] | null = null;

  /** Starts counting afresh; with `record`, also keeps the statements until the next reset (tests only). */
  static reset(record = false): void {
    QueryCounter.count = 0;
    QueryCounter.recorded = record ? [] : null;
  }

  static get total(): number {
    return QueryCounter.count;
  }

  /**
   * Starts a tally for the async context this is called in: every statement sent from it and from
   * the work it goes on to start counts there. Called at the start of each GraphQL request, and
   * only when statement counts are switched on: until the first call, Node keeps no async context
   * at all, so the API pays nothing for the feature when it is off.
   */
  static beginRequest(): StatementTally {
    const tally: StatementTally = { count: 0 };
    tallies.enterWith(tally);
    return tally;
  }

  /** The statements since a `reset(true)`, with their parameters (e.g. to EXPLAIN them). */
  static get statements(): readonly { query: string; parameters: unknown[] }[] {
    return QueryCounter.recorded ?? [];
  }

  constructor(private readonly print: boolean) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    QueryCounter.count++;
    const tally = tallies.getStore();
    if (tally) tally.count++;
    QueryCounter.recorded?.push({ query, parameters: parameters ?? [] });
    if (this.print) console.log('[sql]', query, parameters ?? '');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    if (this.print) console.error('[sql error]', error, query, parameters ?? '');
  }

  logQuerySlow(time: number, query: string): void {
    if (this.print) console.warn(`[sql slow ${time}ms]`, query);
  }

  logSchemaBuild(): void {
    // schema building is never used: migrations own the schema
  }

  logMigration(message: string): void {
    if (this.print) console.log('[migration]', message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn('[typeorm]', message);
  }
}
