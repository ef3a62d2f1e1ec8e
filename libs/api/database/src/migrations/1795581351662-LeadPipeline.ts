import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadPipeline1795581351662 implements MigrationInterface {
  name = 'LeadPipeline1795581351662';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" character varying(32) NOT NULL, "entity_id" uuid NOT NULL, "action" character varying(16) NOT NULL, "actor_id" uuid, "actor_name" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changes" jsonb NOT NULL DEFAULT \'[]\', "note" text, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entries_entity_idx" ON "audit_entries"  ("entity_type", "entity_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "enterprise_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "name" character varying(64) NOT NULL, "title" character varying(64), "phone" character varying(32), "email" character varying(254), "sort_order" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_e6f9b8ef69aa957a17ec7651fb1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "enterprise_contacts_enterprise_id_idx" ON "enterprise_contacts"  ("enterprise_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "enterprises" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "name_normalized" character varying(200) NOT NULL, "credit_code" character varying(18), "legal_representative" character varying(64), "registered_capital" numeric(18,4), "founded_on" date, "headquarters_city" character varying(64), "address" character varying(300), "industry_code" character varying(40), "segment_code" character varying(40), "tag_codes" character varying array NOT NULL DEFAULT \'{}\', "website" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_a019e9afe6517b4f2a4588f2cce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "enterprises_name_normalized_key" ON "enterprises"  ("name_normalized") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "enterprises_credit_code_key" ON "enterprises"  ("credit_code") WHERE credit_code IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "enterprises_industry_code_idx" ON "enterprises"  ("industry_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "leads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "project_name" character varying(200) NOT NULL, "industry_code" character varying(40) NOT NULL, "segment_code" character varying(40) NOT NULL, "channel" character varying(16) NOT NULL, "source_organization_id" uuid, "owner_id" uuid NOT NULL, "town_code" character varying(40), "planned_investment" numeric(18,4), "expected_output" numeric(18,4), "land_need" numeric(12,2), "space_need" numeric(12,2), "expected_signing_on" date, "grade" character varying(1), "notes" text, "stage" character varying(16) NOT NULL DEFAULT \'NEW\', "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "leads_source_partner_check" CHECK (source_organization_id IS NOT NULL OR NOT (channel IN (\'CHAIN\', \'PLATFORM\', \'FUND\', \'BUSINESS\'))), CONSTRAINT "leads_grade_check" CHECK (grade IS NULL OR grade IN (\'A\', \'B\', \'C\')), CONSTRAINT "leads_channel_check" CHECK (channel IN (\'CHAIN\', \'PLATFORM\', \'FUND\', \'BUSINESS\', \'RETURN\', \'SELF\', \'EVENT\')), CONSTRAINT "leads_stage_check" CHECK (stage IN (\'NEW\', \'CONTACTED\', \'VISITED\', \'NEGOTIATING\', \'APPROVED\', \'SIGNED\', \'ON_HOLD\', \'LOST\')), CONSTRAINT "PK_cd102ed7a9a4ca7d4d8bfeba406" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "leads_enterprise_id_idx" ON "leads"  ("enterprise_id") ');
    await queryRunner.query('CREATE INDEX "leads_industry_code_idx" ON "leads"  ("industry_code") ');
    await queryRunner.query(
      'CREATE INDEX "leads_source_organization_id_idx" ON "leads"  ("source_organization_id") ',
    );
    await queryRunner.query('CREATE INDEX "leads_owner_id_idx" ON "leads"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "leads_stage_idx" ON "leads"  ("stage") ');
    await queryRunner.query('CREATE INDEX "leads_created_at_id_idx" ON "leads"  ("created_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "lead_stage_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lead_id" uuid NOT NULL, "from_stage" character varying(16), "to_stage" character varying(16) NOT NULL, "reason" text, "actor_id" uuid, "actor_name" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c49a9fca8b2a83177d238f8e10" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "lead_stage_changes_lead_idx" ON "lead_stage_changes"  ("lead_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lead_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "occurred_on" date NOT NULL, "participants" character varying(300), "summary" text NOT NULL, "next_step" text, "next_step_due_on" date, "next_step_done" boolean NOT NULL DEFAULT false, "author_id" uuid, "author_name" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "follow_ups_kind_check" CHECK (kind IN (\'VISIT\', \'CALL\', \'INSPECTION\', \'TALK\', \'MEETING\', \'NOTE\')), CONSTRAINT "PK_d510aabdff2ec7fdc67a1092157" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_ups_due_idx" ON "follow_ups"  ("next_step_due_on") WHERE next_step_done = false',
    );
    await queryRunner.query(
      'CREATE INDEX "follow_ups_lead_idx" ON "follow_ups"  ("lead_id", "occurred_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "enterprise_contacts" ADD CONSTRAINT "FK_032a54131efa17a397f155a6846" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_1d0c618e732adfb1bee06e86c22" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_2f4723ab9bc89ec3b62d1352ac0" FOREIGN KEY ("industry_code") REFERENCES "industries"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_757473440a416342d6e0a063795" FOREIGN KEY ("segment_code") REFERENCES "segments"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_e22afd17eb8ce37c1c6cf07cc0c" FOREIGN KEY ("source_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_4e1b2fdccce9cf66bcd9c6d2492" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leads" ADD CONSTRAINT "FK_f092f4b126a3ce8f69ad5a0e046" FOREIGN KEY ("town_code") REFERENCES "places"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lead_stage_changes" ADD CONSTRAINT "FK_1911d4ec10a3a45acf0dd84f5a9" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ADD CONSTRAINT "FK_2dde8f78f85193994c0f3f6ce68" FOREIGN KEY ("lead_id") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "follow_ups" DROP CONSTRAINT "FK_2dde8f78f85193994c0f3f6ce68"');
    await queryRunner.query(
      'ALTER TABLE "lead_stage_changes" DROP CONSTRAINT "FK_1911d4ec10a3a45acf0dd84f5a9"',
    );
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_f092f4b126a3ce8f69ad5a0e046"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_4e1b2fdccce9cf66bcd9c6d2492"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_e22afd17eb8ce37c1c6cf07cc0c"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_757473440a416342d6e0a063795"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_2f4723ab9bc89ec3b62d1352ac0"');
    await queryRunner.query('ALTER TABLE "leads" DROP CONSTRAINT "FK_1d0c618e732adfb1bee06e86c22"');
    await queryRunner.query(
      'ALTER TABLE "enterprise_contacts" DROP CONSTRAINT "FK_032a54131efa17a397f155a6846"',
    );
    await queryRunner.query('DROP INDEX "public"."follow_ups_lead_idx"');
    await queryRunner.query('DROP INDEX "public"."follow_ups_due_idx"');
    await queryRunner.query('DROP TABLE "follow_ups"');
    await queryRunner.query('DROP INDEX "public"."lead_stage_changes_lead_idx"');
    await queryRunner.query('DROP TABLE "lead_stage_changes"');
    await queryRunner.query('DROP INDEX "public"."leads_created_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_stage_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_owner_id_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_source_organization_id_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_industry_code_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_enterprise_id_idx"');
    await queryRunner.query('DROP TABLE "leads"');
    await queryRunner.query('DROP INDEX "public"."enterprises_industry_code_idx"');
    await queryRunner.query('DROP INDEX "public"."enterprises_credit_code_key"');
    await queryRunner.query('DROP INDEX "public"."enterprises_name_normalized_key"');
    await queryRunner.query('DROP TABLE "enterprises"');
    await queryRunner.query('DROP INDEX "public"."enterprise_contacts_enterprise_id_idx"');
    await queryRunner.query('DROP TABLE "enterprise_contacts"');
    await queryRunner.query('DROP INDEX "public"."audit_entries_entity_idx"');
    await queryRunner.query('DROP TABLE "audit_entries"');
  }
}
