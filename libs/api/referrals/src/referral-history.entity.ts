import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import { checkIn } from '@lianzhao/api-core';
import {
  REFERRAL_EVENTS,
  REFERRAL_STATUSES,
  type ReferralEvent,
  type ReferralStatus,
} from '@lianzhao/domain';
import { ReferralEventEnum, ReferralStatusEnum } from './referral.enums';
import { Referral } from './referral.entity';

/**
 * One line of a referral's history. `note` is for officers (it may name the earlier referral);
 * `partnerNote` is what the filing partner reads, e.g. the reason of a rejection.
 */
@ObjectType({ description: '报备记录' })
@Entity('referral_history')
@Index('referral_history_referral_idx', ['referralId', 'at'])
@Check('referral_history_event_check', checkIn('event', REFERRAL_EVENTS))
@Check('referral_history_status_check', checkIn('status', REFERRAL_STATUSES))
export class ReferralHistory {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Referral;

  @Field(() => ReferralEventEnum)
  @Column({ type: 'varchar', length: 16 })
  event!: ReferralEvent;

  @Field(() => ReferralStatusEnum, { description: '此后的状态' })
  @Column({ type: 'varchar', length: 16 })
  status!: ReferralStatus;

  @Field(() => String, { nullable: true, description: '保护期截止日（此后）' })
  @Column({ type: 'date', nullable: true })
  protectedUntil!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: '伙伴可见的说明' })
  @Column({ type: 'text', nullable: true })
  partnerNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  actorName!: string;

  // clock_timestamp, not now(): the lines a transaction writes (filed, then matched) keep their order.
  @Field()
  @CreateDateColumn({ ...TIMESTAMP, default: () => 'clock_timestamp()' })
  at!: Date;
}
