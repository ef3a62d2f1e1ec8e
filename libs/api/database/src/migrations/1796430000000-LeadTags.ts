import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 线索标签: a tag group of their own in the tags reference data (LEAD, seeded with 重点, 链主推荐 and
 * 基金返投, written out so the migration never changes, after the enterprise tags in the order), and
 * the tags a lead carries, filtered through a GIN index (any of the chosen tags).
 */
export class LeadTags1796430000000 implements MigrationInterface {
  name = 'LeadTags1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tags" DROP CONSTRAINT "tags_group_check"');
    await queryRunner.query(
      "ALTER TABLE \"tags\" ADD CONSTRAINT \"tags_group_check\" CHECK (\"group\" IN ('FUTURE_INDUSTRY', 'STRATEGIC_EMERGING', 'PROFILE', 'LEAD'))",
    );
    await queryRunner.query(`
      INSERT INTO tags (code, "group", name, name_en, sort_order) VALUES
      ('LEAD_KEY', 'LEAD', '重点', 'Key', 210),
      ('LEAD_CHAIN_MASTER_REFERRED', 'LEAD', '链主推荐', 'Referred by a chain master', 220),
      ('LEAD_FUND_REINVESTMENT', 'LEAD', '基金返投', 'Fund reinvestment', 230)
      ON CONFLICT (code) DO NOTHING
    `);
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"tag_codes\" character varying array NOT NULL DEFAULT '{}'");
    await queryRunner.query('CREATE INDEX "leads_tag_codes_idx" ON "leads" USING gin ("tag_codes")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "leads_tag_codes_idx"');
    await queryRunner.query('ALTER TABLE "leads" DROP COLUMN "tag_codes"');
    await queryRunner.query("DELETE FROM tags WHERE \"group\" = 'LEAD'");
    await queryRunner.query('ALTER TABLE "tags" DROP CONSTRAINT "tags_group_check"');
    await queryRunner.query(
      "ALTER TABLE \"tags\" ADD CONSTRAINT \"tags_group_check\" CHECK (\"group\" IN ('FUTURE_INDUSTRY', 'STRATEGIC_EMERGING', 'PROFILE'))",
    );
  }
}
