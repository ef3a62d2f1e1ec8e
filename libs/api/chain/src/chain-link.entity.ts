import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { CHAIN_TIERS, type ChainTier } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { Segment } from '@lianzhao/api-reference';
import { ChainTierEnum } from './chain.enums';

/**
 * 环节: one link of a segment's chain, reference data an admin edits. A link something is placed
 * on is retired rather than deleted, so the placements and their history keep their meaning.
 */
@ObjectType({ description: '产业链环节' })
@Entity('chain_links')
@Check('chain_links_tier_check', checkIn('tier', CHAIN_TIERS))
@Index('chain_links_segment_position_idx', ['segmentCode', 'position'])
@Index('chain_links_segment_name_key', ['segmentCode', 'name'], { unique: true, where: 'retired_at IS NULL' })
export class ChainLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  segmentCode!: string;

  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_code' })
  segment?: Segment;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field(() => ChainTierEnum)
  @Column({ type: 'varchar', length: 10 })
  tier!: ChainTier;

  @Field(() => Int, { description: '链上顺序（自上游到下游）' })
  @Column({ type: 'int' })
  position!: number;

  @Field(() => Date, { nullable: true, description: '停用时间；停用的环节不再出现在图谱中' })
  @Column({ ...TIMESTAMP, nullable: true })
  retiredAt!: Date | null;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version!: number;
}
