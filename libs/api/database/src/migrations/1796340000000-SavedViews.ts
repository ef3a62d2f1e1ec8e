import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedViews1796340000000 implements MigrationInterface {
  name = 'SavedViews1796340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "saved_views" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "list_key" character varying(40) NOT NULL, "name" character varying(40) NOT NULL, "state" jsonb NOT NULL, "is_default" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "saved_views_list_key_check" CHECK (list_key ~ \'^[a-z][a-z0-9-]*$\'), CONSTRAINT "PK_saved_views" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "saved_views_default_key" ON "saved_views"  ("user_id", "list_key") WHERE "is_default"',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "saved_views_user_list_name_key" ON "saved_views"  ("user_id", "list_key", "name") ',
    );
    await queryRunner.query(
      'ALTER TABLE "saved_views" ADD CONSTRAINT "FK_5ef69747737eae659eb1dd15aac" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "saved_views" DROP CONSTRAINT "FK_5ef69747737eae659eb1dd15aac"');
    await queryRunner.query('DROP INDEX "public"."saved_views_user_list_name_key"');
    await queryRunner.query('DROP INDEX "public"."saved_views_default_key"');
    await queryRunner.query('DROP TABLE "saved_views"');
  }
}
