import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PolicySubject } from '@lianzhao/domain';
import { TIMESTAMP, WAN_YUAN_COLUMN } from '@lianzhao/api-database';
import { PolicyItem } from './policy-item.entity';

/**
 * 政策匹配: how one subject — a project, or an enterprise on its own — stands against one active
 * policy item, kept by the policies context whenever the subject's facts change (policies.listeners.ts)
 * or the item does (policy-match-jobs.service.ts), so the 免申即享 list is a plain indexed read.
 * `qualifiedAt` is when it last became qualified; cleared when it no longer is.
 */
@ObjectType({ description: '政策匹配' })
@Entity('policy_matches')
@Unique('policy_matches_project_item_key', ['projectId', 'itemId'])
@Unique('policy_matches_enterprise_item_key', ['enterpriseId', 'itemId'])
@Check('policy_matches_subject_check', 'num_nonnulls(project_id, enterprise_id) = 1')
@Index('policy_matches_item_idx', ['itemId'])
// 免申即享: newly qualified since a day, newest first.
@Index('policy_matches_qualified_at_idx', ['qualifiedAt', 'id'], { where: 'qualified_at IS NOT NULL' })
export class PolicyMatch {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Set for a project's match; null for an enterprise's own. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  // Named, not imported: the projects context must not depend on this one (its support items
  // name PolicyItem the same way), and the foreign key keeps the table honest.
  @ManyToOne('Project', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: object;

  /** Set for an enterprise's own match (judged by the facts it holds without a project). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @ManyToOne('Enterprise', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: object;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => PolicyItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PolicyItem;

  @Field({ description: '当前是否符合' })
  @Column({ type: 'boolean' })
  qualified!: boolean;

  @Field(() => String, { nullable: true, description: '预计金额（万元）；为空表示无法计算或以核定为准' })
  @Column(WAN_YUAN_COLUMN)
  amount!: string | null;

  @Field(() => [String], { description: '尚缺条件（符合时为空）' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  missing!: string[];

  @Field(() => Date, { nullable: true, description: '最近一次变为符合的时间' })
  @Column({ ...TIMESTAMP, nullable: true })
  qualifiedAt!: Date | null;
}

export function subjectOf(match: Pick<PolicyMatch, 'projectId'>): PolicySubject {
  return match.projectId ? 'PROJECT' : 'ENTERPRISE';
}
