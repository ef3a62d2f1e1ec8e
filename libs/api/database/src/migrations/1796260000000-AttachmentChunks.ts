import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachment bytes move into chunks written as an upload streams in, so no statement or process
 * holds a whole file; `completed_at` marks an upload whose bytes are all stored and checked
 * (only those can be claimed by a filing). Existing files become one chunk each.
 */
export class AttachmentChunks1796260000000 implements MigrationInterface {
  name = 'AttachmentChunks1796260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "referral_attachment_chunks" ("attachment_id" uuid NOT NULL, "seq" integer NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_referral_attachment_chunks" PRIMARY KEY ("attachment_id", "seq"))`,
    );
    await q.query(
      `ALTER TABLE "referral_attachment_chunks" ADD CONSTRAINT "FK_bbc0d4f8abdff909d7f4ed5cc74" FOREIGN KEY ("attachment_id") REFERENCES "referral_attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "referral_attachments" ADD "completed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await q.query(
      `INSERT INTO "referral_attachment_chunks" ("attachment_id", "seq", "bytes") SELECT "id", 0, "content" FROM "referral_attachments"`,
    );
    await q.query(`UPDATE "referral_attachments" SET "completed_at" = "created_at"`);
    await q.query(`ALTER TABLE "referral_attachments" DROP COLUMN "content"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "referral_attachments" ADD "content" bytea`);
    await q.query(
      `UPDATE "referral_attachments" a SET "content" = (SELECT string_agg(c."bytes", ''::bytea ORDER BY c."seq") FROM "referral_attachment_chunks" c WHERE c."attachment_id" = a."id")`,
    );
    await q.query(`DELETE FROM "referral_attachments" WHERE "content" IS NULL`);
    await q.query(`ALTER TABLE "referral_attachments" ALTER COLUMN "content" SET NOT NULL`);
    await q.query(`ALTER TABLE "referral_attachments" DROP COLUMN "completed_at"`);
    await q.query(`DROP TABLE "referral_attachment_chunks"`);
  }
}
