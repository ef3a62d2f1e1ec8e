import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Policies1796310000000 implements MigrationInterface {
  name = 'Policies1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"policies\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"doc_number\" character varying(100) NOT NULL, \"title\" character varying(300) NOT NULL, \"issued_on\" date NOT NULL, \"valid_until\" date, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"policies_validity_check\" CHECK (valid_until IS NULL OR valid_until >= issued_on), CONSTRAINT \"PK_603e09f183df0108d8695c57e28\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"policies_doc_number_key\" ON \"policies\"  (\"doc_number\") ");
    await queryRunner.query("CREATE INDEX \"policies_issued_on_id_idx\" ON \"policies\"  (\"issued_on\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"policy_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"policy_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"kind\" character varying(32) NOT NULL, \"condition\" jsonb NOT NULL, \"amount\" jsonb, \"notes\" text, \"retired_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"policy_items_kind_check\" CHECK (kind IN ('PRELIMINARY_COSTS', 'SPACE_COSTS', 'FIXED_ASSET_INVESTMENT', 'TALENT', 'RESEARCH', 'OTHER')), CONSTRAINT \"PK_127310061e0f1358315cd2aa809\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"policy_items_policy_idx\" ON \"policy_items\"  (\"policy_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"policy_matches\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"project_id\" uuid NOT NULL, \"item_id\" uuid NOT NULL, \"qualified\" boolean NOT NULL, \"amount\" numeric(18,4), \"missing\" jsonb NOT NULL DEFAULT '[]', \"qualified_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"policy_matches_project_item_key\" UNIQUE (\"project_id\", \"item_id\"), CONSTRAINT \"PK_37329f8ccb89fb2d9782df61745\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"policy_matches_qualified_at_idx\" ON \"policy_matches\"  (\"qualified_at\", \"id\") WHERE qualified_at IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"policy_matches_item_idx\" ON \"policy_matches\"  (\"item_id\") ");
    await queryRunner.query("ALTER TABLE \"project_support_items\" ADD \"policy_item_id\" uuid");
    await queryRunner.query("CREATE INDEX \"project_support_items_policy_item_idx\" ON \"project_support_items\"  (\"policy_item_id\") WHERE policy_item_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"project_support_items\" ADD CONSTRAINT \"project_support_items_policy_item_fk\" FOREIGN KEY (\"policy_item_id\") REFERENCES \"policy_items\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"policy_items\" ADD CONSTRAINT \"FK_137cd497c943cbfb9f9732ef3b0\" FOREIGN KEY (\"policy_id\") REFERENCES \"policies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ADD CONSTRAINT \"FK_dfddae24959f711c41a01ebe4c4\" FOREIGN KEY (\"project_id\") REFERENCES \"projects\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"policy_matches\" ADD CONSTRAINT \"FK_31ddfb97eab17d0d4dfbf5c8f87\" FOREIGN KEY (\"item_id\") REFERENCES \"policy_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"policy_matches\" DROP CONSTRAINT \"FK_31ddfb97eab17d0d4dfbf5c8f87\"");
    await queryRunner.query("ALTER TABLE \"policy_matches\" DROP CONSTRAINT \"FK_dfddae24959f711c41a01ebe4c4\"");
    await queryRunner.query("ALTER TABLE \"policy_items\" DROP CONSTRAINT \"FK_137cd497c943cbfb9f9732ef3b0\"");
    await queryRunner.query("ALTER TABLE \"project_support_items\" DROP CONSTRAINT \"project_support_items_policy_item_fk\"");
    await queryRunner.query("DROP INDEX \"public\".\"project_support_items_policy_item_idx\"");
    await queryRunner.query("ALTER TABLE \"project_support_items\" DROP COLUMN \"policy_item_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"policy_matches_item_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"policy_matches_qualified_at_idx\"");
    await queryRunner.query("DROP TABLE \"policy_matches\"");
    await queryRunner.query("DROP INDEX \"public\".\"policy_items_policy_idx\"");
    await queryRunner.query("DROP TABLE \"policy_items\"");
    await queryRunner.query("DROP INDEX \"public\".\"policies_issued_on_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"policies_doc_number_key\"");
    await queryRunner.query("DROP TABLE \"policies\"");
  }
}
