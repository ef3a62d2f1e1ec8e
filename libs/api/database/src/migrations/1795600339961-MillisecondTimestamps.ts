import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MillisecondTimestamps1795600339961 implements MigrationInterface {
  name = 'MillisecondTimestamps1795600339961';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "enterprises" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "enterprises" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('DROP INDEX "public"."audit_entries_entity_idx"');
    await queryRunner.query('ALTER TABLE "audit_entries" ALTER COLUMN "at" TYPE TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "organizations" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ALTER COLUMN "last_login_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('DROP INDEX "public"."leads_created_at_id_idx"');
    await queryRunner.query(
      'ALTER TABLE "leads" ALTER COLUMN "stage_changed_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "leads" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "leads" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('DROP INDEX "public"."lead_stage_changes_lead_idx"');
    await queryRunner.query(
      'ALTER TABLE "lead_stage_changes" ALTER COLUMN "at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('DROP INDEX "public"."referrals_created_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."referrals_organization_created_idx"');
    await queryRunner.query(
      'ALTER TABLE "referrals" ALTER COLUMN "decided_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('DROP INDEX "public"."referral_history_referral_idx"');
    await queryRunner.query(
      'ALTER TABLE "referral_history" ALTER COLUMN "at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "referral_settings" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('DROP INDEX "public"."projects_created_at_id_idx"');
    await queryRunner.query(
      'ALTER TABLE "projects" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('DROP INDEX "public"."project_plan_changes_project_idx"');
    await queryRunner.query(
      'ALTER TABLE "project_plan_changes" ALTER COLUMN "at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('DROP INDEX "public"."referral_attachments_referral_idx"');
    await queryRunner.query(
      'ALTER TABLE "referral_attachments" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entries_entity_idx" ON "audit_entries"  ("entity_type", "entity_id", "at") ',
    );
    await queryRunner.query('CREATE INDEX "leads_created_at_id_idx" ON "leads"  ("created_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "lead_stage_changes_lead_idx" ON "lead_stage_changes"  ("lead_id", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "referrals_created_at_id_idx" ON "referrals"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "referrals_organization_created_idx" ON "referrals"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "referral_history_referral_idx" ON "referral_history"  ("referral_id", "at") ',
    );
    await queryRunner.query('CREATE INDEX "projects_created_at_id_idx" ON "projects"  ("created_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "project_plan_changes_project_idx" ON "project_plan_changes"  ("project_id", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "referral_attachments_referral_idx" ON "referral_attachments"  ("referral_id", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."referral_attachments_referral_idx"');
    await queryRunner.query('DROP INDEX "public"."project_plan_changes_project_idx"');
    await queryRunner.query('DROP INDEX "public"."projects_created_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."referral_history_referral_idx"');
    await queryRunner.query('DROP INDEX "public"."referrals_organization_created_idx"');
    await queryRunner.query('DROP INDEX "public"."referrals_created_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."lead_stage_changes_lead_idx"');
    await queryRunner.query('DROP INDEX "public"."leads_created_at_id_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_entries_entity_idx"');
    await queryRunner.query(
      'ALTER TABLE "referral_attachments" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "referral_attachments_referral_idx" ON "referral_attachments" USING btree ("created_at", "referral_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "project_plan_changes" ALTER COLUMN "at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "project_plan_changes_project_idx" ON "project_plan_changes" USING btree ("at", "project_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "projects" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "projects_created_at_id_idx" ON "projects" USING btree ("created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "referral_settings" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "referral_history" ALTER COLUMN "at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "referral_history_referral_idx" ON "referral_history" USING btree ("at", "referral_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "referrals" ALTER COLUMN "decided_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "referrals_organization_created_idx" ON "referrals" USING btree ("created_at", "organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "referrals_created_at_id_idx" ON "referrals" USING btree ("created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "follow_ups" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "lead_stage_changes" ALTER COLUMN "at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "lead_stage_changes_lead_idx" ON "lead_stage_changes" USING btree ("at", "lead_id") ',
    );
    await queryRunner.query('ALTER TABLE "leads" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "leads" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "leads" ALTER COLUMN "stage_changed_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "leads_created_at_id_idx" ON "leads" USING btree ("created_at", "id") ',
    );
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "users" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE');
    await queryRunner.query(
      'ALTER TABLE "users" ALTER COLUMN "last_login_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "audit_entries" ALTER COLUMN "at" TYPE TIMESTAMP(6) WITH TIME ZONE');
    await queryRunner.query(
      'CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("at", "entity_id", "entity_type") ',
    );
    await queryRunner.query(
      'ALTER TABLE "enterprises" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "enterprises" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE',
    );
  }
}
