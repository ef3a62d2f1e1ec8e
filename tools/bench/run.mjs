#!/usr/bin/env node
// `npm run bench`: measures the API on a database filled by `npm run bench:data -- --scale S`,
// scenario by scenario, against the floor (the best hand-written SQL for the same result, through
// `pg`, in the same run), and prints rps, p50/p95/p99, statements per request and the API's
// memory; the same figures go to bench/results/ as JSON. Asserts nothing about speed; fails when
// a request fails or a filing gets the wrong status, and warns when the floor's sample answer
// differs from the API's.
//
//   DATABASE_URL=postgres://…/lianzhao npm run bench   that database, as it is
//   npm run bench                                      the embedded one in LIANZHAO_DATA_DIR (.data)
//
// Settings (environment): BENCH_DURATION (s, default 8) and BENCH_WARMUP (s, 2) per side,
// BENCH_CONCURRENCY (10; a scenario may set its own, as the one-leader cockpit does: 1), BENCH_PAGE_SIZE (50), BENCH_SEARCH2 (氢能), BENCH_SEARCH4 (氢能科技),
// BENCH_INDUSTRY / BENCH_STAGE (default: the industry with most leads, its commonest stage),
// BENCH_ONLY=board,filing (a subset), BENCH_STATEMENT_COUNTS=0 (the API without them), BENCH_OFFICER / BENCH_PARTNER / BENCH_PASSWORD (the demo
// accounts officer / partner, password lianzhao-demo), BENCH_SKIP_BUILD=1, BENCH_ACCEPT_ENCODING (sent as the
// requests' Accept-Encoding, e.g. 'gzip, deflate, br, zstd' as Chromium sends it: the API then compresses,
// which cost about 1 ms of its CPU on a board page and 1.7 ms on a projects page here; unset, answers are plain).
import pg from 'pg';
import { measure } from './load.mjs';
import { loadWebOperations } from './operations.mjs';
import { printTable, ratios, writeJson } from './report.mjs';
import { buildScenarios, pickParameters } from './scenarios.mjs';
import {
  buildApi,
  gitCommit,
  graphqlClient,
  memoryOf,
  openDatabase,
  resetPeakMemory,
  startApi,
  stopAll,
} from './services.mjs';

// Dates and timestamps stay as PostgreSQL prints them: the floor compares them, it does not compute.
pg.types.setTypeParser(1082, (v) => v);

const env = process.env;
const settings = {
  durationMs: Number(env.BENCH_DURATION ?? 8) * 1000,
  warmupMs: Number(env.BENCH_WARMUP ?? 2) * 1000,
  concurrency: Number(env.BENCH_CONCURRENCY ?? 10),
  pageSize: Number(env.BENCH_PAGE_SIZE ?? 50),
  search2: env.BENCH_SEARCH2 ?? '氢能',
  search4: env.BENCH_SEARCH4 ?? '氢能科技',
  industry: env.BENCH_INDUSTRY || undefined,
  stage: env.BENCH_STAGE || undefined,
  only: env.BENCH_ONLY ? env.BENCH_ONLY.split(',') : null,
  // Off only to check what counting costs the API (it should cost nothing measurable).
  statementCounts: env.BENCH_STATEMENT_COUNTS !== '0',
};
const accounts = {
  officer: env.BENCH_OFFICER ?? 'officer',
  partner: env.BENCH_PARTNER ?? 'partner',
  password: env.BENCH_PASSWORD ?? 'lianzhao-demo',
};

/** memoryOf, or null when the API has exited (it ran out of memory, say). */
function memoryIfAlive(pid) {
  try {
    return memoryOf(pid);
  } catch {
    return null;
  }
}

// The bench signs in as an API client does, taking the bearer token from the answer (the web's own
// Login selects no token: its session is the HttpOnly cookie).
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';

