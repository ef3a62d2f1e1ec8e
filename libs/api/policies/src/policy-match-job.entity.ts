import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { checkIn } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { PolicyItem } from './policy-item.entity';

/** Projects first, then enterprises; DONE when every subject has been evaluated. */
export const POLICY_MATCH_JOB_PHASES = ['PROJECTS', 'ENTERPRISES', 'DONE'] as const;
export type PolicyMatchJobPhase = (typeof POLICY_MATCH_JOB_PHASES)[number];

/**
 * 重新计算匹配: the durable re-evaluation of one policy item against every subject, written by the
 * save of the item and worked off in short batches by PolicyMatchJobsService. One row per item: a
 * newer save resets it (the newer rule supersedes the half-applied one). The cursor (`afterId`
 * within `phase`) is committed with each batch's matches, so a restart resumes where it stopped.
 */
@ObjectType({ description: '政策条款的匹配重算进度' })
@Entity('policy_match_jobs')
@Check('policy_match_jobs_phase_check', checkIn('phase', POLICY_MATCH_JOB_PHASES))
@Index('policy_match_jobs_pending_idx', ['requestedAt'], { where: 'finished_at IS NULL' })
export class PolicyMatchJob {
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @OneToOne(() => PolicyItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PolicyItem;

  @Field(() => String, { description: 'PROJECTS / ENTERPRISES：正在计算的对象；DONE：已完成' })
  @Column({ type: 'varchar', length: 16 })
  phase!: PolicyMatchJobPhase;

  /** The last subject of `phase` already evaluated (ids in order); null before the first. */
  @Column({ type: 'uuid', nullable: true })
  afterId!: string | null;

  @Field(() => Int, { description: '已计算的对象数' })
  @Column({ type: 'integer', default: 0 })
  doneCount!: number;

  @Field(() => Int, { description: '需计算的对象数（项目与企业）' })
  @Column({ type: 'integer', default: 0 })
  totalCount!: number;

  @Field({ description: '保存条款（请求重算）的时间' })
  @Column(TIMESTAMP)
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: '完成时间；为空表示仍在计算' })
  @Column({ ...TIMESTAMP, nullable: true })
  finishedAt!: Date | null;
}
