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
import { FOLLOW_UP_KINDS, type FollowUpKind } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { Lead } from './lead.entity';
import { FollowUpKindEnum } from './lead.enums';

/** 走访, 电话, 考察, 洽谈, 会议 or a note, with the next step it leads to. */
@ObjectType({ description: '跟进记录' })
@Entity('follow_ups')
@Check('follow_ups_kind_check', checkIn('kind', FOLLOW_UP_KINDS))
@Index('follow_ups_lead_idx', ['leadId', 'occurredOn'])
@Index('follow_ups_due_idx', ['nextStepDueOn'], { where: 'next_step_done = false' })
export class FollowUp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @Field(() => FollowUpKindEnum)
  @Column({ type: 'varchar', length: 16 })
  kind!: FollowUpKind;

  @Field({ description: '发生日期' })
  @Column({ type: 'date' })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: '参与人' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  participants!: string | null;

  @Field()
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: '下一步' })
  @Column({ type: 'text', nullable: true })
  nextStep!: string | null;

  @Field(() => String, { nullable: true, description: '下一步截止日期' })
  @Column({ type: 'date', nullable: true })
  nextStepDueOn!: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  nextStepDone!: boolean;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  authorName!: string;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;
}
