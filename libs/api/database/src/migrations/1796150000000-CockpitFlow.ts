import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the cockpit's pipeline figures over the stage history (lead_stage_changes), which
 * before them were read only per lead (lead_id, at): at 500,000 leads every period figure and
 * every as-of stage read the whole table.
 * - `lead_stage_changes_at_idx` (at) with lead_id and both stages: the moves of a period (the
 *   funnel, the stage durations, the list's movedTo drill-down) and the moves after an as-of day
 *   (LeadFilter.asOf), read from the index alone.
 * - `lead_stage_changes_to_stage_at_idx` (to_stage, at) with lead_id and reason: the moves to one
 *   stage in a period (losses by reason), read from the index alone.
 * INCLUDE columns, which TypeORM cannot describe: the entity marks them `synchronize: false`.
 */
export class CockpitFlow1796150000000 implements MigrationInterface {
  name = 'CockpitFlow1796150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX lead_stage_changes_at_idx ON lead_stage_changes (at) INCLUDE (lead_id, from_stage, to_stage)',
    );
    await queryRunner.query(
      'CREATE INDEX lead_stage_changes_to_stage_at_idx ON lead_stage_changes (to_stage, at) INCLUDE (lead_id, reason)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX lead_stage_changes_to_stage_at_idx');
    await queryRunner.query('DROP INDEX lead_stage_changes_at_idx');
  }
}
