// The bench data generator behind `npm run bench:data` (tools/bench/data.mjs), usable on any `pg`
// client connected to a migrated database: PostgreSQL, or the embedded PGlite served on a port.
// A few dozen set-based statements write everything. With one connection they run in one
// transaction; given a way to open a second connection (PostgreSQL), the base records commit
// first and the follow-ups, referrals, audit trail and contacts load beside the histories, one transaction each,
// so both cores work; should that second phase fail, the tables are emptied again.
import { companies, contacts, followUps, histories, leads, people } from './data-pipeline.mjs';
import { audit, projects, referrals } from './data-landing.mjs';
import { funds, FUNDS_PER_SCALE, investments } from './data-funds.mjs';
import { expand, flatten } from './data-sql.mjs';
import { summary } from './data-summary.mjs';
import { SEGMENTS, FALLBACK_SEGMENT } from './data-vocab.mjs';

export { SEARCH_TERMS, summary } from './data-summary.mjs';

/** Scale 1: a district. Scale 10: a city. */
export const BASE = {
  enterprises: 20_000,
  leads: 50_000,
  followUps: 300_000,
  projects: 5_000,
  referrals: 3_000,
  officers: 30,
  leaders: 2,
  organizations: 100,
};

/** Shares of the referrals by how their story went (see referrals() in data-landing.mjs). */
const REFERRAL_MIX = { A: 0.37, P: 0.14, X: 0.11, J: 0.14, C: 0.14 };

/** Tables --reset keeps: reference data an administrator maintains, settings and the migrations. */
export const KEPT_TABLES = [
  'migrations',
  'typeorm_metadata',
  'industries',
  'segments',
  'places',
  'parks',
  'tags',
  'milestone_templates',
  'referral_settings',
];

export class RefusedError extends Error {}

/** Where the generated facts (bd_* tables) live while the generator runs; dropped at the end. */
const WORK_SCHEMA = 'bench_data_work';

/**
 * The tables of the second phase's two halves, one per connection, balanced by their time at S=10
 * (105–110 s each here): the base tables' indexes, follow-ups, referrals, the audit trail and
 * contacts; the stage histories.
 */
const ACTIVITY_TABLES = [
  'follow_ups',
  'referrals',
  'referral_history',
  'audit_entries',
  'enterprise_contacts',
];
const HISTORY_TABLES = [
  'lead_stage_changes',
  // Filled by the stage histories' triggers (PipelineFacts): their indexes too are built once, after.
  // Every table those triggers write must be here: the first connection builds the other tables'
  // indexes meanwhile (a share lock held to its commit), and a table on both sides deadlocks them.
  'lead_stage_reached',
  'lead_stage_dwell',
  'lead_reached_daily',
  'lead_dwell_monthly',
];

/** How many of each thing scale `s` makes. */
export function volumes(s) {
  const n = (base, min = 1) => Math.max(min, Math.round(base * s));
  const referrals = n(BASE.referrals, 0);
  const groups = Object.fromEntries(
    Object.entries(REFERRAL_MIX).map(([g, share]) => [g, Math.round(referrals * share)]),
  );
  groups.E = Math.max(0, referrals - Object.values(groups).reduce((a, b) => a + b, 0));
  return {
    E: n(BASE.enterprises),
    L: n(BASE.leads),
    R: referrals,
    NO: n(BASE.officers, 2),
    NL: n(BASE.leaders, 1),
    NORG: n(BASE.organizations, 2),
    NF: n(FUNDS_PER_SCALE, 0),
    groups,
  };
}

/** The reference data the generated rows point at, and the word tables per segment. */
export async function referenceData(client) {
  const segments = (await client.query('SELECT code, industry_code FROM segments ORDER BY sort_order, code'))
    .rows;
  const places = (await client.query('SELECT code FROM places ORDER BY sort_order, code')).rows.map(
    (r) => r.code,
  );
  const tags = (await client.query('SELECT code FROM tags')).rows.map((r) => r.code);
  const settings = (
    await client.query('SELECT protection_days, reward_milestone FROM referral_settings WHERE id = 1')
  ).rows[0];
  if (!segments.length) throw new Error('the segments reference table is empty: run the migrations first');
  const known = segments.map((s) => SEGMENTS[s.code] ?? FALLBACK_SEGMENT);
  const indexPairs = known.map(([weight], i) => [i + 1, weight]);
  const segTable = expand(indexPairs);
  return {
    segCodes: segments.map((s) => s.code),
    segIndustries: segments.map((s) => s.industry_code),
    /** A segment index (1-based), by weight. */
    segIndex: (expr, seed) =>
      `(ARRAY[${segTable.join(',')}]::int[])[1 + ((hashint8extended((${expr})::int8, ${seed}) & 2147483647) % ${segTable.length})::int]`,
    words: flatten(known.map(([, words]) => words)),
    products: flatten(known.map(([, , products]) => products)),
    towns: places.length ? places : [null],
    tags,
    pd: settings?.protection_days ?? 180,
    rewardMilestone: settings?.reward_milestone ?? 'REGISTERED',
  };
}

