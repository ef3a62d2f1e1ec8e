import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInEvents1796240000000 implements MigrationInterface {
  name = 'SignInEvents1796240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "user_id" uuid, "address" character varying(64) NOT NULL, "user_agent" character varying(300), "result" character varying(20) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "sign_in_events_result_check" CHECK (result IN ('SUCCESS', 'WRONG_CREDENTIALS', 'INACTIVE', 'THROTTLED', 'BUSY')), CONSTRAINT "PK_sign_in_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "sign_in_events_created_at_idx" ON "sign_in_events" ("created_at", "id") ');
    await queryRunner.query('CREATE INDEX "sign_in_events_username_idx" ON "sign_in_events" ("username", "created_at") ');
    await queryRunner.query('CREATE INDEX "sign_in_events_address_idx" ON "sign_in_events" ("address", "created_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "sign_in_events"');
  }
}
