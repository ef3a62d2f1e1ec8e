import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements TypeORM sends, so tests can prove a page of results costs a bounded
 * number of queries (no N+1), and optionally prints them.
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

  /** The statements since a `reset(true)`, with their parameters (e.g. to EXPLAIN them). */
  static get statements(): readonly { query: string; parameters: unknown[] }[] {
    return QueryCounter.recorded ?? [];
  }

  constructor(private readonly print: boolean) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    QueryCounter.count++;
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
