import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Templates say which milestones a project may skip (落地 comes first: everything else must be
 * recorded in order). The seeded value is written out, not read from libs/domain, so the
 * migration never changes: 土地/空间落实 of the heavy-asset template (a leased space).
 */
export class MilestoneTemplateOptional1796043712975 implements MigrationInterface {
  name = 'MilestoneTemplateOptional1796043712975';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"milestone_templates\" ADD \"optional\" boolean NOT NULL DEFAULT false");
    await queryRunner.query(
      "UPDATE \"milestone_templates\" SET \"optional\" = true WHERE (\"project_type\", \"code\") IN (('HEAVY', 'SITE_SECURED'))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"milestone_templates\" DROP COLUMN \"optional\"");
  }
}
