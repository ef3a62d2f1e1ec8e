import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { graphqlClient, type GqlResult } from './harness';

// The built entry points, as `npm start` and the Docker image run them (the test target builds them first).
export const MAIN = path.resolve('dist/apps/api/main.js');
export const CLI = path.resolve('dist/apps/api/cli.js');

const PG_BIN = '/usr/lib/postgresql/15/bin';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A PostgreSQL server of our own in a temporary folder, so a test may stop and start it while
 * the other spec files keep using the shared one. PostgreSQL refuses to run as root: as root the
 * server runs as the `postgres` system user.
 */
export interface PrivateCluster {
  /** postgres:// URL of its `postgres` database. */
  readonly url: string;
  start(): Promise<void>;
  /** A fast shutdown: every connection is closed, as in a restart of the server. */
  stop(): void;
  destroy(): void;
}

export function canRunPrivateCluster(): boolean {
  return existsSync(path.join(PG_BIN, 'initdb'));
}

export async function privateCluster(): Promise<PrivateCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lianzhao-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), 0);
  const run = (bin: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(PG_BIN, bin), args, { stdio: 'pipe' });
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const cluster: PrivateCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    },
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    destroy() {
      try {
        cluster.stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

/** A new empty database on the server of `serverUrl`, and its URL. */
export async function createDatabase(serverUrl: string, name = `lianzhao_fault_${randomBytes(4).toString('hex')}`): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The API as `npm start` runs it, in a child process that a test may kill. */
export interface ApiProcess {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  output(): string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(username: string): Promise<string>;
  /** SIGKILL: no handler runs, nothing is flushed or closed. */
  kill(): Promise<void>;
  /** SIGTERM: the API closes the app and the database, as `npm start` does on Ctrl-C. */
  stop(): Promise<void>;
}

export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn('node', [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      JWT_SECRET: 'fault-test-secret-of-at-least-32-characters',
      DEMO_DATA: 'true',
      // The base demo (accounts, a few records) only: the history takes a minute to build.
      DEMO_HISTORY: 'false',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      // Migrations and the demo accounts on a fresh database; PGlite is slow on a busy machine.
      waitFor('the API to start', async () => output.includes('Lianzhao API ready'), 280000),
      exited.then(() => {
        throw new Error(`the API exited during start-up:\n${output}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
  const { gql, login } = graphqlClient(baseUrl);
  return {
    baseUrl,
    child,
    output: () => output,
    gql,
    login,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A fingerprint of every table's content (row texts, sorted): two equal snapshots mean no row was
 * added, changed or removed anywhere.
 */
export async function snapshot(client: pg.Client): Promise<Record<string, string>> {
  const tables = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const result: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const row = await client.query<{ n: number; digest: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    result[name] = `${row.rows[0].n}:${row.rows[0].digest}`;
  }
  return result;
}
