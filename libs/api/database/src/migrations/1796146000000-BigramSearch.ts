import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * 「包含」 search served by bigram indexes. The common Chinese terms have two characters (氢能, 储能),
 * which have no trigram, so the trigram indexes of SearchIndexes served none of them.
 *
 * `lz_bigrams(t)` is the set of two-character substrings of lower(t). A text ILIKE '%term%' only if
 * its bigrams contain the term's (ILIKE compares lower(text) with lower(pattern) in a UTF-8
 * database), so `lz_bigrams(col) @> lz_bigrams(term)` lets a GIN index narrow a search and the
 * ILIKE stays as the exact test: results are ILIKE's. One-character terms are not indexed (single
 * characters made every insert twice as dear for a search nobody waits on).
 *
 * A lead or project is found by its own name and by its enterprise's name and credit code. Rather
 * than OR across two tables (a hash join of both at 500k leads), each row keeps `search_text`: those
 * texts joined by U+001F, kept by triggers in the writing transaction (`lz_search_text` composes it),
 * indexed and tested by ILIKE on the row alone. A term containing U+001F could match across two
 * texts, so the list kit searches the columns themselves for such a term.
 *
 * The list kit (libs/api/core/src/lists/list-conditions.ts) writes the matching conditions; the
 * entities mark these indexes `synchronize: false`.
 */

/** Two-character substrings of lower(t): the pairs from the first character, then from the second. */
const BIGRAMS = String.raw`
CREATE FUNCTION lz_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- Splits after every second character by inserting 'X', which lower() never leaves in a text.
  SELECT string_to_array(rtrim(regexp_replace(substr(lower(t), 1, char_length(lower(t)) / 2 * 2), '..', '\&X', 'g'), 'X'), 'X')
      || string_to_array(rtrim(regexp_replace(substr(lower(t), 2, (char_length(lower(t)) - 1) / 2 * 2), '..', '\&X', 'g'), 'X'), 'X')
$$`;

/**
 * The searched text of a lead or project. `lock` takes a share lock on the enterprise when a row
 * is attached to it (insert, re-pointing): a rename running at the same time then either finishes
 * first (and this reads the new name) or waits for this row's transaction and refreshes it.
 */
const SEARCH_TEXT = String.raw`
CREATE FUNCTION lz_search_text(own text, enterprise uuid, lock boolean) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  e_name text;
  e_code text;
BEGIN
  IF lock THEN
    SELECT name, credit_code INTO e_name, e_code FROM enterprises WHERE id = enterprise FOR SHARE;
  ELSE
    SELECT name, credit_code INTO e_name, e_code FROM enterprises WHERE id = enterprise;
  END IF;
  RETURN array_to_string(ARRAY[own, e_name, e_code], E'\x1f');
END
$$`;

/** The BEFORE trigger of a table whose rows carry `search_text` for their `ownColumn` and enterprise. */
function rowTrigger(table: string, ownColumn: string): string[] {
  return [
    String.raw`
CREATE FUNCTION lz_${table}_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.search_text := lz_search_text(NEW.${ownColumn}, NEW.enterprise_id, true);
  ELSE
    NEW.search_text := lz_search_text(NEW.${ownColumn}, NEW.enterprise_id, NEW.enterprise_id <> OLD.enterprise_id);
  END IF;
  RETURN NEW;
END
$$`,
    `CREATE TRIGGER ${table}_search_text BEFORE INSERT OR UPDATE OF ${ownColumn}, enterprise_id ON ${table}
       FOR EACH ROW EXECUTE FUNCTION lz_${table}_search_text()`,
  ];
}

/** A renamed enterprise, or one whose credit code changed, refreshes its leads and projects. */
const ENTERPRISE_TRIGGER = [
  String.raw`
CREATE FUNCTION lz_enterprises_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE leads SET search_text = lz_search_text(project_name, enterprise_id, false) WHERE enterprise_id = NEW.id;
  UPDATE projects SET search_text = lz_search_text(name, enterprise_id, false) WHERE enterprise_id = NEW.id;
  RETURN NULL;
END
$$`,
  `CREATE TRIGGER enterprises_search_text AFTER UPDATE OF name, credit_code ON enterprises FOR EACH ROW
     WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.credit_code IS DISTINCT FROM NEW.credit_code)
     EXECUTE FUNCTION lz_enterprises_search_text()`,
];

const BIGRAM_INDEXES: [name: string, table: string, column: string][] = [
  ['leads_search_text_bigram_idx', 'leads', 'search_text'],
  ['projects_search_text_bigram_idx', 'projects', 'search_text'],
  ['enterprises_name_bigram_idx', 'enterprises', 'name'],
  ['enterprises_credit_code_bigram_idx', 'enterprises', 'credit_code'],
  ['referrals_company_name_bigram_idx', 'referrals', 'company_name'],
  ['referrals_credit_code_bigram_idx', 'referrals', 'credit_code'],
];

const TRIGRAM_INDEXES: [name: string, table: string, column: string][] = [
  ['enterprises_name_trgm_idx', 'enterprises', 'name'],
  ['enterprises_credit_code_trgm_idx', 'enterprises', 'credit_code'],
  ['leads_project_name_trgm_idx', 'leads', 'project_name'],
];

export class BigramSearch1796146000000 implements MigrationInterface {
  name = 'BigramSearch1796146000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(BIGRAMS);
    await queryRunner.query(SEARCH_TEXT);
    for (const [table, own] of [
      ['leads', 'project_name'],
      ['projects', 'name'],
    ]) {
      await queryRunner.query(`ALTER TABLE ${table} ADD search_text text`);
      await queryRunner.query(`UPDATE ${table} SET search_text = lz_search_text(${own}, enterprise_id, false)`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER search_text SET NOT NULL`);
      for (const sql of rowTrigger(table, own)) await queryRunner.query(sql);
    }
    for (const sql of ENTERPRISE_TRIGGER) await queryRunner.query(sql);
    for (const [name, table, column] of BIGRAM_INDEXES) {
      await queryRunner.query(`CREATE INDEX ${name} ON ${table} USING gin (lz_bigrams(${column}))`);
    }
    for (const [name] of TRIGRAM_INDEXES) await queryRunner.query(`DROP INDEX ${name}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, column] of TRIGRAM_INDEXES) {
      await queryRunner.query(`CREATE INDEX ${name} ON ${table} USING gin (${column} gin_trgm_ops)`);
    }
    for (const [name] of BIGRAM_INDEXES) await queryRunner.query(`DROP INDEX ${name}`);
    await queryRunner.query('DROP TRIGGER enterprises_search_text ON enterprises');
    await queryRunner.query('DROP FUNCTION lz_enterprises_search_text()');
    for (const table of ['projects', 'leads']) {
      await queryRunner.query(`DROP TRIGGER ${table}_search_text ON ${table}`);
      await queryRunner.query(`DROP FUNCTION lz_${table}_search_text()`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN search_text`);
    }
    await queryRunner.query('DROP FUNCTION lz_search_text(text, uuid, boolean)');
    await queryRunner.query('DROP FUNCTION lz_bigrams(text)');
  }
}
