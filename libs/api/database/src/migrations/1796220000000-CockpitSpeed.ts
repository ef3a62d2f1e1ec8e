import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cockpit's 返投 evaluation finds, for each 招引落地 candidate, its manager's latest fund of
 * the landing day: an index on (manager, vintage) makes that one step instead of a walk through
 * every fund by vintage.
 */
export class CockpitSpeed1796220000000 implements MigrationInterface {
  name = 'CockpitSpeed1796220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "funds_manager_vintage_idx" ON "funds" ("manager_organization_id", "vintage_date", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."funds_manager_vintage_idx"');
  }
}
