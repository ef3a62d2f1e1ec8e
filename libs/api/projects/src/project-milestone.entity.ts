import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MILESTONE_CODES, type MilestoneCode } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { MilestoneCodeEnum } from './project.enums';
import { Project } from './project.entity';

/** One milestone of one project: its place in the template, the plan and what happened. */
@ObjectType({ description: '落地节点' })
@Entity('project_milestones')
@Unique('project_milestones_project_code_key', ['projectId', 'code'])
@Check('project_milestones_code_check', checkIn('code', MILESTONE_CODES))
// Landed and signed statistics and the date filters read actual dates per code.
@Index('project_milestones_code_actual_idx', ['code', 'actualDate'])
export class ProjectMilestone {
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

  @Field(() => Int, { description: '模板中的顺序' })
  @Column({ type: 'int' })
  position!: number;

  @Field(() => String, { nullable: true, description: '计划日期' })
  @Column({ type: 'date', nullable: true })
  plannedDate!: string | null;

  @Field(() => String, { nullable: true, description: '实际日期' })
  @Column({ type: 'date', nullable: true })
  actualDate!: string | null;
}
