import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail is append-only in the database itself, not only by the absence of an API path:
 * a row-level trigger refuses every UPDATE and DELETE of `audit_entries` (a trigger rather than a
 * REVOKE, because the API connects as the table's owner and PGlite has a single role). Maintenance
 * that must remove rows it wrote itself (the filing benchmark's cleanup) says so inside its
 * transaction with `SET LOCAL lianzhao.audit_maintenance = 'on'`. TRUNCATE (the bench data reset
 * and test fixtures that empty a whole database) is a separate privilege and stays allowed.
 */
export class AuditAppendOnly1796250000000 implements MigrationInterface {
  name = 'AuditAppendOnly1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Merges fold a record's trail into the survivor's here instead of re-pointing audit rows.
    await queryRunner.query(
      'CREATE TABLE "audit_merged_records" ("merged_id" uuid NOT NULL, "entity_type" character varying(32) NOT NULL, "survivor_id" uuid NOT NULL, CONSTRAINT "PK_0f9cf83cd83751fc421af8ee890" PRIMARY KEY ("merged_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_merged_records_survivor_idx" ON "audit_merged_records"  ("entity_type", "survivor_id") ',
    );
    // Trails merged before this migration were re-pointed in place; nothing to carry over.
    await queryRunner.query(`CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('lianzhao.audit_maintenance', true), '') = 'on' THEN
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_entries_append_only ON audit_entries');
    await queryRunner.query('DROP FUNCTION audit_entries_append_only()');
    await queryRunner.query('DROP INDEX "public"."audit_merged_records_survivor_idx"');
    await queryRunner.query('DROP TABLE "audit_merged_records"');
  }
}
