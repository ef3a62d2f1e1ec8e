#!/usr/bin/env node
// The API's CPU per request of one read scenario (board, search2, search4, lead, projects,
// overdue), or of `me` (the smallest signed-in query: the fixed cost every request pays), for
// profiling rather than load: starts the built API, signs in as the demo officer,
// sends the scenario's request sequentially and reads the API process's CPU time from /proc
// before and after. LIST_CPU_PROFILE=1 also writes a V8 CPU profile under /tmp/lianzhao-list-cpu/.
//
//   DATABASE_URL=postgres://…/lianzhao_city node tools/bench/list-cpu.mjs board [requests]
import pg from 'pg';
import { loadWebOperations } from './operations.mjs';
import { buildScenarios, pickParameters } from './scenarios.mjs';
import { cpuMs, graphqlClient, openDatabase, startApi, stopAll } from './services.mjs';

const KEY = process.argv[2] ?? 'board';
const REQUESTS = Number(process.argv[3] ?? 500);
const WARM_UP = 200;

async function main() {
  const database = await openDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const operation = loadWebOperations();
  try {
    const settings = { pageSize: 50, search2: '氢能', search4: '氢能科技' };
    const params = await pickParameters(pool, settings);
    const [partner] = (
      await pool.query('SELECT id, organization_id AS "organizationId", display_name AS "displayName" FROM users WHERE username = $1', [
        'partner',
      ])
    ).rows;
    const scenarios = await buildScenarios({ pool, settings, params, users: { partner } });
    const scenario =
      KEY === 'me'
        ? { api: { operation: 'me', variables: () => ({}) } }
        : scenarios?.find((s) => s.key === KEY);
    if (!scenario) throw new Error(`no read scenario ${KEY}`);
    const api = await startApi(database, {
      statementCounts: process.env.BENCH_STATEMENT_COUNTS !== '0',
      nodeFlags: process.env.LIST_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/lianzhao-list-cpu'] : [],
    });
    const client = graphqlClient(api.port, 1);
    const login = await client.send('mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { username: 'officer', password: 'lianzhao-demo' },
    });
    const token = login.data.login.accessToken;
    let statements;
    const send = async (n) => {
      const query = KEY === 'me' ? '{ me { id } }' : operation(scenario.api.operation);
      const body = await client.send(query, scenario.api.variables(n), token);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      statements = body.extensions?.statements;
    };
    for (let n = 0; n < WARM_UP; n++) await send(n);
    const cpuBefore = cpuMs(api.pid);
    const started = performance.now();
    for (let n = 0; n < REQUESTS; n++) await send(n);
    const wall = performance.now() - started;
    const cpu = cpuMs(api.pid) - cpuBefore;
    console.log(
      `${KEY}: ${REQUESTS} requests after ${WARM_UP} to warm up: API CPU ${(cpu / REQUESTS).toFixed(2)} ms per request, ` +
        `${(wall / REQUESTS).toFixed(1)} ms wall, ${statements ?? '?'} statements`,
    );
    client.close();
  } finally {
    await stopAll();
    await pool.end();
  }
}

main().catch((error) => {
  console.error('✖', error instanceof Error ? error.message : error);
  process.exit(1);
});
