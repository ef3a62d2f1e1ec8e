import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { POLICY_ITEM_KINDS, type PolicyAmount, type PolicyCondition, type PolicyItemKind } from '@lianzhao/domain';
import { checkIn, JSONObjectScalar, type JsonObject } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { PolicyItemKindEnum } from './policy.enums';
import { Policy } from './policy.entity';

/**
 * 政策条款: one support item of a policy, with its condition and amount rule in the rule language
 * of libs/domain/src/policies (stored as checked JSON). Retired items stay for the support items
 * that claimed them, and match nothing.
 */
@ObjectType({ description: '政策条款' })
@Entity('policy_items')
@Check('policy_items_kind_check', checkIn('kind', POLICY_ITEM_KINDS))
@Index('policy_items_policy_idx', ['policyId', 'createdAt'])
export class PolicyItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  policyId!: string;

  @ManyToOne(() => Policy, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_id' })
  policy?: Policy;

  @Field({ description: '条款名称' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => PolicyItemKindEnum)
  @Column({ type: 'varchar', length: 32 })
  kind!: PolicyItemKind;

  /** Validated by validatePolicyCondition before every write. */
  @Field(() => JSONObjectScalar, { description: '条件：{ all: [...] } / { any: [...] } / { fact, op, value }' })
  @Column({ type: 'jsonb' })
  condition!: PolicyCondition & JsonObject;

  /** Null where the policy names the support but not its sum (金额以核定为准). */
  @Field(() => JSONObjectScalar, { nullable: true, description: '金额规则：{ rate, of, cap } 或 { fixed }（万元）；为空表示以核定为准' })
  @Column({ type: 'jsonb', nullable: true })
  amount!: (PolicyAmount & JsonObject) | null;

  @Field(() => String, { nullable: true, description: '条款原文或说明' })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => Date, { nullable: true, description: '停用时间；停用后不再匹配' })
  @Column({ ...TIMESTAMP, nullable: true })
  retiredAt!: Date | null;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  @Field()
  @UpdateDateColumn(TIMESTAMP)
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version!: number;
}
