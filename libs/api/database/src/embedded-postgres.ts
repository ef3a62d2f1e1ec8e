import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The URLs this process serves its embedded databases on (see `isEmbeddedUrl`). */
const servedUrls = new Set<string>();

/**
 * Whether `url` is an embedded database started by this process. Its socket server interleaves the
 * extended-protocol messages of concurrent connections while one of them is inside a transaction
 * (another connection's query then fails with `portal "" does not exist`), so its pool must hold
 * a single connection: requests then queue in the pool instead of corrupting each other.
 */
export function isEmbeddedUrl(url: string): boolean {
  return servedUrls.has(url);
}

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver (and so TypeORM) connects to. */
  readonly url: string;
  /** The whole data folder as an uncompressed tar, which `loadDataDir` starts another database from. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * Runs PGlite (PostgreSQL compiled to WebAssembly) in this process and serves it on a loopback
 * port, so the embedded path uses exactly the same driver, pool and SQL as a real PostgreSQL.
 * `dataDir` undefined keeps the database in memory (tests); `loadDataDir` starts it from a `dump()`.
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number; loadDataDir?: Blob } = {},
): Promise<EmbeddedPostgres> {
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    // PGlite creates the folder itself but not its parents.
    mkdirSync(path.dirname(dataDir), { recursive: true });
  }
  const db = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: 16,
  });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  servedUrls.add(url);
  return {
    url,
    dump: () => db.dumpDataDir('none'),
    async stop() {
      servedUrls.delete(url);
      await server.stop();
      await db.close();
    },
  };
}

/**
 * Writes a consistent copy of the embedded database in `dataDir` to `file` (a gzipped tar of the
 * data folder, as PGlite dumps it). The API must be stopped: PGlite allows one process per folder.
 */
export async function backupEmbeddedDatabase(dataDir: string, file: string): Promise<number> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`no embedded database in ${dataDir}`);
  const db = await PGlite.create({ dataDir: path.resolve(dataDir), extensions: { pg_trgm } });
  try {
    // A checkpoint first, so the copy needs no recovery when it is opened.
    await db.query('CHECKPOINT');
    const dump = await db.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, bytes);
    return bytes.length;
  } finally {
    await db.close();
  }
}

/**
 * Restores a `backupEmbeddedDatabase` file into `dataDir`, which must not hold a database yet:
 * a restore never overwrites data (move the old folder aside first).
 */
export async function restoreEmbeddedDatabase(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length) {
    throw new Error(`${dataDir} is not empty: move it aside before restoring into it`);
  }
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = await PGlite.create({
    dataDir: path.resolve(dataDir),
    loadDataDir: new Blob([readFileSync(file)]),
    extensions: { pg_trgm },
  });
  try {
    // Opening proves the copy readable; the check below that it holds our schema.
    await db.query('SELECT count(*) FROM migrations');
  } finally {
    await db.close();
  }
}
