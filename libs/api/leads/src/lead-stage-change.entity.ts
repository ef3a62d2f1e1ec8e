import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import type { LeadStage } from '@lianzhao/domain';
import { Lead } from './lead.entity';
import { LeadStageEnum } from './lead.enums';

/** Every stage move: from, to, who, when and why. */
@ObjectType({ description: '阶段变更' })
@Entity('lead_stage_changes')
@Index('lead_stage_changes_lead_idx', ['leadId', 'at'])
// The moves of a period, and those to one stage in a period, for the cockpit and the list's
// movedTo and asOf filters: INCLUDE indexes TypeORM cannot describe (migration CockpitFlow).
@Index('lead_stage_changes_at_idx', { synchronize: false })
@Index('lead_stage_changes_to_stage_at_idx', { synchronize: false })
export class LeadStageChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @Field(() => LeadStageEnum, { nullable: true, description: '新建时为空' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStage!: LeadStage | null;

  @Field(() => LeadStageEnum)
  @Column({ type: 'varchar', length: 16 })
  toStage!: LeadStage;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  actorName!: string;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  at!: Date;
}
