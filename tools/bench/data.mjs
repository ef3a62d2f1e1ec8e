#!/usr/bin/env node
// `npm run bench:data -- --scale S [--reset]`: fills a database with realistic data for the
// benchmark (tools/bench/data-generator.mjs says what and how). S=1 is a district: 20,000
// enterprises, 50,000 leads, 300,000 follow-ups, 5,000 projects, 3,000 referrals; S may be
// fractional (0.01 for a quick look) or large (10 for a city).
//   DATABASE_URL=postgres://…/db npm run bench:data -- --scale 10    that PostgreSQL database
//   npm run bench:data -- --scale 1                                 the embedded database in
//                                                                   LIANZHAO_DATA_DIR (default .data/)
// The migrations are applied first. A database that already holds data is refused unless --reset
// is given, which empties everything but the reference data. On PostgreSQL a second connection
// loads the follow-ups beside the rest (--serial: one connection, one transaction). Stop the API
// on an embedded data folder first: two processes must never open the same PGlite folder. Every
// account, the demo ones included (admin, officer, officer2, leader, partner, partner2), signs in
// with the demo password `lianzhao-demo`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, scrypt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generate, RefusedError } from './data-generator.mjs';

const CLI = 'dist/apps/api/cli.js';
/** apps/api/src/demo/demo-data.ts DEMO_PASSWORD. */
const DEMO_PASSWORD = 'lianzhao-demo';

/** The stored form of libs/api/users/src/passwords/password-hasher.ts: scrypt$N$r$p$salt$hash. */
async function hashPassword(password) {
  const params = { N: 1 << 15, r: 8, p: 1 };
  const salt = randomBytes(16);
  const key = await new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      32,
      { ...params, maxmem: 128 * params.N * params.r * 2 },
      (err, k) => (err ? reject(err) : resolve(k)),
    ),
  );
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

function usage(message) {
  if (message) console.error(message);
  console.error('usage: npm run bench:data -- --scale S [--reset] [--serial]   (S > 0, e.g. 0.1, 1, 10)');
  process.exit(message ? 2 : 0);
}

function migrate() {
  const started = performance.now();
  const result = spawnSync('node', [CLI, 'migration:run'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`migration:run failed (exit ${result.status})`);
  return performance.now() - started;
}

/** Serves the embedded database of the data folder on a loopback port (`cli.js db:serve`). */
async function serveEmbedded() {
  const server = spawn('node', [CLI, 'db:serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    server.stdout.on('data', (chunk) => {
      buffered += String(chunk);
      if (buffered.includes('\n')) resolve(buffered.split('\n')[0].trim());
    });
    server.once('exit', (code) => reject(new Error(`db:serve exited with ${code}`)));
  });
  return {
    url,
    pid: server.pid,
    stop: async () => {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * CPU seconds the database process has used so far, when it runs on this machine (the embedded
 * server, or a local PostgreSQL backend): on a shared machine wall time is noisy, CPU time less so.
 */
function cpuMeter(pid) {
  const file = `/proc/${pid}/stat`;
  if (!pid || !existsSync(file)) return () => null;
  return () => {
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
}

const pct = (share) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%`;

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      reset: { type: 'boolean' },
      serial: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) usage();
  const scale = Number(values.scale ?? '1');
  if (!Number.isFinite(scale) || scale <= 0)
    usage(`--scale must be a number above 0 (got "${values.scale}")`);
  if (!existsSync(CLI)) usage(`${CLI} is missing: build the API first (npm run bench:data builds it)`);

  const embedded = !process.env.DATABASE_URL;
  const where = embedded
    ? `embedded database in ${path.resolve(process.env.LIANZHAO_DATA_DIR || '.data')}`
    : `PostgreSQL ${new URL(process.env.DATABASE_URL).pathname.slice(1)} on ${new URL(process.env.DATABASE_URL).host}`;
  console.log(`bench:data — scale ${scale}, ${where}`);
  const migrateMs = migrate();
  const server = embedded ? await serveEmbedded() : null;
  const client = new pg.Client({ connectionString: server?.url ?? process.env.DATABASE_URL });
  try {
    await client.connect();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const local =
      embedded || ['127.0.0.1', 'localhost', '::1'].includes(new URL(process.env.DATABASE_URL).hostname);
    const connect = async () => {
      const another = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await another.connect();
      return another;
    };
    const result = await generate(client, {
      scale,
      reset: values.reset ?? false,
      passwordHash,
      log: (line) => console.log(line),
      // The embedded database runs in the db:serve process; a PostgreSQL backend is its own process.
      cpuMeter: (pid) => cpuMeter(embedded ? server.pid : local ? pid : null),
      // PGlite serves one connection at a time, so a second one would only queue.
      connect: embedded || values.serial ? undefined : connect,
    });
    report(result, migrateMs);
  } catch (error) {
    if (error instanceof RefusedError) {
      console.error(`✖ ${error.message}`);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await client.end().catch(() => undefined);
    await server?.stop();
  }
}

function report(r, migrateMs) {
  const c = r.counts;
  console.log(
    `\nMade in ${(r.totalMs / 1000).toFixed(1)} s (migrations before: ${(migrateMs / 1000).toFixed(1)} s):`,
  );
  for (const [table, n] of Object.entries(c))
    console.log(`  ${table.padEnd(22)}${n.toLocaleString('en').padStart(12)}`);
  console.log(
    `  lead stages: ${Object.entries(r.stages)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  const h = r.health;
  const projects = c.projects || 1;
  console.log(
    `  projects: ${pct(h.overdue / projects)} overdue, ${pct(h.at_risk / projects)} at risk, ${pct(h.on_track / projects)} on track; ${pct(h.landed / projects)} landed (registered)`,
  );
  console.log(
    `  referrals: ${Object.entries(r.referralStatuses)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  console.log(`  funds and investments: ${c.funds ?? 0} funds, ${c.investments ?? 0} investments`);
  console.log('\nShare of leads whose project or enterprise name contains the term (LIKE):');
  for (const s of r.search)
    console.log(
      `  ${s.term.padEnd(6, '　')} ${pct(s.share).padStart(7)}  (${s.leads.toLocaleString('en')} leads)`,
    );
  console.log(
    `\nbench:data summary ${JSON.stringify({ scale: r.scale, seconds: +(r.totalMs / 1000).toFixed(1), counts: c, health: h, referrals: r.referralStatuses, search: r.search })}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
