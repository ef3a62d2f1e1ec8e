import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy matching for enterprises on their own (policy_matches keyed by a project or an
 * enterprise), and durable re-evaluation jobs per policy item (policy_match_jobs).
 */
export class PolicySubjectsAndJobs1796410000000 implements MigrationInterface {
  name = 'PolicySubjectsAndJobs1796410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"policy_match_jobs\" (\"item_id\" uuid NOT NULL, \"phase\" character varying(16) NOT NULL, \"after_id\" uuid, \"done_count\" integer NOT NULL DEFAULT '0', \"total_count\" integer NOT NULL DEFAULT '0', \"requested_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"finished_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"policy_match_jobs_phase_check\" CHECK (phase IN ('PROJECTS', 'ENTERPRISES', 'DONE')), CONSTRAINT \"PK_7f12043016de534d36f08724593\" PRIMARY KEY (\"item_id\"))");
    await queryRunner.query("CREATE INDEX \"policy_match_jobs_pending_idx\" ON \"policy_match_jobs\"  (\"requested_at\") WHERE finished_at IS NULL");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ADD \"enterprise_id\" uuid");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ALTER COLUMN \"project_id\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ADD CONSTRAINT \"policy_matches_subject_check\" CHECK (num_nonnulls(project_id, enterprise_id) = 1)");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ADD CONSTRAINT \"policy_matches_enterprise_item_key\" UNIQUE (\"enterprise_id\", \"item_id\")");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ADD CONSTRAINT \"FK_79f8c134e7d81aac0a94e479129\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"policy_match_jobs\" ADD CONSTRAINT \"FK_7f12043016de534d36f08724593\" FOREIGN KEY (\"item_id\") REFERENCES \"policy_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Every item in force is re-evaluated by the API's worker, in batches after start-up, rather than
    // here in one go: existing enterprises get their own matches, and projects not matched yet
    // (the seeded items wait for a project's next change) get theirs.
    await queryRunner.query(
      `INSERT INTO policy_match_jobs (item_id, phase, requested_at)
       SELECT i.id, 'PROJECTS', now() FROM policy_items i WHERE i.retired_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM policy_matches WHERE project_id IS NULL");
    await queryRunner.query("ALTER TABLE \"policy_match_jobs\" DROP CONSTRAINT \"FK_7f12043016de534d36f08724593\"");
    await queryRunner.query("ALTER TABLE \"policy_matches\" DROP CONSTRAINT \"FK_79f8c134e7d81aac0a94e479129\"");
    await queryRunner.query("ALTER TABLE \"policy_matches\" DROP CONSTRAINT \"policy_matches_enterprise_item_key\"");
    await queryRunner.query("ALTER TABLE \"policy_matches\" DROP CONSTRAINT \"policy_matches_subject_check\"");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ALTER COLUMN \"project_id\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"policy_matches\" DROP COLUMN \"enterprise_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"policy_match_jobs_pending_idx\"");
    await queryRunner.query("DROP TABLE \"policy_match_jobs\"");
  }
}
