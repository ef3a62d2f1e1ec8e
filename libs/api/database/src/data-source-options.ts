import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { QueryCounter } from './query-counter';
import { isEmbeddedUrl } from './embedded-postgres';
import { PG_TYPES } from './timestamp-parser';

/**
 * Waiting for a connection (a new one, or a turn in the full pool) on a real server, at most. A
 * refused connection fails at once; this bounds a server that does not answer. It also bounds a
 * turn in a busy pool, so it is generous: at 10 s, ten leaders' cockpits at once on the benchmark's
 * city data made the requests queued behind them fail.
 */
export const CONNECT_TIMEOUT_MS = 30000;

/**
 * Settings of every server session. JIT off: the API's statements are short, and the few whose
 * estimated cost passes jit_above_cost (the cockpit's 返投 evaluation over 3,000 funds at city
 * scale) spent 120–200 ms compiling to save a few. The embedded database has no JIT to turn off.
 */
export const SESSION_OPTIONS = '-c jit=off';

/**
 * node-postgres pool settings. With a server down, a request must fail within a bound rather than
 * wait for a connection forever (the pool's default), and TCP keep-alive lets a connection whose
 * peer vanished without a word be noticed. The embedded database runs in this process and is never
 * unreachable: its one connection is only ever busy, and a long import must not make the requests
 * queued behind it fail, so it keeps no timeout.
 */
function poolOptions(url: string, poolSize: number | undefined): Record<string, unknown> {
  const embedded = isEmbeddedUrl(url);
  return {
    max: poolSize ?? (embedded ? 1 : 10),
    connectionTimeoutMillis: embedded ? 0 : CONNECT_TIMEOUT_MS,
    keepAlive: true,
    types: PG_TYPES,
    ...(embedded ? {} : { options: SESSION_OPTIONS }),
  };
}

/**
 * The one way a DataSource is configured, for the API, the CLI and the tests alike, whatever
 * PostgreSQL sits behind the URL (a real server or the embedded one). Schema changes only ever
 * come from migrations.
 */
export function buildDataSourceOptions(options: {
  url: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  logSql?: boolean;
  /** Connections in the pool; by default 10, and 1 for an embedded database this process serves. */
  poolSize?: number;
}): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed for ids.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new QueryCounter(options.logSql ?? false),
    extra: poolOptions(options.url, options.poolSize),
  };
}
