import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferralAttachments1795596268379 implements MigrationInterface {
  name = 'ReferralAttachments1795596268379';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"referral_attachments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"referral_id\" uuid NOT NULL, \"file_name\" character varying(200) NOT NULL, \"mime_type\" character varying(100) NOT NULL, \"size_bytes\" integer NOT NULL, \"content\" bytea NOT NULL, \"uploaded_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2f51ebda315c425f928a7c3d3fa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"referral_attachments_referral_idx\" ON \"referral_attachments\"  (\"referral_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"referral_attachments\" ADD CONSTRAINT \"FK_4dca228a72046f576af443b6972\" FOREIGN KEY (\"referral_id\") REFERENCES \"referrals\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"referral_attachments\" DROP CONSTRAINT \"FK_4dca228a72046f576af443b6972\"");
    await queryRunner.query("DROP INDEX \"public\".\"referral_attachments_referral_idx\"");
    await queryRunner.query("DROP TABLE \"referral_attachments\"");
  }
}