/** What already is in the database that the generator would write into. */
async function existing(client) {
  const { rows } = await client.query(
    'SELECT (SELECT count(*) FROM leads)::int AS leads, (SELECT count(*) FROM enterprises)::int AS enterprises, (SELECT count(*) FROM users)::int AS users',
  );
  return rows[0];
}

/** The tables the generator fills or that hang off them: every table but the reference data. */
async function dataTables(client) {
  const { rows } = await client.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY tablename",
    [KEPT_TABLES],
  );
  return rows.map((r) => r.tablename);
}

async function truncate(client, tables) {
  if (tables.length) await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`);
}

/**
 * The secondary indexes of the data tables (not unique, not behind a constraint), as their
 * definitions. Loading millions of rows into a table with a random-key B-tree or a trigram GIN
 * index costs several times what building the same index afterwards from sorted input does, so
 * they are dropped for the load and recreated, identical, before commit. Unique indexes stay:
 * they check the generated data as they would an officer's input, and foreign keys need them.
 */
async function secondaryIndexes(client, tables) {
  const { rows } = await client.query(
    `SELECT format('%I', ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname = ANY($1) AND NOT i.indisunique AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY t.relname, ic.relname`,
    [tables],
  );
  return rows;
}

/** One connection's share of the work, timed by statement group. */
function session(client, name, { log, cpu, steps }) {
  return {
    client,
    async run(label, statements) {
      const started = performance.now();
      const cpuBefore = cpu();
      let rows = 0;
      for (const statement of statements) {
        const { sql, params } = typeof statement === 'string' ? { sql: statement, params: [] } : statement;
        try {
          const result = await client.query(sql, params);
          if (/^\s*INSERT INTO (?!bd_)/i.test(sql)) rows += result.rowCount ?? 0;
        } catch (error) {
          error.message = `${label}: ${error.message}\n${sql.slice(0, 400)}`;
          throw error;
        }
      }
      const ms = performance.now() - started;
      const cpuSeconds = cpuBefore === null ? null : cpu() - cpuBefore;
      steps.push({ name: label, connection: name, rows, ms, cpuSeconds });
      const cpuNote = cpuSeconds === null ? '' : ` (database CPU ${cpuSeconds.toFixed(1)} s)`;
      log(
        `  ${name} ${label.padEnd(36)}${rows.toLocaleString('en').padStart(11)} rows ${(ms / 1000).toFixed(1).padStart(6)} s${cpuNote}`,
      );
    },
    /** Drops the secondary indexes of `tables`; returns them for rebuildIndexes. */
    async dropIndexes(tables) {
      const indexes = await secondaryIndexes(client, tables);
      for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
      return indexes;
    },
    /** Builds dropped indexes again; one that exists already is left as it is. */
    async rebuildIndexes(indexes) {
      await this.run(
        `${indexes.length} indexes rebuilt`,
        indexes.map((index) => index.definition.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS ')),
      );
    },
    /** Runs `load` with the secondary indexes of `tables` dropped, then builds them again. */
    async withoutIndexes(tables, load) {
      const indexes = await this.dropIndexes(tables);
      await load();
      await this.rebuildIndexes(indexes);
    },
    async transaction(work) {
      await client.query('BEGIN');
      try {
        await work();
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
  };
}

async function configure(client, embedded) {
  await client.query(`SET search_path = ${WORK_SCHEMA}, public`);
  await client.query(`SET work_mem = '${embedded ? 128 : 256}MB'`);
  await client.query(`SET maintenance_work_mem = '${embedded ? 256 : 512}MB'`);
}

async function unconfigure(client) {
  await client.query('RESET search_path; RESET work_mem; RESET maintenance_work_mem');
}

/**
 * Fills the database at scale `scale`. Refuses a database that already has leads, enterprises
 * or users unless `reset` (then empties every table but the reference data and migrations).
 * `passwordHash` is stored for every account (the demo password, hashed once by the caller).
 * `connect` opens another connection to the same database: given, the second phase runs on two
 * connections. `cpuMeter(pid)` reads a backend's CPU seconds, for the report.
 */
export async function generate(
  client,
  { scale, reset = false, passwordHash, log = () => undefined, cpuMeter = () => () => null, connect },
) {
  const before = await existing(client);
  if (!reset && (before.leads || before.enterprises || before.users)) {
    throw new RefusedError(
      `The database already holds data (${before.leads} leads, ${before.enterprises} enterprises, ${before.users} users). ` +
        'Pass --reset to empty it first (reference data and migrations are kept), or point DATABASE_URL / LIANZHAO_DATA_DIR elsewhere.',
    );
  }
  const v = volumes(scale);
  const steps = [];
  const started = performance.now();
  const pidOf = async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const main = session(client, 'A', { log, steps, cpu: cpuMeter(await pidOf(client)) });
  const second = connect ? await connect() : null;
  const other = second ? session(second, 'B', { log, steps, cpu: cpuMeter(await pidOf(second)) }) : main;
  const tables = await dataTables(client);
  const baseTables = tables.filter((t) => !ACTIVITY_TABLES.includes(t) && !HISTORY_TABLES.includes(t));
  let emptied = [];
  let baseIndexes = [];
  let committed = false;
  try {
    for (const c of new Set([client, second].filter(Boolean))) await configure(c, !second);
    const c = { ...v };
    // The audit trail has an entry per referral, so it follows the referrals on the same connection.
    const loadActivity = () =>
      main.withoutIndexes(ACTIVITY_TABLES, async () => {
        await main.run('follow-ups', followUps());
        await main.run('referrals and their history', referrals(c));
        await main.run('audit entries', audit(c));
        await main.run('enterprise contacts', contacts(c));
      });
    const loadHistories = () =>
      other.withoutIndexes(HISTORY_TABLES, () => other.run('lead stage histories', histories()));
    await main.transaction(async () => {
      await client.query(`DROP SCHEMA IF EXISTS ${WORK_SCHEMA} CASCADE; CREATE SCHEMA ${WORK_SCHEMA}`);
      if (reset) {
        await truncate(client, tables);
        emptied = tables;
        log(`  reset: emptied ${tables.length} tables (${tables.join(', ')})`);
      }
      Object.assign(c, await referenceData(client));
      c.referralCompanies = c.groups.P + c.groups.X + c.groups.J;
      baseIndexes = await main.dropIndexes(baseTables);
      const withHash = (sql) => (sql.includes('$1') ? { sql, params: [passwordHash] } : sql);
      await main.run('organisations and users', people(c).map(withHash));
      await main.run('funds', funds(c));
      await main.run('company names', companies(c));
      await main.run('enterprises and leads', leads(c));
      await main.run('projects and milestones', projects(c));
      await main.run('investments', investments());
      if (!second) {
        await main.rebuildIndexes(baseIndexes);
        await loadActivity();
        await loadHistories();
      }
    });
    committed = true;
    if (second) {
      // The base tables' indexes are built on the first connection while the second already
      // writes the stage histories (which read leads by key only): the two halves then take about
      // as long, where building them first left one core idle for half a minute at S=10.
      const results = await Promise.allSettled([
        main.transaction(() => main.rebuildIndexes(baseIndexes)).then(() => main.transaction(loadActivity)),
        other.transaction(loadHistories),
      ]);
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) {
        await truncate(client, tables).catch(() => undefined);
        await main.rebuildIndexes(baseIndexes).catch(() => undefined);
        throw Object.assign(failed.reason, {
          message: `${failed.reason.message}\n(the tables were emptied again)`,
        });
      }
    }
    await analyze(main, second ? other : null, tables);
  } finally {
    if (committed) await client.query(`DROP SCHEMA IF EXISTS ${WORK_SCHEMA} CASCADE`).catch(() => undefined);
    for (const c of [client, second].filter(Boolean)) await unconfigure(c).catch(() => undefined);
    await second?.end();
  }
  const totalMs = performance.now() - started;
  return { scale, volumes: v, emptied, steps, totalMs, ...(await summary(client)) };
}

/**
 * Fresh planner statistics and visibility maps for every table, the data tables split over the
 * connections there are. The vacuum is what autovacuum would soon do to freshly loaded tables; it
 * never will on a copy made from this database as a template (a new database starts with no
 * counts to trigger it), and without it no index-only scan skips the heap, for the API or the floor.
 */
async function analyze(main, other, tables) {
  if (!other) return main.run('vacuum and analyze', ['VACUUM (ANALYZE)']);
  const half = (i) => tables.filter((_, j) => j % 2 === i).map((t) => `VACUUM (ANALYZE) "${t}"`);
  await Promise.all([main.run('vacuum and analyze', half(0)), other.run('vacuum and analyze', half(1))]);
  const { rows } = await main.client.query(
    "SELECT format('%I', tablename) AS t FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1)",
    [KEPT_TABLES],
  );
  await main.run(
    'analyze reference data',
    rows.map((r) => `ANALYZE ${r.t}`),
  );
}
