import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TARGET_METRICS, type TargetMetric } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';
import { TARGET_VALUE_COLUMN } from './target.entity';

/** An entered actual's entity type on the audit trail. */
export const TARGET_ACTUAL = 'TargetActual';

/**
 * 实际值填报: an admin's entry of a figure the office cannot compute (规上工业产值, 专精特新企业
 * count, …) as it stood at the end of `periodEnd`, with where it came from and who entered it.
 * Entries are never edited: a correction is a later entry for the same day, so what the cockpit
 * showed on a past day can still be reproduced.
 */
@Entity('target_actuals')
@Index('target_actuals_metric_period_idx', ['metric', 'periodEnd', 'enteredAt'])
@Check('target_actuals_metric_check', checkIn('metric', TARGET_METRICS))
@Check('target_actuals_value_check', 'value >= 0')
export class TargetActual {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The year of periodEnd: the year whose target the figure counts toward. */
  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 40 })
  metric!: TargetMetric;

  @Column({ type: 'date' })
  periodEnd!: string;

  @Column(TARGET_VALUE_COLUMN)
  value!: string;

  @Column({ type: 'text' })
  sourceNote!: string;

  @Index('target_actuals_entered_by_idx')
  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by' })
  enteredBy?: User;

  @Column({ type: 'varchar', length: 100 })
  enteredByName!: string;

  @Column({ ...TIMESTAMP, default: () => 'now()' })
  enteredAt!: Date;
}
