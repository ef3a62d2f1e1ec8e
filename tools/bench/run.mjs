#!/usr/bin/env node
// `npm run bench`: measures the lead list the officers live in, against a raw-SQL baseline run in
// the same process on the same data, and the API's memory. Prints figures; asserts nothing.
//   BENCH_LEADS=20000 npm run bench                     embedded database (PGlite)
//   DATABASE_URL=postgres://…/postgres npm run bench    a fresh database on that PostgreSQL
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const LEADS = Number(process.env.BENCH_LEADS ?? 20000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const children = [];
const cleanups = [];

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer in ${seconds}s`);
}

/** A database for this run: a fresh one on DATABASE_URL's server, or the embedded one in memory. */
async function database() {
  if (process.env.DATABASE_URL) {
    const name = `lianzhao_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    cleanups.push(async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    });
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), kind: 'PostgreSQL' };
  }
  const server = spawn('node', ['dist/apps/api/cli.js', 'db:serve', '--memory'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(server);
  const url = await new Promise((resolve, reject) => {
    server.stdout.once('data', (chunk) => resolve(String(chunk).split('\n')[0].trim()));
    server.once('exit', (code) => reject(new Error(`db:serve exited with ${code}`)));
  });
  return { url, kind: 'embedded PGlite' };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

async function time(fn) {
  const samples = [];
  await fn(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

async function main() {
  const built = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);

  const db = await database();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lianzhao-bench-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const api = spawn('node', ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      LIANZHAO_DATA_DIR: dataDir,
      DEMO_DATA: 'true',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(api);
  await waitFor(`http://127.0.0.1:${port}/health`, 180);

  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  const seedStart = Date.now();
  await seed(sql);
  const seedMs = Date.now() - seedStart;

  const gql = async (query, variables, token) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await gql(
    'mutation { login(input: { username: "officer", password: "lianzhao-demo" }) { accessToken } }',
  );
  const token = login.accessToken;

  const PAGE = `query ($search: String) { leads(first: 50, filter: { search: $search }) { totalCount
    edges { node { id projectName stage plannedInvestment enterprise { name } owner { displayName } sourceOrganization { name } industry { name } segment { name } town { name } } }
    stageSummary { stage count plannedInvestment } } }`;
  const BASELINE = `SELECT l.id, l.project_name, l.stage, l.planned_investment, e.name AS enterprise, u.display_name AS owner,
      o.name AS partner, i.name AS industry, s.name AS segment, p.name AS town
    FROM leads l JOIN enterprises e ON e.id = l.enterprise_id JOIN users u ON u.id = l.owner_id
    LEFT JOIN organizations o ON o.id = l.source_organization_id JOIN industries i ON i.code = l.industry_code
    JOIN segments s ON s.code = l.segment_code LEFT JOIN places p ON p.code = l.town_code
    WHERE ($1::text IS NULL OR l.project_name ILIKE $1 OR e.name ILIKE $1 OR e.credit_code ILIKE $1)
    ORDER BY l.created_at DESC, l.id DESC LIMIT 50`;
  const COUNT = `SELECT count(*) FROM leads l JOIN enterprises e ON e.id = l.enterprise_id
    WHERE ($1::text IS NULL OR l.project_name ILIKE $1 OR e.name ILIKE $1 OR e.credit_code ILIKE $1)`;
  const SUMMARY = `SELECT l.stage, count(*), sum(l.planned_investment) FROM leads l JOIN enterprises e ON e.id = l.enterprise_id
    WHERE ($1::text IS NULL OR l.project_name ILIKE $1 OR e.name ILIKE $1 OR e.credit_code ILIKE $1) GROUP BY l.stage`;
  const raw = (term) => async () => {
    const like = term ? `%${term}%` : null;
    await sql.query(BASELINE, [like]);
    await sql.query(COUNT, [like]);
    await sql.query(SUMMARY, [like]);
  };

  const rows = [];
  for (const [label, term] of [
    ['first page of 50, all relations', null],
    ['search "氢能" (Chinese substring)', '氢能'],
  ]) {
    const api = await time(() => gql(PAGE, { search: term }, token));
    const base = await time(raw(term));
    rows.push({ label, api, base });
  }

  // 项目落地: the signed leads' projects with their milestones, health computed per row.
  const PROJECTS = `query ($filter: ProjectFilter) { projects(first: 50, filter: $filter) { totalCount
    edges { node { id name health daysLate nextMilestone signedOn landedOn contractInvestment enterprise { name } owner { displayName }
      industry { name } segment { name } town { name } milestones { code plannedDate actualDate status } } } } }`;
  const PROJECTS_BASELINE = `SELECT p.id, p.name, p.contract_investment, e.name AS enterprise, u.display_name AS owner, i.name AS industry,
      s.name AS segment, pl.name AS town, m.milestones
    FROM projects p JOIN enterprises e ON e.id = p.enterprise_id JOIN users u ON u.id = p.owner_id
    JOIN industries i ON i.code = p.industry_code JOIN segments s ON s.code = p.segment_code LEFT JOIN places pl ON pl.code = p.town_code
    CROSS JOIN LATERAL (SELECT json_agg(json_build_object('code', code, 'planned', planned_date, 'actual', actual_date) ORDER BY position) AS milestones
      FROM project_milestones WHERE project_id = p.id) m
    WHERE NOT $1::boolean OR EXISTS (SELECT 1 FROM project_milestones mo WHERE mo.project_id = p.id AND mo.actual_date IS NULL AND mo.planned_date < CURRENT_DATE)
    ORDER BY p.created_at DESC, p.id DESC LIMIT 50`;
  const PROJECTS_COUNT = `SELECT count(*) FROM projects p
    WHERE NOT $1::boolean OR EXISTS (SELECT 1 FROM project_milestones mo WHERE mo.project_id = p.id AND mo.actual_date IS NULL AND mo.planned_date < CURRENT_DATE)`;
  for (const [label, overdue] of [
    ['projects: first page of 50 with milestones', false],
    ['projects: overdue only (health in SQL)', true],
  ]) {
    const api = await time(() => gql(PROJECTS, { filter: overdue ? { healths: ['OVERDUE'] } : {} }, token));
    const base = await time(async () => {
      await sql.query(PROJECTS_BASELINE, [overdue]);
      await sql.query(PROJECTS_COUNT, [overdue]);
    });
    rows.push({ label, api, base });
  }
  const projectCount = (await sql.query('SELECT count(*)::int AS n FROM projects')).rows[0].n;

  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

  console.log(
    `\nLianzhao bench — ${db.kind}, ${LEADS.toLocaleString('en')} leads and ${projectCount.toLocaleString('en')} projects (seeded in ${seedMs} ms), ${RUNS} runs each`,
  );
  console.log(
    'query                                       API median / p95 (ms)   raw SQL median / p95 (ms)   ratio',
  );
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(44)}${`${r.api.median.toFixed(1)} / ${r.api.p95.toFixed(1)}`.padEnd(24)}${`${r.base.median.toFixed(1)} / ${r.base.p95.toFixed(1)}`.padEnd(28)}${(r.api.median / r.base.median).toFixed(1)}×`,
    );
  }
  console.log(`API resident memory after the runs: ${rss.toFixed(0)} MiB`);
  await sql.end();
}

/** Enterprises and leads spread over segments, stages, towns and channels, written in SQL for speed. */
async function seed(sql) {
  const enterprises = Math.max(1, Math.round(LEADS / 5));
  await sql.query(
    `WITH s AS (SELECT code, industry_code, row_number() OVER (ORDER BY code) - 1 AS rn FROM segments)
     INSERT INTO enterprises (name, name_normalized, industry_code, segment_code)
     SELECT n, n, s.industry_code, s.code
     FROM generate_series(1, $1) g
     JOIN s ON s.rn = g % (SELECT count(*) FROM segments)
     CROSS JOIN LATERAL (SELECT (ARRAY['上海','奉贤','浦东','苏州','杭州'])[1 + g % 5] || (ARRAY['氢能','储能','生物','材料','智造','机器人'])[1 + g % 6] || '科技' || g || '有限公司' AS n) names`,
    [enterprises],
  );
  await sql.query(
    `WITH e AS (SELECT id, name, industry_code, segment_code, row_number() OVER (ORDER BY id) - 1 AS rn FROM enterprises),
          p AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS rn FROM places)
     INSERT INTO leads (enterprise_id, project_name, industry_code, segment_code, channel, owner_id, town_code, planned_investment, stage, created_at)
     SELECT e.id, e.name || '项目' || g, e.industry_code, e.segment_code, 'SELF', u.id, p.code,
            (g % 1000) * 10.5, (ARRAY['NEW','CONTACTED','VISITED','NEGOTIATING','APPROVED','SIGNED','ON_HOLD','LOST'])[1 + g % 8],
            now() - (g || ' minutes')::interval
     FROM generate_series(1, $1) g
     JOIN e ON e.rn = g % $2
     JOIN p ON p.rn = g % (SELECT count(*) FROM places)
     CROSS JOIN (SELECT id FROM users WHERE username = 'officer') u`,
    [LEADS, enterprises],
  );
  // Every signed lead has its heavy-asset project: 签约 done, some registered, plans spread around today.
  await sql.query(
    `INSERT INTO projects (lead_id, enterprise_id, name, type, industry_code, segment_code, channel, owner_id, town_code, contract_investment, created_at)
     SELECT l.id, l.enterprise_id, l.project_name, 'HEAVY', l.industry_code, l.segment_code, l.channel, l.owner_id, l.town_code, l.planned_investment, l.created_at
     FROM leads l WHERE stage = 'SIGNED' AND NOT EXISTS (SELECT 1 FROM projects x WHERE x.lead_id = l.id)`,
  );
  await sql.query(
    `INSERT INTO project_milestones (project_id, code, position, planned_date, actual_date)
     SELECT p.id, t.code, t.position,
            CURRENT_DATE + ((t.position * 40) - (abs(hashtext(p.id::text)) % 200))::int,
            CASE WHEN t.position = 0 THEN CURRENT_DATE - 200
                 WHEN t.position = 1 AND abs(hashtext(p.id::text)) % 2 = 0 THEN CURRENT_DATE - 150 END
     FROM projects p CROSS JOIN milestone_templates t
     WHERE t.project_type = 'HEAVY' AND NOT EXISTS (SELECT 1 FROM project_milestones x WHERE x.project_id = p.id)`,
  );
  await sql.query('ANALYZE');
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    for (const cleanup of cleanups) await cleanup();
  });
