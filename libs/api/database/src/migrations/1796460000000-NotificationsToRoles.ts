import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A message to a role is one row (recipient_role), not one row per user of the role written in
 * the writing transaction: every referral filed in a city-scale district wrote 300 rows (20 ms of
 * the filing). Each user receives a copy (source_id) when they next read their notifications;
 * notification_deliveries holds how far each user's copying reaches. Rows written before stay
 * as they are (already one per user), so every existing user starts copying from now.
 */
export class NotificationsToRoles1796460000000 implements MigrationInterface {
  name = 'NotificationsToRoles1796460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_deliveries" ("user_id" uuid NOT NULL, "delivered_until" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9fcd0b72070848cc484af6bc1ea" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_deliveries" ADD CONSTRAINT "FK_9fcd0b72070848cc484af6bc1ea" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'INSERT INTO notification_deliveries (user_id, delivered_until) SELECT id, now() FROM users',
    );
    await queryRunner.query('ALTER TABLE "notifications" ADD "recipient_role" character varying(16)');
    await queryRunner.query('ALTER TABLE "notifications" ADD "source_id" uuid');
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "recipient_id" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_check" CHECK ((recipient_id IS NULL) <> (recipient_role IS NULL))',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_role_created_idx" ON "notifications" ("recipient_role", "created_at") WHERE recipient_role IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notifications_delivered_key" ON "notifications" ("recipient_id", "source_id") WHERE source_id IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "notifications_delivered_key"');
    await queryRunner.query('DROP INDEX "notifications_role_created_idx"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "notifications_recipient_check"');
    // A role message has no single recipient to keep it as; the copies users received stay.
    await queryRunner.query('DELETE FROM notifications WHERE recipient_id IS NULL');
    await queryRunner.query('ALTER TABLE "notifications" ALTER COLUMN "recipient_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "source_id"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "recipient_role"');
    await queryRunner.query('DROP TABLE "notification_deliveries"');
  }
}
