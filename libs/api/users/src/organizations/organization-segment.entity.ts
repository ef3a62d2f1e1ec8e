import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Segment } from '@lianzhao/api-reference';
import { Organization } from './organization.entity';

/** A chain master leads one or more industry segments (链主 of a 细分赛道); a row per pair. */
@Entity('organization_segments')
export class OrganizationSegment {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  segmentCode!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_code' })
  segment?: Segment;
}
