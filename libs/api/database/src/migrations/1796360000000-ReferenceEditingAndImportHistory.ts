import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferenceEditingAndImportHistory1796360000000 implements MigrationInterface {
  name = 'ReferenceEditingAndImportHistory1796360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"lead_imports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP(3) WITH TIME ZONE, \"actor_id\" uuid NOT NULL, \"actor_name\" character varying(64) NOT NULL, \"file_name\" character varying(255) NOT NULL, \"status\" character varying(16) NOT NULL, \"row_count\" integer NOT NULL DEFAULT '0', \"enterprises_created\" integer NOT NULL DEFAULT '0', \"leads_created\" integer NOT NULL DEFAULT '0', \"leads_skipped\" integer NOT NULL DEFAULT '0', \"error_count\" integer NOT NULL DEFAULT '0', \"message\" text, \"error_report_base64\" text, \"has_error_report\" boolean NOT NULL DEFAULT false, CONSTRAINT \"lead_imports_status_check\" CHECK (status IN ('RUNNING', 'IMPORTED', 'REFUSED', 'FAILED')), CONSTRAINT \"PK_3a02aee77d4f7ce4422b215096e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"lead_imports_created_at_idx\" ON \"lead_imports\"  (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"lead_imports_actor_created_idx\" ON \"lead_imports\"  (\"actor_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"industries\" ADD \"retired\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"segments\" ADD \"retired\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"tags\" ADD \"retired\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"places\" ADD \"retired\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"places\" DROP COLUMN \"retired\"");
    await queryRunner.query("ALTER TABLE \"tags\" DROP COLUMN \"retired\"");
    await queryRunner.query("ALTER TABLE \"segments\" DROP COLUMN \"retired\"");
    await queryRunner.query("ALTER TABLE \"industries\" DROP COLUMN \"retired\"");
    await queryRunner.query("DROP INDEX \"public\".\"lead_imports_actor_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"lead_imports_created_at_idx\"");
    await queryRunner.query("DROP TABLE \"lead_imports\"");
  }
}
