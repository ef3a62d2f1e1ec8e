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
import { FUND_KINDS, FUND_STATUSES, type FundKind, type FundStatus } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { decimalTransformer, TIMESTAMP } from '@lianzhao/api-database';
import { Organization } from '@lianzhao/api-users';
import { FundKindEnum, FundStatusEnum } from './fund.enums';
import { ReinvestmentRuleColumns, ruleChecks } from './fund-rule.columns';

/** A fund's entity type on the audit trail. */
export const FUND = 'Fund';

/** Fund size and government contribution: 万元 to the fen's hundredfold, as fund agreements state them. */
export const FUND_AMOUNT = {
  type: 'numeric',
  precision: 16,
  scale: 2,
  transformer: decimalTransformer,
} as const;

const [multipleCheck, basisCheck, coefficientsCheck] = ruleChecks('funds');

/**
 * 基金: a fund the district follows (资本招商, 基金+基地), managed by a partner organisation of
 * kind FUND_MANAGER, with its current 返投 rule in the inherited columns; each change of the
 * rule is kept in fund_rule_changes.
 */
@ObjectType({ description: '基金' })
@Entity('funds')
@Check('funds_kind_check', checkIn('kind', FUND_KINDS))
@Check('funds_status_check', checkIn('status', FUND_STATUSES))
@Check('funds_amounts_check', 'size > 0 AND government_contribution >= 0 AND government_contribution <= size')
@Check('funds_term_years_check', 'term_years IS NULL OR term_years > 0')
@Check(...multipleCheck)
@Check(...basisCheck)
@Check(...coefficientsCheck)
@Index('funds_created_at_id_idx', ['createdAt', 'id'])
@Index('funds_size_id_idx', ['size', 'id'])
@Index('funds_vintage_date_id_idx', ['vintageDate', 'id'])
// A manager's fund of a day (the latest vintage on or before it, referralLines): one index step.
@Index('funds_manager_vintage_idx', ['managerOrganizationId', 'vintageDate', 'id'])
export class Fund extends ReinvestmentRuleColumns {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: '基金名称' })
  @Index('funds_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => FundKindEnum)
  @Column({ type: 'varchar', length: 24 })
  kind!: FundKind;

  @Field(() => ID)
  @Index('funds_manager_organization_id_idx')
  @Column({ type: 'uuid' })
  managerOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'manager_organization_id' })
  managerOrganization?: Organization;

  @Field(() => String, { description: '基金规模（万元）' })
  @Column(FUND_AMOUNT)
  size!: string;

  @Field(() => String, { description: '政府出资（万元）' })
  @Column(FUND_AMOUNT)
  governmentContribution!: string;

  @Field(() => String, { description: '成立日期' })
  @Column({ type: 'date' })
  vintageDate!: string;

  @Field(() => Int, { nullable: true, description: '存续期（年）' })
  @Column({ type: 'int', nullable: true })
  termYears!: number | null;

  @Field(() => [String], { description: '重点投资细分赛道代码' })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  focusSegmentCodes!: string[];

  @Field(() => FundStatusEnum)
  @Column({ type: 'varchar', length: 16 })
  status!: FundStatus;

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
