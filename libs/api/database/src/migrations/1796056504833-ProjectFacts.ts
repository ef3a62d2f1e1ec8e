import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts of a project's milestones on the project row (libs/domain projectFacts: the 签约
 * and 落地 dates, the next milestone, the earliest plan of an open milestone), so the project list
 * sorts and filters by indexed columns instead of a subquery per row.
 *
 * One SQL form computes them, refresh_project_facts, and only the database calls it: statement
 * triggers on project_milestones (whatever writes a milestone, the services or one INSERT … SELECT
 * of 350,000 rows, the facts change in the same statement) and on a new project row (a copied row
 * cannot carry facts its milestones do not have). The rule is written out here, not read from
 * libs/domain, so the migration never changes; a change of the rule is a new migration that
 * replaces the function and refreshes every project. project-rules.spec.ts and
 * project-facts.spec.ts hold it to the libs/domain functions.
 */
export class ProjectFacts1796056504833 implements MigrationInterface {
  name = 'ProjectFacts1796056504833';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"projects\" ADD \"signed_on\" date");
    await queryRunner.query("ALTER TABLE \"projects\" ADD \"landed_on\" date");
    await queryRunner.query("ALTER TABLE \"projects\" ADD \"next_milestone\" character varying(24)");
    await queryRunner.query("ALTER TABLE \"projects\" ADD \"earliest_open_plan\" date");
    await queryRunner.query("CREATE INDEX \"projects_earliest_open_plan_idx\" ON \"projects\"  (\"earliest_open_plan\") WHERE earliest_open_plan IS NOT NULL");

    // Hand-written from here on.
    await queryRunner.query(`
      CREATE FUNCTION refresh_project_facts(project_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- Lock the projects first: the UPDATE below then reads the milestones with a snapshot
        -- taken after any concurrent writer of the same project has committed (READ COMMITTED
        -- would otherwise recheck only the project row and keep facts computed from before).
        PERFORM 1 FROM projects WHERE id = ANY (project_ids) ORDER BY id FOR UPDATE;
        UPDATE projects p
           SET signed_on = f.signed_on,
               landed_on = f.landed_on,
               next_milestone = f.next_milestone,
               earliest_open_plan = f.earliest_open_plan
          FROM (
            SELECT i.id,
                   MAX(m.actual_date) FILTER (WHERE m.code = 'SIGNED') AS signed_on,
                   MAX(m.actual_date) FILTER (WHERE m.code = 'REGISTERED') AS landed_on,
                   (array_agg(m.code ORDER BY m.position)
                      FILTER (WHERE m.id IS NOT NULL AND m.actual_date IS NULL))[1] AS next_milestone,
                   MIN(m.planned_date) FILTER (WHERE m.actual_date IS NULL) AS earliest_open_plan
              FROM unnest(project_ids) AS i(id)
              LEFT JOIN project_milestones m ON m.project_id = i.id
             GROUP BY i.id
          ) f
         WHERE p.id = f.id
           AND (p.signed_on, p.landed_on, p.next_milestone, p.earliest_open_plan)
               IS DISTINCT FROM (f.signed_on, f.landed_on, f.next_milestone, f.earliest_open_plan);
      END
      $$`);
    // PostgreSQL allows transition tables only on single-event triggers: one function, four triggers.
    await queryRunner.query(`
      CREATE FUNCTION project_milestones_refresh_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM refresh_project_facts(ARRAY(SELECT DISTINCT project_id FROM new_milestones));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM refresh_project_facts(
            ARRAY(SELECT project_id FROM old_milestones UNION SELECT project_id FROM new_milestones));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM refresh_project_facts(ARRAY(SELECT DISTINCT project_id FROM old_milestones));
        ELSE
          PERFORM refresh_project_facts(ARRAY(SELECT id FROM projects));
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER project_milestones_facts_insert AFTER INSERT ON project_milestones REFERENCING NEW TABLE AS new_milestones FOR EACH STATEMENT EXECUTE FUNCTION project_milestones_refresh_facts()',
    );
    await queryRunner.query(
      'CREATE TRIGGER project_milestones_facts_update AFTER UPDATE ON project_milestones REFERENCING OLD TABLE AS old_milestones NEW TABLE AS new_milestones FOR EACH STATEMENT EXECUTE FUNCTION project_milestones_refresh_facts()',
    );
    await queryRunner.query(
      'CREATE TRIGGER project_milestones_facts_delete AFTER DELETE ON project_milestones REFERENCING OLD TABLE AS old_milestones FOR EACH STATEMENT EXECUTE FUNCTION project_milestones_refresh_facts()',
    );
    await queryRunner.query(
      'CREATE TRIGGER project_milestones_facts_truncate AFTER TRUNCATE ON project_milestones FOR EACH STATEMENT EXECUTE FUNCTION project_milestones_refresh_facts()',
    );
    await queryRunner.query(`
      CREATE FUNCTION projects_refresh_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_project_facts(ARRAY(SELECT id FROM new_projects));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER projects_facts_insert AFTER INSERT ON projects REFERENCING NEW TABLE AS new_projects FOR EACH STATEMENT EXECUTE FUNCTION projects_refresh_facts()',
    );
    // The list's sort keys exactly as the list kit orders by them (COALESCE to the key's nullAs),
    // then id, then the earliest open plan: a health filter is then checked on the index entries
    // while the scan walks the sort order, so the overdue page reads no row it does not return.
    // Created before the backfill: an index built over rows the same transaction has just updated
    // in place (HOT) may not be used until every older snapshot on the server has ended.
    await queryRunner.query(
      "CREATE INDEX projects_signed_on_sort_idx ON projects ((COALESCE(signed_on, CAST('0001-01-01' AS date))), id, earliest_open_plan)",
    );
    await queryRunner.query(
      "CREATE INDEX projects_landed_on_sort_idx ON projects ((COALESCE(landed_on, CAST('0001-01-01' AS date))), id, earliest_open_plan)",
    );
    await queryRunner.query('SELECT refresh_project_facts(ARRAY(SELECT id FROM projects))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX projects_landed_on_sort_idx');
    await queryRunner.query('DROP INDEX projects_signed_on_sort_idx');
    await queryRunner.query('DROP TRIGGER projects_facts_insert ON projects');
    await queryRunner.query('DROP FUNCTION projects_refresh_facts()');
    await queryRunner.query('DROP TRIGGER project_milestones_facts_truncate ON project_milestones');
    await queryRunner.query('DROP TRIGGER project_milestones_facts_delete ON project_milestones');
    await queryRunner.query('DROP TRIGGER project_milestones_facts_update ON project_milestones');
    await queryRunner.query('DROP TRIGGER project_milestones_facts_insert ON project_milestones');
    await queryRunner.query('DROP FUNCTION project_milestones_refresh_facts()');
    await queryRunner.query('DROP FUNCTION refresh_project_facts(uuid[])');
    await queryRunner.query("DROP INDEX \"public\".\"projects_earliest_open_plan_idx\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP COLUMN \"earliest_open_plan\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP COLUMN \"next_milestone\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP COLUMN \"landed_on\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP COLUMN \"signed_on\"");
  }
}
