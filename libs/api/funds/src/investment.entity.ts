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
import {
  INVESTMENT_ROUNDS,
  INVESTMENT_STAGES,
  type InvestmentRound,
  type InvestmentStage,
} from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { Enterprise } from '@lianzhao/api-enterprises';
import { Lead } from '@lianzhao/api-leads';
import { Project } from '@lianzhao/api-projects';
import { User } from '@lianzhao/api-users';
import { Fund, FUND_AMOUNT } from './fund.entity';
import { InvestmentRoundEnum, InvestmentStageEnum } from './fund.enums';

/** An investment's entity type on the audit trail. */
export const INVESTMENT = 'Investment';

/**
 * 投资: a fund's investment in an enterprise, from 意向 to 已出资, with the lead or project that
 * tracks the company's landing. When the project belongs to another enterprise (a local
 * subsidiary or project company, 返投 rule 2), local_amount is what went into it.
 */
@ObjectType({ description: '基金投资' })
@Entity('investments')
@Check('investments_round_check', checkIn('round', INVESTMENT_ROUNDS))
@Check('investments_stage_check', checkIn('stage', INVESTMENT_STAGES))
@Check('investments_amount_check', 'amount > 0')
@Check('investments_local_amount_check', 'local_amount IS NULL OR local_amount > 0')
// A fund's portfolio in date order, and the list's default and date orders across funds.
@Index('investments_fund_invested_on_idx', ['fundId', 'investedOn', 'id'])
@Index('investments_invested_on_id_idx', ['investedOn', 'id'])
@Index('investments_created_at_id_idx', ['createdAt', 'id'])
export class Investment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  fundId!: string;

  @ManyToOne(() => Fund, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fund?: Fund;

  @Field(() => ID)
  @Index('investments_enterprise_id_idx')
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Field(() => String, { description: '投资金额（万元）' })
  @Column(FUND_AMOUNT)
  amount!: string;

  @Field(() => String, { name: 'date', description: '投资日期' })
  @Column({ type: 'date' })
  investedOn!: string;

  @Field(() => InvestmentRoundEnum)
  @Column({ type: 'varchar', length: 8 })
  round!: InvestmentRound;

  @Field(() => InvestmentStageEnum)
  @Column({ type: 'varchar', length: 10 })
  stage!: InvestmentStage;

  @Field(() => ID, { nullable: true })
  @Index('investments_lead_id_idx', { where: 'lead_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  leadId!: string | null;

  @ManyToOne(() => Lead, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @Field(() => ID, { nullable: true })
  @Index('investments_project_id_idx', { where: 'project_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => String, { nullable: true, description: '投入本地子公司/项目公司的金额（万元）' })
  @Column({ ...FUND_AMOUNT, nullable: true })
  localAmount!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: User;

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
