import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';
import { Fund } from './fund.entity';
import { ReinvestmentRuleColumns, ruleChecks } from './fund-rule.columns';

const [multipleCheck, basisCheck, coefficientsCheck] = ruleChecks('fund_rule_changes');

/** 返投规则变更: the rule as it became, who changed it, when and why; one row on creation too. */
@ObjectType({ description: '返投规则变更记录' })
@Entity('fund_rule_changes')
@Index('fund_rule_changes_fund_idx', ['fundId', 'changedAt'])
@Check(...multipleCheck)
@Check(...basisCheck)
@Check(...coefficientsCheck)
export class FundRuleChange extends ReinvestmentRuleColumns {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => Fund, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fund_id' })
  fund?: Fund;

  @Field(() => String, { nullable: true, description: '变更说明' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true })
  @Index('fund_rule_changes_changed_by_idx')
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by' })
  changedBy?: User;

  @Field()
  @Column({ ...TIMESTAMP, default: () => 'now()' })
  changedAt!: Date;
}
