#!/usr/bin/env node
// Times the Excel import of 10,000 leads end to end: builds a workbook shaped like an officer's
// ledger (title row, blank and 合计 rows, Excel and text dates, amounts with separators), starts
// the built API on a fresh database with the demo accounts, signs in as the demo officer and
// calls importLeads over HTTP: once as a dry run, once for real, once more to show that a second
// import of the same file creates nothing; then exports the whole list.
//
//   npm run bench runs it after run.mjs (which builds the API); alone:
//   npx nx build api && node tools/bench/import-leads.mjs [rows]      embedded database (PGlite)
//   DATABASE_URL=postgres://…/postgres node tools/bench/import-leads.mjs  a fresh database on that server
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { API_HEAP_MB, API_NODE_FLAGS, memoryOf, resetPeakMemory } from './services.mjs';

const ROWS = Number(process.argv[2] ?? 10_000);
const MAIN = 'dist/apps/api/main.js';

// GB 32100-2015 check character (libs/domain/src/credit-code.ts), repeated here because this
// script runs on plain Node without the TypeScript sources.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function creditCode(n) {
  const body = `91310120MA${n
    .toString(31)
    .toUpperCase()
    .padStart(7, '0')
    .replace(/[0-9A-U]/g, (c) => CHARSET[parseInt(c, 31)])}`;
  let sum = 0;
  let weight = 1;
  for (const ch of body) {
    sum += CHARSET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return body + CHARSET[(31 - (sum % 31)) % 31];
}

const SEGMENTS = [
  '新型储能',
  '氢能关键材料及装备',
  '智能网联汽车',
  '生物制品',
  '高分子材料',
  '人形机器人',
  'IVD',
  '电子化学品',
];
const TOWNS = [
  '南桥镇',
  '奉城镇',
  '庄行',
  '金汇镇',
  '四团镇',
  '青村镇',
  '柘林镇',
  '海湾镇',
  '金海街道',
  null,
];
const CHANNELS = [
  ['自主招商', null],
  ['链式招商', '上海奉贤新能源汽车链主企业（示例）'],
  ['专业招商', '沪南专业招商服务平台（示例）'],
  ['活动/展会', null],
  ['回归注册地经营', null],
];

