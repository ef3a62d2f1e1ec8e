import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { MILESTONE_CODES, PROJECT_TYPES, type MilestoneCode, type ProjectType } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { MilestoneCodeEnum, ProjectTypeEnum } from './project.enums';

/**
 * 节点模板 (reference data): which milestones a project type goes through, in order, and which
 * of them a project may skip. Seeded from libs/domain by a migration; a new project copies its
 * type's rows; the optional flags are read from here whenever an actual date is recorded.
 */
@ObjectType({ description: '节点模板' })
@Entity('milestone_templates')
@Check('milestone_templates_type_check', checkIn('project_type', PROJECT_TYPES))
@Check('milestone_templates_code_check', checkIn('code', MILESTONE_CODES))
export class MilestoneTemplate {
  @Field(() => ProjectTypeEnum)
  @PrimaryColumn({ type: 'varchar', length: 8 })
  projectType!: ProjectType;

  @Field(() => MilestoneCodeEnum)
  @PrimaryColumn({ type: 'varchar', length: 24 })
  code!: MilestoneCode;

  @Field(() => Int)
  @Column({ type: 'int' })
  position!: number;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 128 })
  nameEn!: string;

  @Field({
    description:
      '可跳过：本节点可以没有实际日期而后续节点照常记录（如租赁空间无须土地/空间落实）；不可跳过的节点须先有实际日期',
  })
  @Column({ type: 'boolean', default: false })
  optional!: boolean;
}
