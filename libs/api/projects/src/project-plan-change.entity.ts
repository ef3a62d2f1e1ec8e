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
import { MILESTONE_CODES, type MilestoneCode } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { MilestoneCodeEnum } from './project.enums';
import { Project } from './project.entity';

/** 计划调整: each replanning keeps the earlier plan, the new one and why. */
@ObjectType({ description: '节点计划调整记录' })
@Entity('project_plan_changes')
@Index('project_plan_changes_project_idx', ['projectId', 'at'])
@Check('project_plan_changes_code_check', checkIn('code', MILESTONE_CODES))
export class ProjectPlanChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => MilestoneCodeEnum)
  @Column({ type: 'varchar', length: 24 })
  code!: MilestoneCode;

  @Field(() => String, { nullable: true, description: '原计划日期（首次计划时为空）' })
  @Column({ type: 'date', nullable: true })
  previousDate!: string | null;

  @Field(() => String, { nullable: true, description: '新计划日期' })
  @Column({ type: 'date', nullable: true })
  plannedDate!: string | null;

  @Field(() => String, { nullable: true, description: '调整原因' })
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
