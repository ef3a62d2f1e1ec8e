// What the bench runs against: the database (DATABASE_URL, or the embedded data folder served by
// `cli.js db:serve`), the built API started on it with statement counts on, and an HTTP client.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import { createServer } from 'node:net';
import path from 'node:path';

const children = [];

/**
 * The API's heap cap, as `npm start` (tools/start.mjs) and the image (docker/api.Dockerfile) set
 * it: the bench measures the API as it is deployed. BENCH_API_HEAP_MB overrides it for trials.
 */
export const API_HEAP_MB = Number(process.env.BENCH_API_HEAP_MB ?? 320);
export const API_NODE_FLAGS = [`--max-old-space-size=${API_HEAP_MB}`];

export function buildApi() {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  const built = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  if (built.status !== 0) throw new Error('the API did not build');
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, seconds, child) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${seconds}s`);
}

function track(child) {
  children.push(child);
  return child;
}

/** Stops what the bench started, newest first. */
export async function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

/**
 * The database to measure. DATABASE_URL: that database as it is. Otherwise the embedded one in
 * LIANZHAO_DATA_DIR (default .data), served on a loopback port for both the API and the floor's
 * `pg`; it serves one connection at a time, so both use a pool of one.
 */
export async function openDatabase() {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, poolSize: 10 };
  }
  const dataDir = path.resolve(process.env.LIANZHAO_DATA_DIR || '.data');
  if (!existsSync(path.join(dataDir, 'pgdata'))) {
    throw new Error(
      `no embedded database in ${dataDir}/pgdata: fill one with \`npm run bench:data -- --scale 1\` first`,
    );
  }
  const server = track(
    spawn('node', ['dist/apps/api/cli.js', 'db:serve'], {
      env: { ...process.env, LIANZHAO_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const url = await new Promise((resolve, reject) => {
    server.stdout.once('data', (chunk) => resolve(String(chunk).split('\n')[0].trim()));
    server.once('exit', (code) => reject(new Error(`db:serve exited with ${code}`)));
  });
  return { url, embedded: true, poolSize: 1, dataDir };
}

/** The built API on `database`, with `extensions.statements` on every response unless told otherwise. */
export async function startApi(database, { statementCounts = true, nodeFlags = [] } = {}) {
  const port = await freePort();
  const env = {
    ...process.env,
    // As deployed (docker/api.Dockerfile): graphql-js, for one, checks more outside production.
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    PORT: String(port),
    LIANZHAO_STATEMENT_COUNTS: statementCounts ? '1' : '0',
    // The bench reads the data as it is: no demo records are added to it.
    DEMO_DATA: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  if (database.embedded) env.DATABASE_POOL_SIZE = '1';
  const child = track(
    spawn('node', [...API_NODE_FLAGS, ...nodeFlags, 'dist/apps/api/main.js'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  await waitFor(`http://127.0.0.1:${port}/health`, 300, child);
  return { port, pid: child.pid };
}

/** User plus system CPU time of a process, in ms (Linux clock ticks of 10 ms). */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Starts the peak-memory measurement of a process over (Linux: VmHWM back to the current RSS),
 * so it shows the peak under the bench's load rather than at start-up. False when not allowed.
 */
export function resetPeakMemory(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** VmHWM (peak resident set) and VmRSS of a process, in MiB. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { peakMiB: Math.round(field('VmHWM')), rssMiB: Math.round(field('VmRSS')) };
}

/**
 * GraphQL over keep-alive HTTP with at most `connections` sockets, so N concurrent callers are N
 * connections. Resolves to the whole response body ({ data, errors, extensions }).
 */
export function graphqlClient(port, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  function send(query, variables, token) {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(process.env.BENCH_ACCEPT_ENCODING
              ? { 'accept-encoding': process.env.BENCH_ACCEPT_ENCODING }
              : {}),
          },
        },
        (response) => {
          const chunks = [];
          response.on('data', (c) => chunks.push(c));
          response.on('end', () => {
            try {
              const raw = Buffer.concat(chunks);
              const encoding = response.headers['content-encoding'];
              const text =
                encoding === 'gzip'
                  ? zlib.gunzipSync(raw)
                  : encoding === 'br'
                    ? zlib.brotliDecompressSync(raw)
                    : encoding === 'deflate'
                      ? zlib.inflateSync(raw)
                      : raw;
              resolve(JSON.parse(text.toString('utf8')));
            } catch (error) {
              reject(new Error(`HTTP ${response.statusCode}: not JSON (${error.message})`));
            }
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }
  return { send, close: () => agent.destroy() };
}

/** The commit measured, marked when the work tree has changes. */
export function gitCommit() {
  const head = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    encoding: 'utf8',
  }).stdout.trim();
  return dirty ? `${head}+changes` : head;
}
