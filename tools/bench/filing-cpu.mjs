#!/usr/bin/env node
// The API's CPU per referral filing, for profiling rather than load: starts the built API (with
// the bench's heap cap), signs in as the demo partner once, files sequentially with the bench's
// mix (filing.mjs) and reads the API process's CPU time from /proc before and after. Sequential
// requests on a busy machine still give a fair CPU figure where rps and latency would not.
// Deletes what it filed afterwards.
//
//   DATABASE_URL=postgres://…/lianzhao_city node tools/bench/filing-cpu.mjs [filings]
//   FILING_CPU_PROFILE=1 also writes a V8 CPU profile of the API under /tmp/lianzhao-filing-cpu/.
import pg from 'pg';
import { filingPlan } from './filing.mjs';
import { loadWebOperations } from './operations.mjs';
import { cpuMs, graphqlClient, openDatabase, startApi, stopAll } from './services.mjs';

const FILINGS = Number(process.argv[2] ?? 1000);
const WARM_UP = 300;

async function main() {
  const database = await openDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const operation = loadWebOperations();
  let plan;
  try {
    const api = await startApi(database, {
      nodeFlags: process.env.FILING_CPU_PROFILE
        ? ['--cpu-prof', '--cpu-prof-dir=/tmp/lianzhao-filing-cpu']
        : [],
    });
    const client = graphqlClient(api.port, 1);
    // The web signs in by cookie and no longer asks for the token; an API client does.
    const login = await client.send('mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { username: 'partner', password: 'lianzhao-demo' },
    });
    const token = login.data.login.accessToken;
    const [partner] = (
      await pool.query('SELECT u.id, u.organization_id, u.display_name FROM users u WHERE u.username = $1', [
        'partner',
      ])
    ).rows;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    plan = await filingPlan({
      pool,
      users: {
        partner: {
          id: partner.id,
          organizationId: partner.organization_id,
          displayName: partner.display_name,
        },
      },
      today,
    });
    let statements;
    const file = async (n) => {
      const body = await client.send(operation('FileReferral'), { input: plan.input(n) }, token);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      plan.expect(n, body.data.fileReferral.status);
      statements = body.extensions?.statements;
    };
    for (let n = 0; n < WARM_UP; n++) await file(n);
    const cpuBefore = cpuMs(api.pid);
    const started = performance.now();
    for (let n = WARM_UP; n < WARM_UP + FILINGS; n++) await file(n);
    const wall = performance.now() - started;
    const cpu = cpuMs(api.pid) - cpuBefore;
    console.log(
      `${FILINGS} filings after ${WARM_UP} to warm up (${plan.mix}): API CPU ${(cpu / FILINGS).toFixed(2)} ms per filing, ` +
        `${(wall / FILINGS).toFixed(1)} ms wall per filing, ${statements ?? '?'} statements per filing`,
    );
    client.close();
  } finally {
    await stopAll();
    await plan?.cleanup();
    await pool.end();
  }
}

main().catch((error) => {
  console.error('✖', error instanceof Error ? error.message : error);
  process.exit(1);
});
