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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { TARGET_METRICS, type TargetMetric } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { decimalTransformer, TIMESTAMP } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';

/** A target's entity type on the audit trail. */
export const TARGET = 'Target';

/** A target or an actual in its stored unit (万元 for money, as every amount): numeric(18,4). */
export const TARGET_VALUE_COLUMN = {
  type: 'numeric',
  precision: 18,
  scale: 4,
  transformer: decimalTransformer,
} as const;

/** 年度目标: one metric's target for one year, set by an admin (seeded with the 2027 targets). */
@ObjectType({ description: '年度目标' })
@Entity('targets')
@Index('targets_year_metric_key', ['year', 'metric'], { unique: true })
@Check('targets_metric_check', checkIn('metric', TARGET_METRICS))
@Check('targets_value_check', 'value >= 0')
export class Target {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 40 })
  metric!: TargetMetric;

  /** In the stored unit (万元 for money); the API shows it in the metric's unit. */
  @Column(TARGET_VALUE_COLUMN)
  value!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Index('targets_updated_by_idx')
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by' })
  updatedBy?: User;

  /** The name as it was when set: the trail reads right after a user is renamed or removed. */
  @Column({ type: 'varchar', length: 100 })
  updatedByName!: string;

  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  @UpdateDateColumn(TIMESTAMP)
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
