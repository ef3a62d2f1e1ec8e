import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import {
  ConfigError,
  createValidationPipe,
  GraphQLErrorFilter,
  IdArgumentsInterceptor,
  type AppConfig,
} from '@lianzhao/api-core';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@lianzhao/api-database';
import path from 'node:path';
import pg from 'pg';
import { seedDemoData } from '../demo/demo-data';
import { AppModule } from './app.module';
import { hardenHttp } from './http-hardening';
import { installSessionCookies } from './session-cookies';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Connects once before Nest starts, so an unreachable server stops the API with one line naming
 * DATABASE_URL (password hidden) instead of TypeORM's retries and stack traces.
 */
async function checkReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const shown = new URL(databaseUrl);
    if (shown.password) shown.password = '***';
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError('DATABASE_URL', `cannot be reached: ${shown.toString()} (${reason})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The configured PostgreSQL, or the embedded one kept under the data folder. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    await checkReachable(config.databaseUrl);
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'pgdata'),
  });
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}

export interface StartedApp {
  app: INestApplication;
  /** Demo accounts created by this start (empty when the database already had data). */
  seeded: string[];
}

/** Builds the API on a database URL, brings the schema up to date and, if asked, fills demo data. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: LogLevel[] | false = ['error', 'warn'],
): Promise<StartedApp> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger,
    abortOnError: false,
    bodyParser: false,
  });
  hardenHttp(app, config);
  // Express would hash every response body for an ETag (a 90 kB page of projects included): no
  // client revalidates a GraphQL POST, and the responses are marked no-store anyway.
  app.set('etag', false);
  app.disable('x-powered-by');
  installSessionCookies(app, config);
  // A malformed ID is bad input, checked once for every argument before any service sees it.
  app.useGlobalInterceptors(new IdArgumentsInterceptor());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter());
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  await app.init();
  const seeded = config.demoData ? await seedDemoData(app, { history: config.demoHistory }) : [];
  return { app, seeded };
}
