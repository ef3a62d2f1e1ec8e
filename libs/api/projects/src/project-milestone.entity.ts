import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import {
  MILESTONE_CODES,
  MILESTONE_LABELS,
  milestoneDaysLate,
  milestoneStatus,
  type MilestoneCode,
  type MilestoneStatus,
} from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { MilestoneCodeEnum, MilestoneStatusEnum } from './project.enums';
import { Project } from './project.entity';

/** One milestone of one project: its place in the template, the plan and what happened. */
@ObjectType({ description: '落地节点' })
@Entity('project_milestones')
@Unique('project_milestones_project_code_key', ['projectId', 'code'])
@Check('project_milestones_code_check', checkIn('code', MILESTONE_CODES))
// Landed and signed statistics and the date filters read actual dates per code.
@Index('project_milestones_code_actual_idx', ['code', 'actualDate'])
// The cockpit's on-time figure: milestones done with a plan, by actual date, covering what it reads
// (migration CockpitProgress: a partial index with INCLUDE columns).
@Index('project_milestones_done_planned_idx', { synchronize: false })
// 土地/空间落实 done dates with their project, for the targets' 制造业用地 (partial, INCLUDE: migration CockpitTargetIndexes).
@Index('project_milestones_site_secured_idx', { synchronize: false })
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

  // Read-time facts, set by `withReadFacts` wherever milestones are read for the client; plain
  // fields rather than field resolvers, since a page of 50 projects holds some 300 milestones and
  // each resolver call costs Nest's parameter pipeline.
  @Field(() => String, { description: '节点名称' })
  name!: string;

  @Field(() => MilestoneStatusEnum)
  status!: MilestoneStatus;

  @Field(() => Int, { description: '晚于计划的天数（未完成算到今天）' })
  daysLate!: number;
}

/**
 * Sets a milestone's name (as 节点模板 names it, else libs/domain's), and its status and lateness
 * on `today` (Shanghai), never stored.
 */
export function withReadFacts(milestone: ProjectMilestone, today: string, name?: string | null): ProjectMilestone {
  milestone.name = name ?? MILESTONE_LABELS[milestone.code].zh;
  milestone.status = milestoneStatus(milestone, today);
  milestone.daysLate = milestoneDaysLate(milestone, today);
  return milestone;
}
