import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg_trgm lets a GIN index serve `LIKE '%…%'` searches on Chinese names. It is a trusted
 * extension on PostgreSQL 13+ (a database owner may create it) and is loaded into the embedded
 * database at start.
 */
export class SearchExtension1795579771700 implements MigrationInterface {
  name = 'SearchExtension1795579771700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
