import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The grouping columns, in the order the upserts lock rows (the same order everywhere, so no deadlock between two writers). */
const KEY = 'industry_code, segment_code, town_code, stage';

/** Adds signed per-group deltas (columns KEY, n, amount) to the totals, skipping groups that did not change. */
function applyDeltas(deltas: string): string {
  return `INSERT INTO lead_stage_totals AS t (${KEY}, leads, planned_investment)
    SELECT ${KEY}, sum(n), COALESCE(sum(amount), 0) FROM (${deltas}) d
    GROUP BY ${KEY}
    HAVING sum(n) <> 0 OR COALESCE(sum(amount), 0) <> 0
    ORDER BY ${KEY}
    ON CONFLICT ON CONSTRAINT lead_stage_totals_key DO UPDATE
      SET leads = t.leads + EXCLUDED.leads, planned_investment = t.planned_investment + EXCLUDED.planned_investment`;
}

const ADDED = `SELECT ${KEY}, 1 AS n, planned_investment AS amount FROM new_rows`;
const REMOVED = `SELECT ${KEY}, -1 AS n, -planned_investment AS amount FROM old_rows`;

/**
 * Lead counts and planned-investment sums per industry, segment, town and stage, kept exact in
 * the writing transaction, so the lead list's totalCount and the board's column sums read a few
 * thousand rows instead of counting 500,000 leads (`totals` in lead-list.ts; the list kit falls
 * back to counting when a filter uses any other column).
 *
 * Statement-level triggers with transition tables apply one aggregated delta per statement: a
 * 10,000-row import costs one grouped upsert, and an edit that moves no lead between groups nor
 * changes its amount touches no totals row (so it takes no lock on one). Groups that drop to zero
 * stay (there are at most industries × segments × towns × stages of them). The table is derived
 * data with no entity: this migration owns it, nothing else writes it, and TRUNCATE leads empties
 * it. Its key is the unique constraint (town_code may be NULL, so it cannot be a primary key).
 * Creating the triggers locks leads against writes until the backfill below has committed.
 *
 * Writers of one group queue on its row until they commit, which at officers' pace is nothing.
 * One statement locks its groups in key order; two multi-statement writers (two imports' chunks)
 * can still meet in opposite orders, and PostgreSQL then aborts one of them whole. The upsert
 * expects READ COMMITTED, the application's isolation level.
 */
export class LeadStageTotals1796056649100 implements MigrationInterface {
  name = 'LeadStageTotals1796056649100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE lead_stage_totals (
      industry_code varchar(40) NOT NULL,
      segment_code varchar(40) NOT NULL,
      town_code varchar(40),
      stage varchar(16) NOT NULL,
      leads integer NOT NULL,
      planned_investment numeric NOT NULL,
      CONSTRAINT lead_stage_totals_key UNIQUE NULLS NOT DISTINCT (${KEY})
    )`);
    await queryRunner.query(`CREATE FUNCTION lead_stage_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    ${applyDeltas(ADDED)};
  ELSIF TG_OP = 'DELETE' THEN
    ${applyDeltas(REMOVED)};
  ELSE
    ${applyDeltas(`${ADDED} UNION ALL ${REMOVED}`)};
  END IF;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE FUNCTION lead_stage_totals_clear() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM lead_stage_totals;
  RETURN NULL;
END
$fn$`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_totals_insert AFTER INSERT ON leads
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_totals_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_totals_update AFTER UPDATE ON leads
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_totals_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_totals_delete AFTER DELETE ON leads
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_totals_apply()`);
    await queryRunner.query(`CREATE TRIGGER lead_stage_totals_truncate AFTER TRUNCATE ON leads
      FOR EACH STATEMENT EXECUTE FUNCTION lead_stage_totals_clear()`);
    await queryRunner.query(`INSERT INTO lead_stage_totals (${KEY}, leads, planned_investment)
      SELECT ${KEY}, count(*), COALESCE(sum(planned_investment), 0) FROM leads GROUP BY ${KEY}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER lead_stage_totals_truncate ON leads');
    await queryRunner.query('DROP TRIGGER lead_stage_totals_delete ON leads');
    await queryRunner.query('DROP TRIGGER lead_stage_totals_update ON leads');
    await queryRunner.query('DROP TRIGGER lead_stage_totals_insert ON leads');
    await queryRunner.query('DROP FUNCTION lead_stage_totals_clear()');
    await queryRunner.query('DROP FUNCTION lead_stage_totals_apply()');
    await queryRunner.query('DROP TABLE lead_stage_totals');
  }
}