async function login(client, operation, username) {
  const body = await client.send(operation, { input: { username, password: accounts.password } });
  const token = body.data?.login?.accessToken;
  if (!token) {
    throw new Error(
      `cannot sign in as ${username} (${JSON.stringify(body.errors)}): the bench uses the demo accounts, ` +
        'which `npm run bench:data` creates; or set BENCH_OFFICER / BENCH_PARTNER / BENCH_PASSWORD',
    );
  }
  return token;
}

async function describeDatabase(pool, database) {
  const count = async (table) => Number((await pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  const version = (await pool.query('SHOW server_version')).rows[0].server_version;
  const scale = {};
  for (const table of ['leads', 'projects', 'enterprises', 'follow_ups', 'referrals'])
    scale[table] = await count(table);
  return {
    database: {
      id: database.embedded ? 'embedded' : 'postgres',
      kind: database.embedded ? `embedded PGlite (PostgreSQL ${version})` : `PostgreSQL ${version}`,
      poolSize: database.poolSize,
    },
    scale,
  };
}

/** What the compared sample held, so a reader sees it was not empty. */
function describeSample(answer) {
  if (Array.isArray(answer)) return answer.map((a) => a.expected ?? a).join(', ');
  const parts = [];
  if (answer.ids) parts.push(`${answer.ids.length} rows`);
  if (answer.totalCount !== undefined) parts.push(`totalCount ${answer.totalCount}`);
  if (answer.followUps)
    parts.push(
      `${answer.followUps.length} follow-ups, ${answer.stageChanges.length} stage changes, ${answer.auditTrail.length} audit entries`,
    );
  if (answer.open && answer.landed)
    parts.push(
      `${answer.open.reduce((a, b) => a + b, 0)} open leads, ${answer.signed[0]} signed and ${answer.landed[0]} landed projects, ${answer.referrals[0]} referrals filed, ${answer.health[0]} overdue`,
    );
  return parts.join(', ');
}

/** Both sides' reduced answers to one request, and what differs between them. */
function differences(api, floor) {
  const a = JSON.stringify(api);
  const f = JSON.stringify(floor);
  if (a === f) return [];
  return [
    `the floor's sample answer differs from the API's:\n    API:   ${a.slice(0, 600)}\n    floor: ${f.slice(0, 600)}`,
  ];
}

async function runScenario(scenario, { client, pool, tokens, operation, next }) {
  const query = operation(scenario.api.operation);
  const callApi = async (n) => {
    const body = await client.send(query, scenario.api.variables(n), tokens[scenario.api.token]);
    if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 800)}`);
    scenario.api.check?.(body.data, n);
    return body;
  };
  // The floor's statements are counted as it sends them, one query call each.
  const callFloor = async (n) => {
    let statements = 0;
    const db = { query: (...args) => (statements++, pool.query(...args)) };
    const result = await scenario.floor(n, db);
    return { result, statements };
  };
  let sample;
  if (scenario.sample) {
    sample = await scenario.sample({ callApi: async (n) => (await callApi(n)).data, next });
  } else {
    const n = next();
    sample = { api: scenario.api.result((await callApi(n)).data), floor: (await callFloor(n)).result };
  }
  const warnings = differences(sample.api, sample.floor);
  const concurrency = scenario.concurrency ?? settings.concurrency;
  const load = {
    concurrency,
    warmupMs: settings.warmupMs,
    durationMs: settings.durationMs,
    next,
  };
  const api = await measure({
    ...load,
    call: async (n) => ({ statements: (await callApi(n)).extensions?.statements }),
  });
  await scenario.reset?.();
  const floor = await measure({ ...load, call: callFloor });
  await scenario.reset?.();
  const failed = api.errors > 0 || floor.errors > 0;
  if (failed) {
    console.error(`\n✖ ${scenario.label}: ${api.errors} API errors, ${floor.errors} floor errors`);
    console.error(`  first: ${api.firstError ?? floor.firstError}`);
  }
  if (!api.statements && settings.statementCounts) warnings.push('the API reported no statement counts');
  return {
    key: scenario.key,
    label: scenario.label,
    notes: scenario.notes,
    concurrency,
    failed,
    sample: describeSample(sample.api),
    api,
    floor,
    ratio: ratios(api, floor),
    warnings,
  };
}

/** A scenario that could not be run at all (its sample request failed): loud, and the run goes on. */
function failedScenario(scenario, error) {
  console.error(`\n✖ ${scenario.label}: ${error.message}`);
  const none = { requests: 0, rps: 0, p50: null, p95: null, p99: null, errors: 1, firstError: error.message };
  return {
    key: scenario.key,
    label: scenario.label,
    notes: scenario.notes,
    failed: true,
    sample: '—',
    api: none,
    floor: none,
    ratio: { p50: null, rps: null },
    warnings: [],
  };
}

async function main() {
  const startedAt = new Date().toISOString();
  buildApi();
  const database = await openDatabase();
  // The floor's sessions are set as the API's are (JIT off on a server), so both sides compare SQL, not settings.
  const pool = new pg.Pool({
    connectionString: database.url,
    max: database.poolSize,
    ...(database.embedded ? {} : { options: '-c jit=off' }),
  });
  let client;
  const cleanups = [];
  try {
    const described = await describeDatabase(pool, database);
    console.log(
      `bench on ${described.database.kind}: ${described.scale.leads.toLocaleString('en')} leads; starting the API…`,
    );
    const api = await startApi(database, { statementCounts: settings.statementCounts });
    client = graphqlClient(api.port, settings.concurrency);
    const operation = loadWebOperations();
    const tokens = {
      officer: await login(client, LOGIN, accounts.officer),
      partner: await login(client, LOGIN, accounts.partner),
    };
    const [partner] = (
      await pool.query('SELECT id, organization_id, display_name FROM users WHERE username = $1', [
        accounts.partner,
      ])
    ).rows;
    const users = {
      partner: { id: partner.id, organizationId: partner.organization_id, displayName: partner.display_name },
    };
    const params = await pickParameters(pool, settings);
    const scenarios = (await buildScenarios({ pool, settings, params, users })).filter(
      (s) => !settings.only || settings.only.includes(s.key),
    );
    for (const s of scenarios) if (s.reset) cleanups.push(s.reset);

    const startup = memoryOf(api.pid);
    const peakReset = resetPeakMemory(api.pid);
    let counter = 0;
    const next = () => counter++;
    const results = [];
    for (const scenario of scenarios) {
      process.stdout.write(`  ${scenario.label}… `);
      // Each scenario's own peak: the high-water mark goes back to the resident size before it.
      const measured = peakReset && resetPeakMemory(api.pid);
      const result = await runScenario(scenario, { client, pool, tokens, operation, next }).catch((error) =>
        failedScenario(scenario, error),
      );
      const after = measured ? memoryIfAlive(api.pid) : null;
      result.memory = after ? { peakMiB: after.peakMiB } : null;
      console.log(
        `API ${result.api.rps} rps, floor ${result.floor.rps} rps` +
          (after ? `, API peak ${after.peakMiB} MiB` : measured ? ', the API is gone' : ''),
      );
      results.push(result);
    }
    const end = memoryIfAlive(api.pid);
    const scenarioPeaks = results.flatMap((r) => (r.memory ? [r.memory.peakMiB] : []));
    const run = {
      startedAt,
      commit: gitCommit(),
      ...described,
      settings: { ...settings, only: settings.only ?? undefined },
      parameters: { industry: params.industry, stage: params.stage, leadIds: params.leadIds.length },
      scenarios: results,
      memory: {
        peakMiB: peakReset ? Math.max(0, ...scenarioPeaks) : (end?.peakMiB ?? null),
        rssMiB: end?.rssMiB ?? null,
        startupPeakMiB: startup.peakMiB,
        peakIsUnderLoad: peakReset,
      },
    };
    printTable(run);
    console.log(`\nwritten to ${writeJson(run)}`);
    if (results.some((r) => r.failed)) process.exitCode = 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e) => console.error('cleanup failed:', e.message));
    client?.close();
    await pool.end();
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopAll);
