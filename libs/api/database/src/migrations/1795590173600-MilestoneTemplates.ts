import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_MILESTONE_TEMPLATES, MILESTONE_LABELS, PROJECT_TYPES } from '@lianzhao/domain';

/**
 * Seeds the milestone templates (heavy- and light-asset, DOMAIN.md) from libs/domain. New
 * projects copy their type's rows from the database, so the seed is the only use of the defaults.
 */
export class MilestoneTemplates1795590173600 implements MigrationInterface {
  name = 'MilestoneTemplates1795590173600';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const type of PROJECT_TYPES) {
      for (const [position, code] of DEFAULT_MILESTONE_TEMPLATES[type].entries()) {
        await queryRunner.query(
          'INSERT INTO milestone_templates (project_type, code, position, name, name_en) VALUES ($1, $2, $3, $4, $5)',
          [type, code, position, MILESTONE_LABELS[code].zh, MILESTONE_LABELS[code].en],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM milestone_templates');
  }
}
