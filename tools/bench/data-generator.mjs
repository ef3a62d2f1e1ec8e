// The bench data generator behind `npm run bench:data` (tools/bench/data.mjs), usable on any `pg`
// client connected to a migrated database: PostgreSQL, or the embedded PGlite served on a port.
// It writes everything in one transaction (nothing half-written), in a few dozen set-based
// statements, and reports what it made.
import { companies, followUps, histories, leads, people } from './data-pipeline.mjs';
import { audit, projects, referrals } from './data-landing.mjs';
import { expand } from './data-sql.mjs';
import { SEGMENTS, FALLBACK_SEGMENT } from './data-vocab.mjs';
import { flatten } from './data-sql.mjs';

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
  'tags',
  'milestone_templates',
  'referral_settings',
];

/** Terms whose share of matching leads the bench needs to know (2 and 4 characters, and a common one). */
export const SEARCH_TERMS = ['氢能', '储能', '芯片', '氢能科技', '储能系统', '科技'];

export class RefusedError extends Error {}

/** BENCH_DATA_EXPLAIN=1 prints each big statement's plan with timings (it still runs it). */
const EXPLAIN = process.env.BENCH_DATA_EXPLAIN === '1';

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

/**
 * Fills the database at scale `scale`. Refuses a database that already has leads, enterprises
 * or users unless `reset` (then empties every table but the reference data and migrations).
 * `passwordHash` is stored for every account (the demo password, hashed once by the caller).
 */
