import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Funds1796069819036 implements MigrationInterface {
  name = 'Funds1796069819036';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"funds\" (\"reinvestment_multiple\" numeric(6,2) NOT NULL, \"reinvestment_basis\" character varying(24) NOT NULL, \"count_local\" boolean NOT NULL DEFAULT true, \"local_coefficient\" numeric(4,2) NOT NULL DEFAULT '1', \"count_subsidiary\" boolean NOT NULL DEFAULT true, \"subsidiary_coefficient\" numeric(4,2) NOT NULL DEFAULT '1', \"count_referred\" boolean NOT NULL DEFAULT true, \"referred_coefficient\" numeric(4,2) NOT NULL DEFAULT '1', \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"kind\" character varying(24) NOT NULL, \"manager_organization_id\" uuid NOT NULL, \"size\" numeric(16,2) NOT NULL, \"government_contribution\" numeric(16,2) NOT NULL, \"vintage_date\" date NOT NULL, \"term_years\" integer, \"focus_segment_codes\" character varying array NOT NULL DEFAULT '{}', \"status\" character varying(16) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"funds_coefficients_check\" CHECK (local_coefficient >= 0 AND subsidiary_coefficient >= 0 AND referred_coefficient >= 0), CONSTRAINT \"funds_reinvestment_basis_check\" CHECK (reinvestment_basis IN ('GOVERNMENT_CONTRIBUTION', 'FUND_SIZE')), CONSTRAINT \"funds_reinvestment_multiple_check\" CHECK (reinvestment_multiple >= 0), CONSTRAINT \"funds_term_years_check\" CHECK (term_years IS NULL OR term_years > 0), CONSTRAINT \"funds_amounts_check\" CHECK (size > 0 AND government_contribution >= 0 AND government_contribution <= size), CONSTRAINT \"funds_status_check\" CHECK (status IN ('RAISING', 'INVESTING', 'EXITING', 'LIQUIDATED')), CONSTRAINT \"funds_kind_check\" CHECK (kind IN ('GOVERNMENT_GUIDANCE', 'STATE_OWNED', 'CHAIN_MASTER', 'MARKET')), CONSTRAINT \"PK_d785f4bb8f680f3febd40718f68\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"funds_name_key\" ON \"funds\"  (\"name\") ");
    await queryRunner.query("CREATE INDEX \"funds_manager_organization_id_idx\" ON \"funds\"  (\"manager_organization_id\") ");
    await queryRunner.query("CREATE INDEX \"funds_vintage_date_id_idx\" ON \"funds\"  (\"vintage_date\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"funds_size_id_idx\" ON \"funds\"  (\"size\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"funds_created_at_id_idx\" ON \"funds\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"fund_rule_changes\" (\"reinvestment_multiple\" numeric(6,2) NOT NULL, \"reinvestment_basis\" character varying(24) NOT NULL, \"count_local\" boolean NOT NULL DEFAULT true, \"local_coefficient\" numeric(4,2) NOT NULL DEFAULT '1', \"count_subsidiary\" boolean NOT NULL DEFAULT true, \"subsidiary_coefficient\" numeric(4,2) NOT NULL DEFAULT '1', \"count_referred\" boolean NOT NULL DEFAULT true, \"referred_coefficient\" numeric(4,2) NOT NULL DEFAULT '1', \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"fund_id\" uuid NOT NULL, \"note\" text, \"changed_by\" uuid, \"changed_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"fund_rule_changes_coefficients_check\" CHECK (local_coefficient >= 0 AND subsidiary_coefficient >= 0 AND referred_coefficient >= 0), CONSTRAINT \"fund_rule_changes_reinvestment_basis_check\" CHECK (reinvestment_basis IN ('GOVERNMENT_CONTRIBUTION', 'FUND_SIZE')), CONSTRAINT \"fund_rule_changes_reinvestment_multiple_check\" CHECK (reinvestment_multiple >= 0), CONSTRAINT \"PK_3f49d547e2ac57d5c0e0efdbd0d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"fund_rule_changes_changed_by_idx\" ON \"fund_rule_changes\"  (\"changed_by\") ");
    await queryRunner.query("CREATE INDEX \"fund_rule_changes_fund_idx\" ON \"fund_rule_changes\"  (\"fund_id\", \"changed_at\") ");
    await queryRunner.query("CREATE TABLE \"investments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"fund_id\" uuid NOT NULL, \"enterprise_id\" uuid NOT NULL, \"amount\" numeric(16,2) NOT NULL, \"invested_on\" date NOT NULL, \"round\" character varying(8) NOT NULL, \"stage\" character varying(10) NOT NULL, \"lead_id\" uuid, \"project_id\" uuid, \"local_amount\" numeric(16,2), \"created_by\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"investments_local_amount_check\" CHECK (local_amount IS NULL OR local_amount > 0), CONSTRAINT \"investments_amount_check\" CHECK (amount > 0), CONSTRAINT \"investments_stage_check\" CHECK (stage IN ('INTENDED', 'DECIDED', 'PAID')), CONSTRAINT \"investments_round_check\" CHECK (round IN ('SEED', 'ANGEL', 'PRE_A', 'A', 'B', 'C_PLUS', 'PRE_IPO', 'M_AND_A')), CONSTRAINT \"PK_a1263853f1a4fb8b849c1c9aff4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"investments_enterprise_id_idx\" ON \"investments\"  (\"enterprise_id\") ");
    await queryRunner.query("CREATE INDEX \"investments_lead_id_idx\" ON \"investments\"  (\"lead_id\") WHERE lead_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"investments_project_id_idx\" ON \"investments\"  (\"project_id\") WHERE project_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"investments_created_at_id_idx\" ON \"investments\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"investments_invested_on_id_idx\" ON \"investments\"  (\"invested_on\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"investments_fund_invested_on_idx\" ON \"investments\"  (\"fund_id\", \"invested_on\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"enterprises\" ADD \"local_stock_since\" date");
    await queryRunner.query("ALTER TABLE \"leads\" ADD \"fund_id\" uuid");
    await queryRunner.query("CREATE INDEX \"leads_fund_id_idx\" ON \"leads\"  (\"fund_id\") WHERE fund_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"leads\" ADD CONSTRAINT \"FK_e84a576dd382fa16423e6aa23a8\" FOREIGN KEY (\"fund_id\") REFERENCES \"funds\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"funds\" ADD CONSTRAINT \"FK_847f3521d28b124cb2a1f560e2a\" FOREIGN KEY (\"manager_organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fund_rule_changes\" ADD CONSTRAINT \"FK_7d3e74258fa9cb74c3ae8984646\" FOREIGN KEY (\"fund_id\") REFERENCES \"funds\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fund_rule_changes\" ADD CONSTRAINT \"FK_955bacfd9a12defe14e19688e31\" FOREIGN KEY (\"changed_by\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"investments\" ADD CONSTRAINT \"FK_12679e05e2e46279c9aec18c104\" FOREIGN KEY (\"fund_id\") REFERENCES \"funds\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"investments\" ADD CONSTRAINT \"FK_ad044dee309514f1e04ae2544b7\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"investments\" ADD CONSTRAINT \"FK_dcd689ecb3a55b062ae4b74f95b\" FOREIGN KEY (\"lead_id\") REFERENCES \"leads\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"investments\" ADD CONSTRAINT \"FK_91e144522806498f9c16493fe5d\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"investments\" ADD CONSTRAINT \"FK_a4735bb266f8d162c8ef71a51cd\" FOREIGN KEY (\"created_by\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"investments\" DROP CONSTRAINT \"FK_a4735bb266f8d162c8ef71a51cd\"");
    await queryRunner.query("ALTER TABLE \"investments\" DROP CONSTRAINT \"FK_91e144522806498f9c16493fe5d\"");
    await queryRunner.query("ALTER TABLE \"investments\" DROP CONSTRAINT \"FK_dcd689ecb3a55b062ae4b74f95b\"");
    await queryRunner.query("ALTER TABLE \"investments\" DROP CONSTRAINT \"FK_ad044dee309514f1e04ae2544b7\"");
    await queryRunner.query("ALTER TABLE \"investments\" DROP CONSTRAINT \"FK_12679e05e2e46279c9aec18c104\"");
    await queryRunner.query("ALTER TABLE \"fund_rule_changes\" DROP CONSTRAINT \"FK_955bacfd9a12defe14e19688e31\"");
    await queryRunner.query("ALTER TABLE \"fund_rule_changes\" DROP CONSTRAINT \"FK_7d3e74258fa9cb74c3ae8984646\"");
    await queryRunner.query("ALTER TABLE \"funds\" DROP CONSTRAINT \"FK_847f3521d28b124cb2a1f560e2a\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP CONSTRAINT \"FK_e84a576dd382fa16423e6aa23a8\"");
    await queryRunner.query("DROP INDEX \"public\".\"leads_fund_id_idx\"");
    await queryRunner.query("ALTER TABLE \"leads\" DROP COLUMN \"fund_id\"");
    await queryRunner.query("ALTER TABLE \"enterprises\" DROP COLUMN \"local_stock_since\"");
    await queryRunner.query("DROP INDEX \"public\".\"investments_fund_invested_on_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"investments_invested_on_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"investments_created_at_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"investments_project_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"investments_lead_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"investments_enterprise_id_idx\"");
    await queryRunner.query("DROP TABLE \"investments\"");
    await queryRunner.query("DROP INDEX \"public\".\"fund_rule_changes_fund_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"fund_rule_changes_changed_by_idx\"");
    await queryRunner.query("DROP TABLE \"fund_rule_changes\"");
    await queryRunner.query("DROP INDEX \"public\".\"funds_created_at_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"funds_size_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"funds_vintage_date_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"funds_manager_organization_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"funds_name_key\"");
    await queryRunner.query("DROP TABLE \"funds\"");
  }
}
