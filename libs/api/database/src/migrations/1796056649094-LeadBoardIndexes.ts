import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the lead board at city scale: each column (one stage) reads its first page in the
 * list's order straight off an index, newest first or by planned investment. The investment ones
 * index the kit's sort expression with its NULL stand-in, `COALESCE(planned_investment, -1)`, which
 * TypeORM cannot describe (the entity marks them `synchronize: false`). They lead with columns of
 * the one-column indexes they replace, so those go.
 */
export class LeadBoardIndexes1796056649094 implements MigrationInterface {
  name = 'LeadBoardIndexes1796056649094';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"leads_industry_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"leads_owner_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"leads_stage_idx\"");
    await queryRunner.query("CREATE INDEX \"leads_owner_stage_idx\" ON \"leads\"  (\"owner_id\", \"stage\", \"created_at\", \"id\", \"planned_investment\") ");
    await queryRunner.query("CREATE INDEX \"leads_stage_created_at_idx\" ON \"leads\"  (\"stage\", \"created_at\", \"id\") ");
    await queryRunner.query(
      "CREATE INDEX leads_stage_investment_idx ON leads (stage, (COALESCE(planned_investment, '-1'::numeric)), id)",
    );
    await queryRunner.query(
      "CREATE INDEX leads_industry_stage_investment_idx ON leads (industry_code, stage, (COALESCE(planned_investment, '-1'::numeric)), id)",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX leads_industry_stage_investment_idx');
    await queryRunner.query('DROP INDEX leads_stage_investment_idx');
    await queryRunner.query("DROP INDEX \"public\".\"leads_stage_created_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"leads_owner_stage_idx\"");
    await queryRunner.query("CREATE INDEX \"leads_stage_idx\" ON \"leads\" USING btree (\"stage\") ");
    await queryRunner.query("CREATE INDEX \"leads_owner_id_idx\" ON \"leads\" USING btree (\"owner_id\") ");
    await queryRunner.query("CREATE INDEX \"leads_industry_code_idx\" ON \"leads\" USING btree (\"industry_code\") ");
  }
}