export async function generate(
  client,
  { scale, reset = false, passwordHash, log = () => undefined, cpu = () => null },
) {
  const v = volumes(scale);
  const steps = [];
  const step = async (name, statements) => {
    const started = performance.now();
    const cpuBefore = cpu();
    let rows = 0;
    for (const statement of statements) {
      const { sql, params } = typeof statement === 'string' ? { sql: statement, params: [] } : statement;
      try {
        if (EXPLAIN && /^\s*(INSERT|CREATE TEMP TABLE \w+ ON COMMIT DROP AS)/i.test(sql)) {
          const plan = await client.query(
            `EXPLAIN (ANALYZE, COSTS OFF) ${sql.replace(/^\s*CREATE TEMP TABLE (\w+) ON COMMIT DROP AS/i, 'CREATE TEMP TABLE $1 ON COMMIT DROP AS')}`,
            params,
          );
          log(plan.rows.map((r) => `      ${r['QUERY PLAN']}`).join('\n'));
          continue;
        }
        const result = await client.query(sql, params);
        if (/^\s*INSERT INTO (?!bd_)/i.test(sql)) rows += result.rowCount ?? 0;
      } catch (error) {
        error.message = `${name}: ${error.message}\n${sql.slice(0, 400)}`;
        throw error;
      }
    }
    const ms = performance.now() - started;
    const cpuSeconds = cpuBefore === null ? null : cpu() - cpuBefore;
    steps.push({ name, rows, ms, cpuSeconds });
    const cpuNote = cpuSeconds === null ? '' : ` (database CPU ${cpuSeconds.toFixed(1)} s)`;
    log(
      `  ${name.padEnd(34)}${String(rows.toLocaleString('en')).padStart(12)} rows ${(ms / 1000).toFixed(1).padStart(7)} s${cpuNote}`,
    );
  };

  const before = await existing(client);
  if (!reset && (before.leads || before.enterprises || before.users)) {
    throw new RefusedError(
      `The database already holds data (${before.leads} leads, ${before.enterprises} enterprises, ${before.users} users). ` +
        'Pass --reset to empty it first (reference data and migrations are kept), or point DATABASE_URL / LIANZHAO_DATA_DIR elsewhere.',
    );
  }
  const started = performance.now();
  let emptied = [];
  await client.query('BEGIN');
  try {
    await client.query("SET LOCAL work_mem = '256MB'");
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    const tables = await dataTables(client);
    if (reset) {
      const t = performance.now();
      await truncate(client, tables);
      emptied = tables;
      steps.push({ name: 'reset', rows: 0, ms: performance.now() - t });
      log(`  reset: emptied ${emptied.length} tables (${emptied.join(', ')})`);
    }
    const indexes = await secondaryIndexes(client, tables);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    const c = { ...v, ...(await referenceData(client)) };
    c.referralCompanies = c.groups.P + c.groups.X + c.groups.J;
    await step(
      'organisations and users',
      people(c).map((sql) => (sql.includes('$1') ? { sql, params: [passwordHash] } : sql)),
    );
    await step('company names', companies(c));
    await step('enterprises, contacts and leads', leads(c));
    await step('lead stage histories', histories());
    await step('follow-ups', followUps());
    await step('projects and milestones', projects(c));
    await step('referrals and their history', referrals(c));
    await step('audit entries', audit(c));
    await step(
      `${indexes.length} secondary indexes rebuilt`,
      indexes.map((index) => index.definition),
    );
    // Funds and investments (资本招商, DOMAIN.md "Funds") have no tables yet. When they land, add a
    // step here: funds per scale, investments into enterprises, counted toward 返投 once landed.
    log('  funds and investments              not in the schema yet: nothing generated');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  const analyzed = performance.now();
  await client.query('ANALYZE');
  steps.push({ name: 'analyze', rows: 0, ms: performance.now() - analyzed });
  log(
    `  ${'analyze'.padEnd(34)}${''.padStart(17)} ${((performance.now() - analyzed) / 1000).toFixed(1).padStart(7)} s`,
  );
  const totalMs = performance.now() - started;
  return { scale, volumes: v, emptied, steps, totalMs, ...(await summary(client)) };
}

/** Counts of what is there now, the project health mix, referral statuses and search-term shares. */
export async function summary(client) {
  const tables = [
    'organizations',
    'users',
    'enterprises',
    'enterprise_contacts',
    'leads',
    'lead_stage_changes',
    'follow_ups',
    'projects',
    'project_milestones',
    'referrals',
    'referral_history',
    'audit_entries',
  ];
  const counts = {};
  for (const t of tables) counts[t] = (await client.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
  const health = (
    await client.query(`
      WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date AS d),
      per AS (SELECT m.project_id,
          bool_or(m.actual_date IS NULL AND m.planned_date < t.d) AS overdue,
          bool_or(m.actual_date IS NULL AND m.planned_date >= t.d AND m.planned_date <= t.d + 30) AS due,
          bool_or(m.code = 'REGISTERED' AND m.actual_date IS NOT NULL) AS landed
        FROM project_milestones m CROSS JOIN today t GROUP BY m.project_id)
      SELECT count(*) FILTER (WHERE overdue)::int AS overdue, count(*) FILTER (WHERE NOT overdue AND due)::int AS at_risk,
        count(*) FILTER (WHERE NOT overdue AND NOT due)::int AS on_track, count(*) FILTER (WHERE landed)::int AS landed FROM per`)
  ).rows[0];
  const referralStatuses = Object.fromEntries(
    (
      await client.query('SELECT status, count(*)::int AS n FROM referrals GROUP BY status ORDER BY status')
    ).rows.map((r) => [r.status, r.n]),
  );
  const stages = Object.fromEntries(
    (
      await client.query('SELECT stage, count(*)::int AS n FROM leads GROUP BY stage ORDER BY stage')
    ).rows.map((r) => [r.stage, r.n]),
  );
  const filters = SEARCH_TERMS.map(
    (term, i) =>
      `count(*) FILTER (WHERE l.project_name LIKE $${i + 1} OR e.name LIKE $${i + 1})::int AS t${i}`,
  );
  const row = (
    await client.query(
      `SELECT count(*)::int AS total, ${filters.join(', ')} FROM leads l JOIN enterprises e ON e.id = l.enterprise_id`,
      SEARCH_TERMS.map((t) => `%${t}%`),
    )
  ).rows[0];
  const search = SEARCH_TERMS.map((term, i) => ({
    term,
    leads: row[`t${i}`],
    share: row.total ? row[`t${i}`] / row.total : 0,
  }));
  return { counts, stages, health, referralStatuses, search };
}
