import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { QueryCounter } from './query-counter';
import { isEmbeddedUrl } from './embedded-postgres';

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
    extra: { max: options.poolSize ?? (isEmbeddedUrl(options.url) ? 1 : 10) },
  };
}
