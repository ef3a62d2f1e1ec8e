import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The forward stages and their place on the pipeline path (PIPELINE_PATH in libs/domain), as SQL rows. */
const PATH = `(VALUES ('NEW', 1), ('CONTACTED', 2), ('VISITED', 3), ('NEGOTIATING', 4), ('APPROVED', 5), ('SIGNED', 6))`;

/** The lead attribution the reached rows carry, so the funnel reads no leads row. */
const ATTRIBUTION = 'industry_code, segment_code, town_code, channel';

/** The grouping columns of the daily funnel totals, in the order the upserts lock rows (no deadlock between two writers). */
const DAILY_KEY = 'day, industry_code, segment_code, stage';

/** The Shanghai calendar day of a timestamp: the day the period filters (shanghaiDayRange) put it in. */
const shanghaiDay = (at: string) => `(${at} AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * The reached rows of the moves in `moves` (a table of lead_stage_changes rows): a move to a forward
 * stage reaches it and every forward stage before it, at the move's time; the lead's attribution is
 * copied from leads. One row per (lead, stage) with the earliest time.
 */
const reachedOf = (moves: string) => `
  SELECT m.lead_id, p.stage, min(m.at) AS first_at, l.industry_code, l.segment_code, l.town_code, l.channel
  FROM ${moves} m
  JOIN ${PATH} t(stage, pos) ON t.stage = m.to_stage
  JOIN ${PATH} p(stage, pos) ON p.pos <= t.pos
  JOIN leads l ON l.id = m.lead_id
  GROUP BY m.lead_id, p.stage, l.industry_code, l.segment_code, l.town_code, l.channel`;

/**
 * The move rows of the leads `touched` lists (a query of lead_id): one per move (the stay it ends
 * when it has a from_stage), with its stages and reason, the whole days since the lead's move before it (floor of 24-hour
 * spans; NULL when no move came before), the lead's previous move out of the same stage (which
 * makes "leads with such a move in the period" a count of rows minus the repeats within it), and
 * the lead's attribution.
 */
const dwellOf = (touched: string) => `
  SELECT x.id AS move_id, x.lead_id, x.from_stage, x.to_stage, x.reason, x.at AS left_at, x.days, x.prev_exit_at,
    l.industry_code, l.segment_code, l.town_code, l.channel
  FROM (SELECT c.id, c.lead_id, c.from_stage, c.to_stage, c.reason, c.at,
      floor(EXTRACT(EPOCH FROM c.at - lag(c.at) OVER (PARTITION BY c.lead_id ORDER BY c.at, c.id)) / 86400)::int AS days,
      lag(c.at) OVER (PARTITION BY c.lead_id, c.from_stage ORDER BY c.at, c.id) AS prev_exit_at
    FROM lead_stage_changes c WHERE c.lead_id IN (${touched})) x
  JOIN leads l ON l.id = x.lead_id`;

const DWELL_COLUMNS = `move_id, lead_id, from_stage, to_stage, reason, left_at, days, prev_exit_at, ${ATTRIBUTION}`;

/** Replaces the stay rows of the leads `touched` lists with those their whole history gives. */
const recomputeDwell = (touched: string) => `
    DELETE FROM lead_stage_dwell WHERE lead_id IN (${touched});
    INSERT INTO lead_stage_dwell (${DWELL_COLUMNS})
      SELECT * FROM (${dwellOf(touched)}) x ORDER BY lead_id, move_id;`;

/** The grouping columns of the monthly stay histogram, in lock order. */
const DWELL_KEY = 'month, industry_code, from_stage, days';

/** Adds signed per-group deltas (columns DWELL_KEY, n) to the monthly stay histogram. */
function applyDwellDeltas(deltas: string): string {
  return `INSERT INTO lead_dwell_monthly AS t (${DWELL_KEY}, moves)
    SELECT ${DWELL_KEY}, sum(n) FROM (${deltas}) d
    GROUP BY ${DWELL_KEY}
    HAVING sum(n) <> 0
    ORDER BY ${DWELL_KEY}
    ON CONFLICT ON CONSTRAINT lead_dwell_monthly_key DO UPDATE SET moves = t.moves + EXCLUDED.moves`;
}

/** The Shanghai calendar month of a timestamp, as its first day. */
const shanghaiMonth = (at: string) => `date_trunc('month', ${at} AT TIME ZONE 'Asia/Shanghai')::date`;
const DWELL_ADDED = `SELECT ${shanghaiMonth('left_at')} AS month, industry_code, from_stage, days, 1 AS n FROM new_rows WHERE from_stage IS NOT NULL`;
const DWELL_REMOVED = `SELECT ${shanghaiMonth('left_at')} AS month, industry_code, from_stage, days, -1 AS n FROM old_rows WHERE from_stage IS NOT NULL`;

/**
 * Read paths: the daily totals of one industry over a period (index-only, no other industry's rows);
 * the reached rows of one town, or of some channels, over a period (index-only). The drill's EXISTS
 * reads the primary key.
 */
const INDEXES = [
  'CREATE INDEX lead_dwell_monthly_industry_idx ON lead_dwell_monthly (industry_code, month) INCLUDE (from_stage, days, moves)',
  // The stays of the period's partial months at its ends, and of one segment, read from the rows.
  'CREATE INDEX lead_stage_dwell_at_idx ON lead_stage_dwell (left_at) INCLUDE (from_stage, days, industry_code)',
  'CREATE INDEX lead_stage_dwell_segment_idx ON lead_stage_dwell (segment_code, left_at) INCLUDE (from_stage, days)',
  'CREATE INDEX lead_stage_dwell_lead_idx ON lead_stage_dwell (lead_id)',
  'CREATE INDEX lead_stage_dwell_town_idx ON lead_stage_dwell (town_code, left_at) INCLUDE (from_stage, days, prev_exit_at, industry_code, segment_code, channel)',
  'CREATE INDEX lead_stage_dwell_channel_idx ON lead_stage_dwell (channel, left_at) INCLUDE (from_stage, days, prev_exit_at, industry_code, segment_code, town_code)',
  // The repeats (a lead's second move out of a stage) are few: the leads count subtracts those in the period.
  // The moves to 流失 of a period, with the lead and its attribution: the losses by reason.
  "CREATE INDEX lead_stage_dwell_lost_idx ON lead_stage_dwell (left_at) INCLUDE (lead_id, reason, industry_code, segment_code, town_code, channel) WHERE to_stage = 'LOST'",
  'CREATE INDEX lead_stage_dwell_repeat_idx ON lead_stage_dwell (left_at) INCLUDE (from_stage, prev_exit_at, industry_code, segment_code, town_code, channel) WHERE prev_exit_at IS NOT NULL',
  'CREATE INDEX lead_reached_daily_industry_idx ON lead_reached_daily (industry_code, day) INCLUDE (segment_code, stage, leads)',
  'CREATE INDEX lead_stage_reached_town_idx ON lead_stage_reached (town_code, first_at) INCLUDE (stage, industry_code, segment_code, channel)',
  'CREATE INDEX lead_stage_reached_channel_idx ON lead_stage_reached (channel, first_at) INCLUDE (stage, industry_code, segment_code, town_code)',
];

/** Replaces the reached rows of the leads `touched` lists (a query of lead_id) with those their whole history gives. */
const recompute = (touched: string) => `
    DELETE FROM lead_stage_reached WHERE lead_id IN (${touched});
    INSERT INTO lead_stage_reached (lead_id, stage, first_at, ${ATTRIBUTION})
      SELECT * FROM (${reachedOf(`(SELECT c.* FROM lead_stage_changes c WHERE c.lead_id IN (${touched}))`)}) x
      ORDER BY lead_id, stage;`;

/** Adds signed per-group deltas (columns DAILY_KEY, n) to the daily totals, skipping groups that did not change. */
function applyDailyDeltas(deltas: string): string {
  return `INSERT INTO lead_reached_daily AS t (${DAILY_KEY}, leads)
    SELECT ${DAILY_KEY}, sum(n) FROM (${deltas}) d
    GROUP BY ${DAILY_KEY}
    HAVING sum(n) <> 0
    ORDER BY ${DAILY_KEY}
    ON CONFLICT ON CONSTRAINT lead_reached_daily_key DO UPDATE SET leads = t.leads + EXCLUDED.leads`;
}

const REACHED_ADDED = `SELECT ${shanghaiDay('first_at')} AS day, industry_code, segment_code, stage, 1 AS n FROM new_rows`;
const REACHED_REMOVED = `SELECT ${shanghaiDay('first_at')} AS day, industry_code, segment_code, stage, -1 AS n FROM old_rows`;

/**
 * Maintained facts for the cockpit's pipeline flow figures, kept exact in the writing transaction
 * by statement-level triggers with transition tables (as LeadStageTotals keeps the lead list's
 * totals), so a year of the funnel reads a few thousand rows instead of the 1.4M-row stage history.
 *
 * - `lead_stage_reached` (lead, forward stage, first_at): when the lead first reached the stage, i.e.
 *   its first move to it or to a later forward stage (creation is the move to 线索). Written by the
 *   inserts into lead_stage_changes (the earliest time wins, so a backdated move moves it earlier);
 *   an update or delete of moves recomputes the leads it touched from their whole history. It carries
 *   the lead's attribution (industry, segment, town, channel), kept by a trigger on leads when an edit
 *   changes it, so the funnel under any attribution filter reads this table alone. Deleting a lead
 *   deletes its rows (foreign key). The list filter `LeadFilter.reached` tests it per lead (primary key).
 * - `lead_reached_daily` (Shanghai day, industry, segment, stage, leads): the reached rows counted per
 *   group, moved by the triggers on lead_stage_reached. Town and channel are not in the key: with them
 *   a day's group holds about one lead (2,457 attribution groups at the benchmark's data), so the
 *   table would be as large as the rows it counts; a funnel under a town or channel counts the
 *   reached rows through their (town, first_at) or (channel, first_at) index instead.
 *
 * - `lead_stage_dwell` (one row per move, named for the stay a move out of a stage ends): its stages
 *   and reason, the whole days since the lead's move before it, the lead's previous move out of the
 *   same stage and the lead's attribution (the losses by reason read its moves to 流失); every
 *   write of moves recomputes the leads it touched (a backdated move changes the next move's stay).
 * - `lead_dwell_monthly` (Shanghai month, industry, from_stage, days, moves): the stay histogram,
 *   from which the median is exact in whole days. Monthly, without segment: per day (or with the
 *   segment) it held about as many rows as the stays it counts (150 distinct stays × 7 stages), so
 *   a year read 124,000 rows; per month and industry a year reads about 4,000. The partial months
 *   at a period's ends, and a segment, town or channel, are read from the stay rows' indexes.
 *
 * All four are derived data without entities: this migration owns them, nothing else writes them.
 * Groups that drop to zero stay. Creating the triggers locks leads and lead_stage_changes against
 * writes until the backfill below has committed. The upserts expect READ COMMITTED.
 */
export class PipelineFacts1796153000000 implements MigrationInterface {
  name = 'PipelineFacts1796153000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE lead_stage_reached (
      lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
      stage varchar(16) NOT NULL,
      first_at timestamptz(3) NOT NULL,
      industry_code varchar(40) NOT NULL,
      segment_code varchar(40) NOT NULL,
      town_code varchar(40),
      channel varchar(16) NOT NULL,
      CONSTRAINT lead_stage_reached_pkey PRIMARY KEY (lead_id, stage)
    )`);
    await queryRunner.query(`CREATE TABLE lead_reached_daily (
      day date NOT NULL,
      industry_code varchar(40) NOT NULL,
      segment_code varchar(40) NOT NULL,
      stage varchar(16) NOT NULL,
      leads integer NOT NULL,
      CONSTRAINT lead_reached_daily_key UNIQUE (${DAILY_KEY})
    )`);

    await queryRunner.query(`CREATE TABLE lead_stage_dwell (
      move_id uuid NOT NULL,
      lead_id uuid NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
      from_stage varchar(16),
      to_stage varchar(16) NOT NULL,
      reason text,
      left_at timestamptz(3) NOT NULL,
      days integer,
      prev_exit_at timestamptz(3),
      industry_code varchar(40) NOT NULL,
      segment_code varchar(40) NOT NULL,
      town_code varchar(40),
      channel varchar(16) NOT NULL,
      CONSTRAINT lead_stage_dwell_pkey PRIMARY KEY (move_id)
    )`);
    await queryRunner.query(`CREATE TABLE lead_dwell_monthly (
      month date NOT NULL,
      industry_code varchar(40) NOT NULL,
      from_stage varchar(16) NOT NULL,
      days integer,
      moves integer NOT NULL,
      CONSTRAINT lead_dwell_monthly_key UNIQUE NULLS NOT DISTINCT (${DWELL_KEY})
    )`);

    // Backfill before the triggers exist: one pass over the history, then one grouped count.
    await queryRunner.query(`INSERT INTO lead_stage_reached (lead_id, stage, first_at, ${ATTRIBUTION})
      ${reachedOf('lead_stage_changes')}`);
    await queryRunner.query(`INSERT INTO lead_reached_daily (${DAILY_KEY}, leads)
      SELECT ${shanghaiDay('first_at')}, industry_code, segment_code, stage, count(*) FROM lead_stage_reached
      GROUP BY 1, 2, 3, 4`);
    await queryRunner.query(`INSERT INTO lead_stage_dwell (${DWELL_COLUMNS})
      ${dwellOf('SELECT id FROM leads')}`);
    await queryRunner.query(`INSERT INTO lead_dwell_monthly (${DWELL_KEY}, moves)
      SELECT ${shanghaiMonth('left_at')}, industry_code, from_stage, days, count(*)
      FROM lead_stage_dwell WHERE from_stage IS NOT NULL GROUP BY 1, 2, 3, 4`);
    for (const index of INDEXES) await queryRunner.query(index);
    await queryRunner.query('ANALYZE lead_stage_reached, lead_reached_daily, lead_stage_dwell, lead_dwell_monthly');

    // Moves: inserts add reached rows (the earliest time wins); updates and deletes recompute the leads they touched.
    await queryRunner.query(`CREATE FUNCTION lead_stage_reached_add() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO lead_stage_reached AS r (lead_id, stage, first_at, ${ATTRIBUTION})
    SELECT * FROM (${reachedOf('new_rows')}) x ORDER BY lead_id, stage
    ON CONFLICT ON CONSTRAINT lead_stage_reached_pkey DO UPDATE SET first_at = EXCLUDED.first_at
    WHERE EXCLUDED.first_at < r.first_at;
  ${recomputeDwell('SELECT DISTINCT lead_id FROM new_rows')}
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE FUNCTION lead_stage_reached_recompute() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    ${recompute('SELECT lead_id FROM old_rows')}
    ${recomputeDwell('SELECT lead_id FROM old_rows')}
  ELSE
    ${recompute('SELECT lead_id FROM old_rows UNION SELECT lead_id FROM new_rows')}
    ${recomputeDwell('SELECT lead_id FROM old_rows UNION SELECT lead_id FROM new_rows')}
  END IF;
  RETURN NULL;
END
$fn$`);
    // An edit of a lead's attribution carries over to its reached rows (and from them to the daily totals).
    await queryRunner.query(`CREATE FUNCTION lead_stage_reached_attribution() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE lead_stage_reached r
    SET industry_code = n.industry_code, segment_code = n.segment_code, town_code = n.town_code, channel = n.channel
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE r.lead_id = n.id
      AND (n.industry_code, n.segment_code, n.town_code, n.channel)
        IS DISTINCT FROM (o.industry_code, o.segment_code, o.town_code, o.channel);
  UPDATE lead_stage_dwell d
    SET industry_code = n.industry_code, segment_code = n.segment_code, town_code = n.town_code, channel = n.channel
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE d.lead_id = n.id
      AND (n.industry_code, n.segment_code, n.town_code, n.channel)
        IS DISTINCT FROM (o.industry_code, o.segment_code, o.town_code, o.channel);
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE FUNCTION lead_reached_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${applyDailyDeltas(REACHED_ADDED)};
  ELSIF TG_OP = 'DELETE' THEN
    ${applyDailyDeltas(REACHED_REMOVED)};
  ELSE
    ${applyDailyDeltas(`${REACHED_ADDED} UNION ALL ${REACHED_REMOVED}`)};
  END IF;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE FUNCTION lead_dwell_monthly_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${applyDwellDeltas(DWELL_ADDED)};
  ELSIF TG_OP = 'DELETE' THEN
    ${applyDwellDeltas(DWELL_REMOVED)};
  ELSE
    ${applyDwellDeltas(`${DWELL_ADDED} UNION ALL ${DWELL_REMOVED}`)};
  END IF;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE FUNCTION lead_dwell_monthly_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM lead_dwell_monthly;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE FUNCTION lead_reached_daily_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM lead_reached_daily;
  RETURN NULL;
END
$fn$`);
    // DELETE, not TRUNCATE: a TRUNCATE of leads has already emptied lead_stage_reached (foreign
    // key) and may still hold it open; emptying lead_stage_changes alone costs its deltas, once.
    await queryRunner.query(`CREATE FUNCTION lead_stage_reached_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM lead_stage_reached;
  DELETE FROM lead_stage_dwell;
  RETURN NULL;
END
$fn$`);

    await queryRunner.query(`CREATE TRIGGER lead_stage_reached_insert AFTER INSERT ON lead_stage_changes
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_reached_add()`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_reached_update AFTER UPDATE ON lead_stage_changes
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_reached_recompute()`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_reached_delete AFTER DELETE ON lead_stage_changes
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_reached_recompute()`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_reached_truncate AFTER TRUNCATE ON lead_stage_changes
      FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_reached_clear()`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_reached_attribution AFTER UPDATE ON leads
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_reached_attribution()`);
    await queryRunner.query(`CREATE TRIGGER lead_reached_daily_insert AFTER INSERT ON lead_stage_reached
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_reached_daily_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_reached_daily_update AFTER UPDATE ON lead_stage_reached
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_reached_daily_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_reached_daily_delete AFTER DELETE ON lead_stage_reached
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_reached_daily_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_reached_daily_truncate AFTER TRUNCATE ON lead_stage_reached
      FOR EACH STATEMENT EXECUTE FUNCTION lead_reached_daily_clear()`);
    await queryRunner.query(`CREATE TRIGGER lead_dwell_monthly_insert AFTER INSERT ON lead_stage_dwell
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_dwell_monthly_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_dwell_monthly_update AFTER UPDATE ON lead_stage_dwell
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_dwell_monthly_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_dwell_monthly_delete AFTER DELETE ON lead_stage_dwell
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_dwell_monthly_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_dwell_monthly_truncate AFTER TRUNCATE ON lead_stage_dwell
      FOR EACH STATEMENT EXECUTE FUNCTION lead_dwell_monthly_clear()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER lead_dwell_monthly_truncate ON lead_stage_dwell');
    await queryRunner.query('DROP TRIGGER lead_dwell_monthly_delete ON lead_stage_dwell');
    await queryRunner.query('DROP TRIGGER lead_dwell_monthly_update ON lead_stage_dwell');
    await queryRunner.query('DROP TRIGGER lead_dwell_monthly_insert ON lead_stage_dwell');
    await queryRunner.query('DROP TRIGGER lead_reached_daily_truncate ON lead_stage_reached');
    await queryRunner.query('DROP TRIGGER lead_reached_daily_delete ON lead_stage_reached');
    await queryRunner.query('DROP TRIGGER lead_reached_daily_update ON lead_stage_reached');
    await queryRunner.query('DROP TRIGGER lead_reached_daily_insert ON lead_stage_reached');
    await queryRunner.query('DROP TRIGGER lead_stage_reached_attribution ON leads');
    await queryRunner.query('DROP TRIGGER lead_stage_reached_truncate ON lead_stage_changes');
    await queryRunner.query('DROP TRIGGER lead_stage_reached_delete ON lead_stage_changes');
    await queryRunner.query('DROP TRIGGER lead_stage_reached_update ON lead_stage_changes');
    await queryRunner.query('DROP TRIGGER lead_stage_reached_insert ON lead_stage_changes');
    await queryRunner.query('DROP FUNCTION lead_stage_reached_clear()');
    await queryRunner.query('DROP FUNCTION lead_dwell_monthly_clear()');
    await queryRunner.query('DROP FUNCTION lead_dwell_monthly_apply()');
    await queryRunner.query('DROP FUNCTION lead_reached_daily_clear()');
    await queryRunner.query('DROP FUNCTION lead_reached_daily_apply()');
    await queryRunner.query('DROP FUNCTION lead_stage_reached_attribution()');
    await queryRunner.query('DROP FUNCTION lead_stage_reached_recompute()');
    await queryRunner.query('DROP FUNCTION lead_stage_reached_add()');
    await queryRunner.query('DROP TABLE lead_dwell_monthly');
    await queryRunner.query('DROP TABLE lead_stage_dwell');
    await queryRunner.query('DROP TABLE lead_reached_daily');
    await queryRunner.query('DROP TABLE lead_stage_reached');
  }
}
