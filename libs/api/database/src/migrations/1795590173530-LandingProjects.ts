import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LandingProjects1795590173530 implements MigrationInterface {
  name = 'LandingProjects1795590173530';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"projects\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"lead_id\" uuid, \"enterprise_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"type\" character varying(8) NOT NULL, \"industry_code\" character varying(40) NOT NULL, \"segment_code\" character varying(40) NOT NULL, \"channel\" character varying(16) NOT NULL, \"source_organization_id\" uuid, \"owner_id\" uuid NOT NULL, \"town_code\" character varying(40), \"park\" character varying(100), \"contract_investment\" numeric(18,4), \"registered_capital\" numeric(18,4), \"planned_fixed_asset_investment\" numeric(18,4), \"actual_fixed_asset_investment\" numeric(18,4), \"expected_output\" numeric(18,4), \"expected_tax\" numeric(18,4), \"land_area\" numeric(12,2), \"site_supply_mode\" character varying(24), \"space_area\" numeric(12,2), \"space_tenure\" character varying(8), \"industrial_high_rise\" boolean NOT NULL DEFAULT false, \"jobs_planned\" integer, \"notes\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"projects_jobs_planned_check\" CHECK (jobs_planned IS NULL OR jobs_planned >= 0), CONSTRAINT \"projects_space_tenure_check\" CHECK (space_tenure IS NULL OR space_tenure IN ('LEASED', 'BOUGHT')), CONSTRAINT \"projects_site_supply_mode_check\" CHECK (site_supply_mode IS NULL OR site_supply_mode IN ('FLEXIBLE_TRANSFER', 'LONG_LEASE', 'LEASE_THEN_TRANSFER', 'LEASE_AND_TRANSFER')), CONSTRAINT \"projects_channel_check\" CHECK (channel IN ('CHAIN', 'PLATFORM', 'FUND', 'BUSINESS', 'RETURN', 'SELF', 'EVENT')), CONSTRAINT \"projects_type_check\" CHECK (type IN ('HEAVY', 'LIGHT')), CONSTRAINT \"PK_6271df0a7aed1d6c0691ce6ac50\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"projects_lead_id_key\" ON \"projects\"  (\"lead_id\") ");
    await queryRunner.query("CREATE INDEX \"projects_enterprise_id_idx\" ON \"projects\"  (\"enterprise_id\") ");
    await queryRunner.query("CREATE INDEX \"projects_industry_code_idx\" ON \"projects\"  (\"industry_code\") ");
    await queryRunner.query("CREATE INDEX \"projects_source_organization_id_idx\" ON \"projects\"  (\"source_organization_id\") ");
    await queryRunner.query("CREATE INDEX \"projects_owner_id_idx\" ON \"projects\"  (\"owner_id\") ");
    await queryRunner.query("CREATE INDEX \"projects_created_at_id_idx\" ON \"projects\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"project_milestones\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"code\" character varying(24) NOT NULL, \"position\" integer NOT NULL, \"planned_date\" date, \"actual_date\" date, CONSTRAINT \"project_milestones_project_code_key\" UNIQUE (\"project_id\", \"code\"), CONSTRAINT \"project_milestones_code_check\" CHECK (code IN ('SIGNED', 'REGISTERED', 'SITE_SECURED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'IN_PRODUCTION', 'FULL_OUTPUT', 'MOVED_IN', 'OPERATING')), CONSTRAINT \"PK_0c561300a12c6ba3ad793dff4b8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"project_milestones_code_actual_idx\" ON \"project_milestones\"  (\"code\", \"actual_date\") ");
    await queryRunner.query("CREATE TABLE \"project_plan_changes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"code\" character varying(24) NOT NULL, \"previous_date\" date, \"planned_date\" date, \"reason\" text, \"actor_id\" uuid, \"actor_name\" character varying(64) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"project_plan_changes_code_check\" CHECK (code IN ('SIGNED', 'REGISTERED', 'SITE_SECURED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'IN_PRODUCTION', 'FULL_OUTPUT', 'MOVED_IN', 'OPERATING')), CONSTRAINT \"PK_19bb142c990456c7f23c5103f84\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"project_plan_changes_project_idx\" ON \"project_plan_changes\"  (\"project_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"project_support_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"kind\" character varying(32) NOT NULL, \"applied_amount\" numeric(18,4), \"granted_amount\" numeric(18,4), \"applied_on\" date, \"notes\" text, CONSTRAINT \"project_support_items_kind_check\" CHECK (kind IN ('PRELIMINARY_COSTS', 'SPACE_COSTS', 'FIXED_ASSET_INVESTMENT')), CONSTRAINT \"PK_62beeeb48ff4f92fc5813b60f77\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"project_support_items_project_idx\" ON \"project_support_items\"  (\"project_id\") ");
    await queryRunner.query("CREATE TABLE \"milestone_templates\" (\"project_type\" character varying(8) NOT NULL, \"code\" character varying(24) NOT NULL, \"position\" integer NOT NULL, \"name\" character varying(64) NOT NULL, \"name_en\" character varying(128) NOT NULL, CONSTRAINT \"milestone_templates_code_check\" CHECK (code IN ('SIGNED', 'REGISTERED', 'SITE_SECURED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'IN_PRODUCTION', 'FULL_OUTPUT', 'MOVED_IN', 'OPERATING')), CONSTRAINT \"milestone_templates_type_check\" CHECK (project_type IN ('HEAVY', 'LIGHT')), CONSTRAINT \"PK_fd26e7f2562a28f069a49951205\" PRIMARY KEY (\"project_type\", \"code\"))");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_f92749a9dcdd54f83bdde8edfd5\" FOREIGN KEY (\"lead_id\") REFERENCES \"leads\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_7fca7a2b1246609deea6a302179\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_29f50d059597b5901abc7c930d8\" FOREIGN KEY (\"industry_code\") REFERENCES \"industries\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_c9c735a0ade295cc9e0eb6b7703\" FOREIGN KEY (\"segment_code\") REFERENCES \"segments\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_88227bf73558ad81dc4a84d0485\" FOREIGN KEY (\"source_organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_b1bd2fbf5d0ef67319c91acb5cf\" FOREIGN KEY (\"owner_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"projects\" ADD CONSTRAINT \"FK_88ce3d310b15437dc799aaff429\" FOREIGN KEY (\"town_code\") REFERENCES \"places\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_milestones\" ADD CONSTRAINT \"FK_4072d2ff8e9ee23e9e03e5f6721\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_plan_changes\" ADD CONSTRAINT \"FK_333db87cede66409e6cb53df038\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"project_support_items\" ADD CONSTRAINT \"FK_601e5547235cf2438ac1c9a25c6\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_support_items\" DROP CONSTRAINT \"FK_601e5547235cf2438ac1c9a25c6\"");
    await queryRunner.query("ALTER TABLE \"project_plan_changes\" DROP CONSTRAINT \"FK_333db87cede66409e6cb53df038\"");
    await queryRunner.query("ALTER TABLE \"project_milestones\" DROP CONSTRAINT \"FK_4072d2ff8e9ee23e9e03e5f6721\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_88ce3d310b15437dc799aaff429\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_b1bd2fbf5d0ef67319c91acb5cf\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_88227bf73558ad81dc4a84d0485\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_c9c735a0ade295cc9e0eb6b7703\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_29f50d059597b5901abc7c930d8\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_7fca7a2b1246609deea6a302179\"");
    await queryRunner.query("ALTER TABLE \"projects\" DROP CONSTRAINT \"FK_f92749a9dcdd54f83bdde8edfd5\"");
    await queryRunner.query("DROP TABLE \"milestone_templates\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_support_items_project_idx\"");
    await queryRunner.query("DROP TABLE \"project_support_items\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_plan_changes_project_idx\"");
    await queryRunner.query("DROP TABLE \"project_plan_changes\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_milestones_code_actual_idx\"");
    await queryRunner.query("DROP TABLE \"project_milestones\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_created_at_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_owner_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_source_organization_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_industry_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_enterprise_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"projects_lead_id_key\"");
    await queryRunner.query("DROP TABLE \"projects\"");
  }
}
