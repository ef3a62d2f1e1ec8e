import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1795590570582 implements MigrationInterface {
  name = 'Referrals1795590570582';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organization_segments\" (\"organization_id\" uuid NOT NULL, \"segment_code\" character varying(40) NOT NULL, CONSTRAINT \"PK_89fb7e4ef9ce287ade9b323a737\" PRIMARY KEY (\"organization_id\", \"segment_code\"))");
    await queryRunner.query("CREATE TABLE \"referrals\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"filed_by_id\" uuid NOT NULL, \"company_name\" character varying(200) NOT NULL, \"name_key\" character varying(200) NOT NULL, \"credit_code\" character varying(18), \"industry_code\" character varying(40) NOT NULL, \"segment_code\" character varying(40) NOT NULL, \"planned_investment\" numeric(18,4), \"land_need\" numeric(12,2), \"space_need\" numeric(12,2), \"timeline\" character varying(200), \"contact_name\" character varying(64) NOT NULL, \"contact_phone\" character varying(32) NOT NULL, \"notes\" text, \"status\" character varying(16) NOT NULL, \"protected_until\" date, \"conflict_with_id\" uuid, \"matched_lead_id\" uuid, \"lead_id\" uuid, \"enterprise_id\" uuid, \"decision_reason\" text, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decided_by_id\" uuid, \"reward_amount\" numeric(18,4), \"rewarded_on\" date, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"referrals_status_check\" CHECK (status IN ('PROTECTED', 'CONFLICT', 'EXISTING', 'ACCEPTED', 'REJECTED', 'EXPIRED')), CONSTRAINT \"PK_ea9980e34f738b6252817326c08\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"referrals_name_key_idx\" ON \"referrals\"  (\"name_key\") ");
    await queryRunner.query("CREATE INDEX \"referrals_credit_code_idx\" ON \"referrals\"  (\"credit_code\") ");
    await queryRunner.query("CREATE INDEX \"referrals_status_idx\" ON \"referrals\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"referrals_lead_id_idx\" ON \"referrals\"  (\"lead_id\") ");
    await queryRunner.query("CREATE INDEX \"referrals_created_at_id_idx\" ON \"referrals\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"referrals_organization_created_idx\" ON \"referrals\"  (\"organization_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"referrals_live_name_key\" ON \"referrals\"  (\"name_key\") WHERE status IN ('PROTECTED', 'ACCEPTED')");
    await queryRunner.query("CREATE UNIQUE INDEX \"referrals_live_credit_code_key\" ON \"referrals\"  (\"credit_code\") WHERE credit_code IS NOT NULL AND status IN ('PROTECTED', 'ACCEPTED')");
    await queryRunner.query("CREATE TABLE \"referral_history\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"referral_id\" uuid NOT NULL, \"event\" character varying(16) NOT NULL, \"status\" character varying(16) NOT NULL, \"protected_until\" date, \"note\" text, \"partner_note\" text, \"actor_id\" uuid, \"actor_name\" character varying(64) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT \"referral_history_status_check\" CHECK (status IN ('PROTECTED', 'CONFLICT', 'EXISTING', 'ACCEPTED', 'REJECTED', 'EXPIRED')), CONSTRAINT \"referral_history_event_check\" CHECK (event IN ('FILED', 'MATCHED', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'EXTENDED', 'REWARDED')), CONSTRAINT \"PK_a09e5fca033f189bd757a535e9f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"referral_history_referral_idx\" ON \"referral_history\"  (\"referral_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"referral_settings\" (\"id\" integer NOT NULL, \"protection_days\" integer NOT NULL DEFAULT '180', \"reward_milestone\" character varying(32) NOT NULL DEFAULT 'REGISTERED', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"referral_settings_protection_days_check\" CHECK (protection_days BETWEEN 1 AND 1095), CONSTRAINT \"referral_settings_single_row_check\" CHECK (id = 1), CONSTRAINT \"PK_82f3d97e8deb3930cfdd8150386\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"organizations\" ADD \"certified_on\" date");
    await queryRunner.query("ALTER TABLE \"organizations\" ADD \"contract_starts_on\" date");
    await queryRunner.query("ALTER TABLE \"organizations\" ADD \"contract_ends_on\" date");
    await queryRunner.query("ALTER TABLE \"organizations\" ADD CONSTRAINT \"organizations_contract_period_check\" CHECK (contract_ends_on IS NULL OR contract_starts_on IS NULL OR contract_ends_on >= contract_starts_on)");
    await queryRunner.query("ALTER TABLE \"organization_segments\" ADD CONSTRAINT \"FK_9279a8b2bcceed8d8135758d098\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organization_segments\" ADD CONSTRAINT \"FK_68e7dc767f8156cad1783e5e076\" FOREIGN KEY (\"segment_code\") REFERENCES \"segments\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_f3f73accc1d8e36d413bdfc4751\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_57a4d473e2676f8af44615f1e80\" FOREIGN KEY (\"filed_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_fb1ac76050ec954ce0d31c5cfab\" FOREIGN KEY (\"decided_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_b895c07e833ff15c36ea3ec24c0\" FOREIGN KEY (\"industry_code\") REFERENCES \"industries\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_ba79bfbdebab6193772d5a1d497\" FOREIGN KEY (\"segment_code\") REFERENCES \"segments\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_62cc99aa7ca2e49ec6921a5204d\" FOREIGN KEY (\"conflict_with_id\") REFERENCES \"referrals\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_799bfbfe104ff602f68ff8bb5ca\" FOREIGN KEY (\"matched_lead_id\") REFERENCES \"leads\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_16ae405da20c963a4cca528ad3f\" FOREIGN KEY (\"lead_id\") REFERENCES \"leads\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_1d409c448a53c8541cf1c86dde1\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_history\" ADD CONSTRAINT \"FK_e41b2796f48fe6d8f240d0835c3\" FOREIGN KEY (\"referral_id\") REFERENCES \"referrals\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"referral_history\" DROP CONSTRAINT \"FK_e41b2796f48fe6d8f240d0835c3\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_1d409c448a53c8541cf1c86dde1\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_16ae405da20c963a4cca528ad3f\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_799bfbfe104ff602f68ff8bb5ca\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_62cc99aa7ca2e49ec6921a5204d\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_ba79bfbdebab6193772d5a1d497\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_b895c07e833ff15c36ea3ec24c0\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_fb1ac76050ec954ce0d31c5cfab\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_57a4d473e2676f8af44615f1e80\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_f3f73accc1d8e36d413bdfc4751\"");
    await queryRunner.query("ALTER TABLE \"organization_segments\" DROP CONSTRAINT \"FK_68e7dc767f8156cad1783e5e076\"");
    await queryRunner.query("ALTER TABLE \"organization_segments\" DROP CONSTRAINT \"FK_9279a8b2bcceed8d8135758d098\"");
    await queryRunner.query("ALTER TABLE \"organizations\" DROP CONSTRAINT \"organizations_contract_period_check\"");
    await queryRunner.query("ALTER TABLE \"organizations\" DROP COLUMN \"contract_ends_on\"");
    await queryRunner.query("ALTER TABLE \"organizations\" DROP COLUMN \"contract_starts_on\"");
    await queryRunner.query("ALTER TABLE \"organizations\" DROP COLUMN \"certified_on\"");
    await queryRunner.query("DROP TABLE \"referral_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"referral_history_referral_idx\"");
    await queryRunner.query("DROP TABLE \"referral_history\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_live_credit_code_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_live_name_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_organization_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_created_at_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_lead_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_credit_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"referrals_name_key_idx\"");
    await queryRunner.query("DROP TABLE \"referrals\"");
    await queryRunner.query("DROP TABLE \"organization_segments\"");
  }
}
