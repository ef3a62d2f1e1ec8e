import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Global search by phone, and the notification centre (issue 15).
 *
 * Phones are kept as typed (138-1234-5678, +86 138 1234 5678, (021)57123456). lz_phone_key of a
 * phone is its digits reversed, so the phone ending in some digits (a mobile with or without +86,
 * a landline with or without its area code) is a prefix of the key, which a text_pattern_ops
 * index serves: lz_phone_key(phone) LIKE reversed digits followed by %.
 *
 * notifications: one row per recipient; the bell counts a user's unread rows through a partial
 * index, the centre lists a user's rows newest first, and a reminder's key is unique per user so
 * the daily job can run any number of times.
 */
const PHONE_KEY =
  "CREATE FUNCTION lz_phone_key(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT reverse(regexp_replace(t, '[^0-9]', '', 'g')) $$";

export class SearchAndNotifications1796350000000 implements MigrationInterface {
  name = 'SearchAndNotifications1796350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PHONE_KEY);
    await queryRunner.query(
      'CREATE INDEX enterprise_contacts_phone_key_idx ON enterprise_contacts (lz_phone_key(phone) text_pattern_ops) WHERE phone IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX referrals_contact_phone_key_idx ON referrals (lz_phone_key(contact_phone) text_pattern_ops)',
    );
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"recipient_id\" uuid NOT NULL, \"kind\" character varying(32) NOT NULL, \"title\" character varying(300) NOT NULL, \"record_kind\" character varying(16) NOT NULL, \"record_id\" uuid NOT NULL, \"reminder_key\" character varying(120), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"notifications_record_kind_check\" CHECK (record_kind IN ('ENTERPRISE', 'LEAD', 'PROJECT', 'REFERRAL', 'FUND')), CONSTRAINT \"notifications_kind_check\" CHECK (kind IN ('REFERRAL_FILED', 'REFERRAL_ACCEPTED', 'REFERRAL_REJECTED', 'REFERRAL_EXPIRING', 'MILESTONE_DUE', 'MILESTONE_OVERDUE', 'LEAD_ASSIGNED')), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"notifications_reminder_key\" ON \"notifications\"  (\"recipient_id\", \"reminder_key\") WHERE reminder_key IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"notifications_unread_idx\" ON \"notifications\"  (\"recipient_id\") WHERE read_at IS NULL");
    await queryRunner.query("CREATE INDEX \"notifications_recipient_created_idx\" ON \"notifications\"  (\"recipient_id\", \"created_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\" FOREIGN KEY (\"recipient_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_5332a4daa46fd3f4e6625dd275d\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_recipient_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_unread_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_reminder_key\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query('DROP INDEX referrals_contact_phone_key_idx');
    await queryRunner.query('DROP INDEX enterprise_contacts_phone_key_idx');
    await queryRunner.query('DROP FUNCTION lz_phone_key(text)');
  }
}
