import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserSessionVersion1795601713967 implements MigrationInterface {
  name = 'UserSessionVersion1795601713967';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT \'0\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "session_version"');
  }
}
