import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795579771622 implements MigrationInterface {
  name = 'Foundation1795579771622';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(32) NOT NULL, "credit_code" character varying(18), "contact_name" character varying(64), "contact_phone" character varying(32), "notes" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "organizations_kind_check" CHECK (kind IN (\'CHAIN_MASTER\', \'PARK_OPERATOR\', \'PLATFORM\', \'FUND_MANAGER\', \'ASSOCIATION\', \'LOCAL_ENTERPRISE\')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "organizations_name_key" ON "organizations"  ("name") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "organizations_credit_code_key" ON "organizations"  ("credit_code") WHERE credit_code IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(32) NOT NULL, "display_name" character varying(64) NOT NULL, "role" character varying(16) NOT NULL, "password_hash" character varying(255) NOT NULL, "organization_id" uuid, "phone" character varying(32), "email" character varying(254), "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "users_partner_organization_check" CHECK ((role = \'PARTNER\') = (organization_id IS NOT NULL)), CONSTRAINT "users_role_check" CHECK (role IN (\'ADMIN\', \'OFFICER\', \'LEADER\', \'PARTNER\')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "users_username_key" ON "users"  ("username") ');
    await queryRunner.query('CREATE INDEX "users_organization_id_idx" ON "users"  ("organization_id") ');
    await queryRunner.query(
      'CREATE TABLE "industries" ("code" character varying(40) NOT NULL, "name" character varying(64) NOT NULL, "name_en" character varying(128) NOT NULL, "leading" boolean NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_afc1ff553ae4dfc3502ccb363d0" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "segments" ("code" character varying(40) NOT NULL, "industry_code" character varying(40) NOT NULL, "name" character varying(64) NOT NULL, "name_en" character varying(128) NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_79693a9921ae70e676c0949e238" PRIMARY KEY ("code"))',
    );
    await queryRunner.query('CREATE INDEX "segments_industry_code_idx" ON "segments"  ("industry_code") ');
    await queryRunner.query(
      'CREATE TABLE "tags" ("code" character varying(40) NOT NULL, "group" character varying(32) NOT NULL, "name" character varying(64) NOT NULL, "name_en" character varying(128) NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "tags_group_check" CHECK ("group" IN (\'FUTURE_INDUSTRY\', \'STRATEGIC_EMERGING\', \'PROFILE\')), CONSTRAINT "PK_d3162d088b9e0bdf84dbea7d1e2" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "places" ("code" character varying(40) NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(64) NOT NULL, "name_en" character varying(128) NOT NULL, "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "places_kind_check" CHECK (kind IN (\'TOWN\', \'STREET\', \'ZONE\')), CONSTRAINT "PK_a6fe963f6700cb1fe4e68002725" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "segments" ADD CONSTRAINT "FK_d8f89ba394ec2c1f53442450f57" FOREIGN KEY ("industry_code") REFERENCES "industries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "segments" DROP CONSTRAINT "FK_d8f89ba394ec2c1f53442450f57"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"');
    await queryRunner.query('DROP TABLE "places"');
    await queryRunner.query('DROP TABLE "tags"');
    await queryRunner.query('DROP INDEX "public"."segments_industry_code_idx"');
    await queryRunner.query('DROP TABLE "segments"');
    await queryRunner.query('DROP TABLE "industries"');
    await queryRunner.query('DROP INDEX "public"."users_organization_id_idx"');
    await queryRunner.query('DROP INDEX "public"."users_username_key"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."organizations_credit_code_key"');
    await queryRunner.query('DROP INDEX "public"."organizations_name_key"');
    await queryRunner.query('DROP TABLE "organizations"');
  }
}
