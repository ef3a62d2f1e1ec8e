import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SUPPORT_ITEM_KINDS, type SupportItemKind } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { WanYuanColumn } from '@lianzhao/api-database';
import { SupportItemKindEnum } from './project.enums';
import { Project } from './project.entity';

/** 扶持事项 (section 二(二)): what the company applied for and what the district granted. */
@ObjectType({ description: '扶持事项' })
@Entity('project_support_items')
@Index('project_support_items_project_idx', ['projectId'])
@Check('project_support_items_kind_check', checkIn('kind', SUPPORT_ITEM_KINDS))
export class ProjectSupportItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  /**
   * The policy item (政策条款) this support claims, if any. The policies context owns that table
   * and depends on this one, so the relation names its entity by name instead of importing it.
   */
  @Field(() => ID, { nullable: true, description: '所依据的政策条款' })
  @Index('project_support_items_policy_item_idx', { where: 'policy_item_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  policyItemId!: string | null;

  @ManyToOne('PolicyItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_item_id', foreignKeyConstraintName: 'project_support_items_policy_item_fk' })
  policyItem?: object;

  @Field(() => SupportItemKindEnum)
  @Column({ type: 'varchar', length: 32 })
  kind!: SupportItemKind;

  @WanYuanColumn('申请金额')
  appliedAmount!: string | null;

  @WanYuanColumn('兑现金额')
  grantedAmount!: string | null;

  @Field(() => String, { nullable: true, description: '申请日期' })
  @Column({ type: 'date', nullable: true })
  appliedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}
