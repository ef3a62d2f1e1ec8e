import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seeds the milestone templates (heavy- and light-asset, DOMAIN.md). New projects copy their
 * type's rows from the database. Written out, not read from libs/domain, so the seed never changes.
 */
export class MilestoneTemplates1795590173600 implements MigrationInterface {
  name = 'MilestoneTemplates1795590173600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO milestone_templates (project_type, code, position, name, name_en) VALUES
      ('HEAVY', 'SIGNED', 0, '签约', 'Signed'),
      ('HEAVY', 'REGISTERED', 1, '工商注册', 'Registered'),
      ('HEAVY', 'SITE_SECURED', 2, '土地/空间落实', 'Site secured'),
      ('HEAVY', 'CONSTRUCTION_STARTED', 3, '开工', 'Construction started'),
      ('HEAVY', 'COMPLETED', 4, '竣工', 'Completed'),
      ('HEAVY', 'IN_PRODUCTION', 5, '投产', 'In production'),
      ('HEAVY', 'FULL_OUTPUT', 6, '达产', 'Full output'),
      ('LIGHT', 'SIGNED', 0, '签约', 'Signed'),
      ('LIGHT', 'REGISTERED', 1, '工商注册', 'Registered'),
      ('LIGHT', 'MOVED_IN', 2, '入驻', 'Moved in'),
      ('LIGHT', 'OPERATING', 3, '运营', 'Operating')
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM milestone_templates');
  }
}
