import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments are uploaded (multipart, POST /uploads/referral-attachments) before the filing that
 * claims them: until then a row has no referral. The partial index finds the unclaimed ones to
 * purge after a day.
 */
export class StagedReferralAttachments1796230000000 implements MigrationInterface {
  name = 'StagedReferralAttachments1796230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referral_attachments" ALTER COLUMN "referral_id" DROP NOT NULL`);
    await q.query(
      `CREATE INDEX "referral_attachments_staged_idx" ON "referral_attachments" ("created_at") WHERE "referral_id" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "referral_attachments_staged_idx"`);
    await q.query(`DELETE FROM "referral_attachments" WHERE "referral_id" IS NULL`);
    await q.query(`ALTER TABLE "referral_attachments" ALTER COLUMN "referral_id" SET NOT NULL`);
  }
}
