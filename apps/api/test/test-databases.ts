import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, MIGRATIONS, startEmbeddedPostgres } from '@lianzhao/api-database';

/**
 * Every API spec file starts on its own database. Migrating each one from empty cost seconds per
 * file (more on the embedded database), so the migrated schema is built once per set of migrations
 * and copied: a PostgreSQL template database, or a PGlite data-folder dump in the temp folder.
 * The key is a hash of the migration sources, so an edited or added migration builds a new copy.
 */
const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../libs/api/database/src/migrations',
);

function migrationsKey(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(file).update(readFileSync(path.join(MIGRATIONS_DIR, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions({ url, entities: [], migrations: MIGRATIONS }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const withDatabase = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * The migrated template on this server, built under an advisory lock so that parallel test runs
 * (other branches, other workers) never build or copy a half-migrated one: it only gets its final
 * name once its migrations have committed.
 */
async function postgresTemplate(serverUrl: string): Promise<string> {
  const template = `lianzhao_tpl_${migrationsKey()}`;
  return onServer(serverUrl, async (client) => {
    const exists = async () =>
      (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1;
    if (await exists()) return template;
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      if (await exists()) return template;
      const building = `${template}_building_${randomBytes(3).toString('hex')}`;
      await client.query(`CREATE DATABASE ${building}`);
      await migrate(withDatabase(serverUrl, building));
      await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
      return template;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

/** A fresh database on the PostgreSQL named by DATABASE_URL, dropped afterwards: empty, or migrated. */
async function freshPostgresDatabase(
  serverUrl: string,
  migrated: boolean,
): Promise<{ url: string; release: () => Promise<void> }> {
  const name = `lianzhao_test_${randomBytes(6).toString('hex')}`;
  const template = migrated ? await postgresTemplate(serverUrl) : undefined;
  await onServer(serverUrl, (client) =>
    client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`),
  );
  return {
    url: withDatabase(serverUrl, name),
    release: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** The migrated embedded database as a data-folder dump, written once per migration set. */
async function embeddedTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `lianzhao-tpl-${migrationsKey()}.tar`);
  if (!existsSync(file)) {
    const embedded = await startEmbeddedPostgres();
    try {
      await migrate(embedded.url);
      const dump = await embedded.dump();
      // Written aside, then renamed: a concurrent reader sees the whole dump or none.
      const partial = `${file}.${randomBytes(3).toString('hex')}`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file);
    } finally {
      await embedded.stop();
    }
  }
  return new Blob([readFileSync(file)]);
}

/**
 * A fresh database: on the PostgreSQL named by DATABASE_URL, else an embedded one in memory.
 * `migrated` starts it with every migration applied, as `npm start` would leave it before demo data.
 */
export async function freshTestDatabase(
  options: { migrated?: boolean } = {},
): Promise<{ url: string; release: () => Promise<void> }> {
  const migrated = options.migrated ?? false;
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) return freshPostgresDatabase(serverUrl, migrated);
  const embedded = await startEmbeddedPostgres(migrated ? { loadDataDir: await embeddedTemplate() } : {});
  return { url: embedded.url, release: embedded.stop };
}
