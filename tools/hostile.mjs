#!/usr/bin/env node
// Issue 14's hostile requests against a freshly started API (dist/apps/api/main.js, built by
// `npx nx build api`): prints how fast each kind is refused, whether an ordinary request is served
// meanwhile, and the API's resident memory before and after 1,000 hostile requests.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node tools/hostile.mjs [count]
// A database named lianzhao_hostile_<random> is created on that server and dropped afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { API_NODE_FLAGS } from './bench/services.mjs';

const count = Number(process.argv[2] ?? 1000);
const server = process.env.DATABASE_URL;
if (!server) {
  console.error('✖ Set DATABASE_URL to a PostgreSQL server (a scratch database is made there).');
  process.exit(1);
}
const name = `lianzhao_hostile_${randomBytes(4).toString('hex')}`;
const admin = async (sql) => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql);
  await client.end();
};
await admin(`CREATE DATABASE ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const port = 3900 + Math.floor(Math.random() * 90);
// With the heap cap it is deployed with (npm start, the API image, the bench).
const api = spawn('node', [...API_NODE_FLAGS, 'dist/apps/api/main.js'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), DEMO_DATA: 'true', DEMO_HISTORY: 'false', JWT_SECRET: randomBytes(32).toString('hex') },
});
const base = `http://127.0.0.1:${port}`;
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))[1]) / 1024;

try {
  for (let i = 0; ; i++) {
    if (i > 600) throw new Error('the API did not start');
    const up = await fetch(`${base}/health`).then((r) => r.ok).catch(() => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const gql = async (body, token) => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const json = await response.json();
    return { ms: performance.now() - started, status: response.status, json };
  };
  const login = await gql({ query: 'mutation { login(input: { username: "officer", password: "lianzhao-demo" }) { accessToken } }' });
  const token = login.json.data.login.accessToken;
  const aliases = (n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  const fields = 'id projectName industryCode segmentCode townCode notes plannedInvestment landNeed spaceNeed createdAt updatedAt version expectedOutput expectedSigningOn enterpriseId fundId ownerId sourceOrganizationId stageChangedAt';
  const hostile = {
    'aliases ×10,000': JSON.stringify({ query: aliases(10_000) }),
    'deep nesting ×20': JSON.stringify({ query: `{ leads(first: 1) { edges { node { ${'enterprise { leads { '.repeat(8)}id${' } }'.repeat(8)} } } } }` }),
    'cost 30 × leads(first: 100)': JSON.stringify({ query: `{ ${Array.from({ length: 30 }, (_, i) => `l${i}: leads(first: 100) { edges { node { ${fields} } } }`).join(' ')} }` }),
    'body 2 MB': JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
  };
  for (let i = 0; i < 20; i++) await gql({ query: '{ me { username } }' }, token);
  const before = rssMb();
  console.log(`API RSS before: ${before.toFixed(0)} MB`);
  for (const [label, body] of Object.entries(hostile)) {
    const times = [];
    let code;
    for (let i = 0; i < 20; i++) {
      const r = await gql(body, token);
      times.push(r.ms);
      code = `${r.status} ${r.json.errors?.[0]?.extensions?.code}${r.json.errors?.[0]?.extensions?.limit ? `/${r.json.errors[0].extensions.limit}` : ''}`;
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(28)} refused ${code}: median ${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms`);
  }
  const bodies = Object.values(hostile);
  const ordinary = [];
  const checkpoints = [];
  const started = performance.now();
  for (let i = 0; i < count; i += 10) {
    const [served] = await Promise.all([
      gql({ query: '{ me { username } }' }, token),
      ...Array.from({ length: 10 }, (_, j) => gql(bodies[(i + j) % bodies.length], token)),
    ]);
    if (served.json.data?.me?.username !== 'officer') throw new Error('an ordinary request was not served');
    ordinary.push(served.ms);
    // Resident memory at each quarter: flat means it levels off, not that the first GC cycle is free.
    if ((i + 10) % Math.max(10, Math.round(count / 40) * 10) === 0) checkpoints.push(`${i + 10}: ${rssMb().toFixed(0)}`);
  }
  ordinary.sort((a, b) => a - b);
  const after = rssMb();
  console.log(`${count} hostile requests (10 at a time, mixed kinds) in ${((performance.now() - started) / 1000).toFixed(1)} s;` +
    ` ordinary requests served meanwhile: median ${ordinary[Math.floor(ordinary.length / 2)].toFixed(1)} ms, max ${ordinary.at(-1).toFixed(1)} ms`);
  console.log(`API RSS (MB) after n hostile requests: ${checkpoints.join(', ')}`);
  console.log(`API RSS after: ${after.toFixed(0)} MB (${after - before >= 0 ? '+' : ''}${(after - before).toFixed(0)} MB)`);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
