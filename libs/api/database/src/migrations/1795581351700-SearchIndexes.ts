import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes for 「包含」 searches (`ILIKE '%奉贤%'`) on enterprise names, credit codes and
 * project names. TypeORM cannot describe GIN operator classes, so the entities mark these
 * indexes `synchronize: false` and this migration owns them.
 */
export class SearchIndexes1795581351700 implements MigrationInterface {
  name = 'SearchIndexes1795581351700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX enterprises_name_trgm_idx ON enterprises USING gin (name gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX enterprises_credit_code_trgm_idx ON enterprises USING gin (credit_code gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX leads_project_name_trgm_idx ON leads USING gin (project_name gin_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX leads_project_name_trgm_idx');
    await queryRunner.query('DROP INDEX enterprises_credit_code_trgm_idx');
    await queryRunner.query('DROP INDEX enterprises_name_trgm_idx');
  }
}
