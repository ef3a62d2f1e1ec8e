import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A record folded into another (an enterprise merge): the survivor's trail shows the merged
 * record's entries too. Kept beside the trail instead of re-pointing its rows, which stay exactly
 * as written (the audit table refuses updates). A later merge of the survivor re-points these
 * rows, so a trail gathers everything merged into it at any depth.
 */
@Entity('audit_merged_records')
@Index('audit_merged_records_survivor_idx', ['entityType', 'survivorId'])
export class AuditMergedRecord {
  @PrimaryColumn({ type: 'uuid' })
  mergedId!: string;

  @Column({ type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ type: 'uuid' })
  survivorId!: string;
}