async function buildWorkbook(rows) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2025年招商线索台账');
  sheet.addRow(['奉贤区 2025 年招商线索台账（压测数据）']);
  sheet.mergeCells('A1:T1');
  sheet.addRow([
    '企业名称*',
    '统一社会信用代码',
    '法定代表人',
    '注册资本（万元）',
    '成立日期',
    '总部所在地',
    '地址',
    '网站',
    '项目名称*',
    '细分赛道*',
    '招商渠道*',
    '来源机构',
    '意向镇街',
    '计划投资（万元）',
    '预计年产值（万元）',
    '用地需求（亩）',
    '空间需求（平方米）',
    '预计签约日期',
    '等级',
    '备注',
  ]);
  for (let i = 0; i < rows; i++) {
    // About one company in five has two projects, as in real ledgers.
    const company = i - (i % 5 === 4 ? 1 : 0);
    const [channel, source] = CHANNELS[i % CHANNELS.length];
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    const date = [
      new Date(Date.UTC(2026, month - 1, day)),
      `2026.${month}.${day}`,
      `2026年${month}月${day}日`,
    ][i % 3];
    const investment = 1000 + ((i * 7919) % 500_000) / 10;
    // Every third company fills the enterprise columns, the same way on each of its rows.
    const detailed = company % 3 === 0;
    const founded = 2000 + (company % 25);
    sheet.addRow([
      `上海压测企业${company}号科技有限公司`,
      company % 2 === 0 ? creditCode(company) : null,
      detailed ? `法人${company}` : null,
      detailed ? (company % 2 === 0 ? 5000 + (company % 97) : '12,500.5') : null,
      detailed ? (company % 2 === 0 ? new Date(Date.UTC(founded, 0, 15)) : `${founded}年1月15日`) : null,
      detailed ? ['上海', '苏州', '杭州'][(company / 3) % 3] : null,
      detailed ? `上海市奉贤区压测路 ${company} 号` : null,
      detailed && company % 2 === 0 ? `https://c${company}.example.com` : null,
      `压测项目${i}`,
      SEGMENTS[i % SEGMENTS.length],
      channel,
      source,
      TOWNS[i % TOWNS.length],
      i % 2 === 0 ? investment : investment.toLocaleString('en-US'),
      i % 3 === 0 ? '12,000' : null,
      i % 4 === 0 ? 25.5 : null,
      i % 4 === 1 ? '3,200' : null,
      date,
      ['A', 'B', 'C', null][i % 4],
      i % 10 === 0 ? '重点跟进' : null,
    ]);
    if (i % 1000 === 999) sheet.addRow([]);
  }
  sheet.addRow(['合计', ...Array(12).fill(null), { formula: `SUM(N3:N${rows + 12})` }]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh database on DATABASE_URL's server (dropped afterwards), or none for the embedded one. */
async function freshDatabase() {
  const server = process.env.DATABASE_URL;
  if (!server) return { url: undefined, drop: async () => undefined };
  const name = `lianzhao_bench_import_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function waitForHealth(url, child, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`API not healthy after ${seconds} s`);
}

async function gql(baseUrl, query, variables, token) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const IMPORT = `mutation ($input: ImportLeadsInput!) { importLeads(input: $input) {
  ok errorCount errors { text } rowCount enterprisesCreated leadsCreated leadsSkipped } }`;

/** The API's process, whose peak resident memory each step reports (Linux; else left out). */
let apiPid;

async function timed(label, work) {
  const measured = apiPid !== undefined && resetPeakMemory(apiPid);
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  const memory = measured ? `   peak ${memoryOf(apiPid).peakMiB} MiB` : '';
  console.log(`${label.padEnd(28)} ${seconds.toFixed(2).padStart(7)} s${memory}   ${JSON.stringify(result)}`);
  return result;
}

async function main() {
  const started = performance.now();
  const file = await buildWorkbook(ROWS);
  const fileBase64 = file.toString('base64');
  console.log(
    `workbook: ${ROWS} data rows, ${(file.length / 1024 / 1024).toFixed(2)} MB .xlsx (${((performance.now() - started) / 1000).toFixed(1)} s to generate)`,
  );

  const dataDir = mkdtempSync(path.join(tmpdir(), 'lianzhao-bench-'));
  const port = await freePort();
  const db = await freshDatabase();
  const api = spawn(process.execPath, [...API_NODE_FLAGS, MAIN], {
    env: {
      ...process.env,
      ...(db.url ? { DATABASE_URL: db.url } : {}),
      LIANZHAO_DATA_DIR: dataDir,
      PORT: String(port),
      DEMO_DATA: 'true',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  apiPid = api.pid;
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/health`, api, 120);
    const { login } = await gql(
      baseUrl,
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      {
        input: { username: 'officer', password: 'lianzhao-demo' },
      },
    );
    const token = login.accessToken;
    console.log(
      `database: ${db.url ? 'a fresh PostgreSQL database on DATABASE_URL' : 'embedded PostgreSQL (PGlite)'}; API heap cap ${API_HEAP_MB} MB`,
    );
    const run = (dryRun) =>
      gql(baseUrl, IMPORT, { input: { fileBase64, dryRun } }, token).then((d) => d.importLeads);
    const dry = await timed('importLeads (dry run)', () => run(true));
    if (!dry.ok)
      throw new Error(
        `the generated file was refused: ${dry.errors
          .slice(0, 5)
          .map((e) => e.text)
          .join('; ')}`,
      );
    const real = await timed('importLeads (import)', () => run(false));
    await timed('importLeads (same file again)', () => run(false));
    const { leads } = await gql(baseUrl, '{ leads { totalCount } }', {}, token);
    console.log(`leads in the database: ${leads.totalCount} (imported ${real.leadsCreated})`);
    await timed('exportLeads (all)', async () => {
      const { exportLeads } = await gql(baseUrl, '{ exportLeads { filename contentBase64 } }', {}, token);
      return {
        filename: exportLeads.filename,
        megabytes: Number((Buffer.from(exportLeads.contentBase64, 'base64').length / 1024 / 1024).toFixed(2)),
      };
    });
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => (api.exitCode !== null ? resolve() : api.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
    await db.drop();
  }
}

main().catch((error) => {
  console.error('✖', error instanceof Error ? error.message : error);
  process.exit(1);
});
