// What bench:data reports after generating: counts, the funnel, the project health mix, referral
// statuses, and the share of leads each search term matches (the benchmark needs to know them).

/** Terms whose share of matching leads the bench needs to know (2 and 4 characters, and a common one). */
export const SEARCH_TERMS = ['氢能', '储能', '芯片', '氢能科技', '储能系统', '科技'];

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
    'funds',
    'fund_rule_changes',
    'investments',
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
