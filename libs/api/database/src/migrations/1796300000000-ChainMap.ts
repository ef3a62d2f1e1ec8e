import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHAIN_LINK_SEEDS } from '@lianzhao/domain';

export class ChainMap1796300000000 implements MigrationInterface {
  name = 'ChainMap1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"chain_links\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"segment_code\" character varying(40) NOT NULL, \"name\" character varying(64) NOT NULL, \"tier\" character varying(10) NOT NULL, \"position\" integer NOT NULL, \"retired_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"chain_links_tier_check\" CHECK (tier IN ('UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM')), CONSTRAINT \"PK_e00a307d8f9a05e41bcb33bcb58\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"chain_links_segment_name_key\" ON \"chain_links\"  (\"segment_code\", \"name\") WHERE retired_at IS NULL");
    await queryRunner.query("CREATE INDEX \"chain_links_segment_position_idx\" ON \"chain_links\"  (\"segment_code\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"chain_placements\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"link_id\" uuid NOT NULL, \"entity_type\" character varying(12) NOT NULL, \"entity_id\" uuid NOT NULL, \"created_by\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"chain_placements_entity_type_check\" CHECK (entity_type IN ('ENTERPRISE', 'LEAD', 'PROJECT', 'INVESTMENT', 'REFERRAL')), CONSTRAINT \"PK_9d083e859d76328050f2b840b11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"chain_placements_entity_idx\" ON \"chain_placements\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"chain_placements_link_entity_key\" ON \"chain_placements\"  (\"link_id\", \"entity_type\", \"entity_id\") ");
    await queryRunner.query("CREATE TABLE \"chain_settings\" (\"id\" integer NOT NULL DEFAULT '1', \"min_enterprises\" integer NOT NULL DEFAULT '3', \"min_expected_output\" numeric(18,4), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"chain_settings_min_enterprises_check\" CHECK (min_enterprises >= 1), CONSTRAINT \"chain_settings_single_row_check\" CHECK (id = 1), CONSTRAINT \"PK_4890d0cc59d1992a8cd4b0494b4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"chain_targets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"link_id\" uuid NOT NULL, \"enterprise_id\" uuid, \"company_name\" character varying(200) NOT NULL, \"priority\" character varying(8) NOT NULL, \"owner_id\" uuid NOT NULL, \"channel\" character varying(16) NOT NULL, \"source_organization_id\" uuid, \"supply_chain_entry_id\" uuid, \"notes\" text, \"lead_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"chain_targets_channel_check\" CHECK (channel IN ('CHAIN', 'PLATFORM', 'FUND', 'BUSINESS', 'RETURN', 'SELF', 'EVENT')), CONSTRAINT \"chain_targets_priority_check\" CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')), CONSTRAINT \"PK_cf233146e1cf7d0a315cfd54c13\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"chain_targets_enterprise_id_idx\" ON \"chain_targets\"  (\"enterprise_id\") WHERE enterprise_id IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"chain_targets_lead_id_key\" ON \"chain_targets\"  (\"lead_id\") WHERE lead_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"chain_targets_link_created_idx\" ON \"chain_targets\"  (\"link_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"supply_chain_entries\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"relation\" character varying(10) NOT NULL, \"company_name\" character varying(200) NOT NULL, \"name_normalized\" character varying(200) NOT NULL, \"credit_code\" character varying(18), \"link_id\" uuid, \"supplies\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"supply_chain_entries_relation_check\" CHECK (relation IN ('SUPPLIER', 'CUSTOMER')), CONSTRAINT \"PK_c6e6ca036f05a7ef46b54d68f8c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"supply_chain_entries_created_idx\" ON \"supply_chain_entries\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"supply_chain_entries_organization_created_idx\" ON \"supply_chain_entries\"  (\"organization_id\", \"created_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"chain_links\" ADD CONSTRAINT \"FK_2a7747c0b964578a7740953e695\" FOREIGN KEY (\"segment_code\") REFERENCES \"segments\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_placements\" ADD CONSTRAINT \"FK_11fbc90469b9fe02bb056d06fc6\" FOREIGN KEY (\"link_id\") REFERENCES \"chain_links\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_placements\" ADD CONSTRAINT \"FK_5249b8b06a7cfb185960d6dd12a\" FOREIGN KEY (\"created_by\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_targets\" ADD CONSTRAINT \"FK_4bd47e8927dbb955f0a53b3b72a\" FOREIGN KEY (\"link_id\") REFERENCES \"chain_links\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_targets\" ADD CONSTRAINT \"FK_62d47e4950cc0689cda93122bea\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_targets\" ADD CONSTRAINT \"FK_f12ab243738b258acb048a2b054\" FOREIGN KEY (\"owner_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_targets\" ADD CONSTRAINT \"FK_fa0fa0610fa5236f6355f8d2f19\" FOREIGN KEY (\"source_organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"chain_targets\" ADD CONSTRAINT \"FK_9f06cff70f84fb682b756c72cc5\" FOREIGN KEY (\"lead_id\") REFERENCES \"leads\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"supply_chain_entries\" ADD CONSTRAINT \"FK_ed478bf9839984f6ec20c5a824c\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"supply_chain_entries\" ADD CONSTRAINT \"FK_5872ec050ab1c7c04aec0d499cf\" FOREIGN KEY (\"link_id\") REFERENCES \"chain_links\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // The seeded chains (libs/domain CHAIN_LINK_SEEDS) for the segments that exist, and the
    // default status rule: 3 local enterprises, no output threshold.
    for (const [segmentCode, links] of Object.entries(CHAIN_LINK_SEEDS)) {
      for (const [index, link] of links.entries()) {
        await queryRunner.query(
          'INSERT INTO chain_links (segment_code, name, tier, position) SELECT s.code, CAST($2 AS varchar), CAST($3 AS varchar), CAST($4 AS int) FROM segments s WHERE s.code = CAST($1 AS varchar)',
          [segmentCode, link.name, link.tier, index + 1],
        );
      }
    }
    await queryRunner.query('INSERT INTO chain_settings (id, min_enterprises) VALUES (1, 3)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"supply_chain_entries\" DROP CONSTRAINT \"FK_5872ec050ab1c7c04aec0d499cf\"");
    await queryRunner.query("ALTER TABLE \"supply_chain_entries\" DROP CONSTRAINT \"FK_ed478bf9839984f6ec20c5a824c\"");
    await queryRunner.query("ALTER TABLE \"chain_targets\" DROP CONSTRAINT \"FK_9f06cff70f84fb682b756c72cc5\"");
    await queryRunner.query("ALTER TABLE \"chain_targets\" DROP CONSTRAINT \"FK_fa0fa0610fa5236f6355f8d2f19\"");
    await queryRunner.query("ALTER TABLE \"chain_targets\" DROP CONSTRAINT \"FK_f12ab243738b258acb048a2b054\"");
    await queryRunner.query("ALTER TABLE \"chain_targets\" DROP CONSTRAINT \"FK_62d47e4950cc0689cda93122bea\"");
    await queryRunner.query("ALTER TABLE \"chain_targets\" DROP CONSTRAINT \"FK_4bd47e8927dbb955f0a53b3b72a\"");
    await queryRunner.query("ALTER TABLE \"chain_placements\" DROP CONSTRAINT \"FK_5249b8b06a7cfb185960d6dd12a\"");
    await queryRunner.query("ALTER TABLE \"chain_placements\" DROP CONSTRAINT \"FK_11fbc90469b9fe02bb056d06fc6\"");
    await queryRunner.query("ALTER TABLE \"chain_links\" DROP CONSTRAINT \"FK_2a7747c0b964578a7740953e695\"");
    await queryRunner.query("DROP INDEX \"public\".\"supply_chain_entries_organization_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"supply_chain_entries_created_idx\"");
    await queryRunner.query("DROP TABLE \"supply_chain_entries\"");
    await queryRunner.query("DROP INDEX \"public\".\"chain_targets_link_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"chain_targets_lead_id_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"chain_targets_enterprise_id_idx\"");
    await queryRunner.query("DROP TABLE \"chain_targets\"");
    await queryRunner.query("DROP TABLE \"chain_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"chain_placements_link_entity_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"chain_placements_entity_idx\"");
    await queryRunner.query("DROP TABLE \"chain_placements\"");
    await queryRunner.query("DROP INDEX \"public\".\"chain_links_segment_position_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"chain_links_segment_name_key\"");
    await queryRunner.query("DROP TABLE \"chain_links\"");
  }
}
