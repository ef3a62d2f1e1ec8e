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
import { AreaColumn, TIMESTAMP, WAN_YUAN_COLUMN, WanYuanColumn } from '@lianzhao/api-database';
import { checkIn } from '@lianzhao/api-core';
import { Enterprise } from '@lianzhao/api-enterprises';
import { Lead } from '@lianzhao/api-leads';
import { SegmentedEntity } from '@lianzhao/api-reference';
import { Organization, User } from '@lianzhao/api-users';
import { PROTECTING_STATUSES, REFERRAL_STATUSES, type ReferralStatus } from '@lianzhao/domain';

const PROTECTING = checkIn('status', PROTECTING_STATUSES);

/**
 * 报备: a company a partner organisation brings to the district. The GraphQL type carries only
 * what the filing partner may read (what it typed in, the status, dates, the reason of a
 * decision); who else filed, the lead and the officers' side sit behind `review`, which
 * partners cannot open.
 */
@ObjectType({ description: '报备' })
@Entity('referrals')
@Check('referrals_status_check', checkIn('status', REFERRAL_STATUSES))
// At most one live protection per company, whatever races the filings run into: the filing
// transaction turns a violation of either index into a CONFLICT.
@Index('referrals_live_credit_code_key', ['creditCode'], {
  unique: true,
  where: `credit_code IS NOT NULL AND ${PROTECTING}`,
})
@Index('referrals_live_name_key', ['nameKey'], { unique: true, where: PROTECTING })
@Index('referrals_organization_created_idx', ['organizationId', 'createdAt'])
@Index('referrals_created_at_id_idx', ['createdAt', 'id'])
// Bigram indexes (migration BigramSearch) serve the review queue's 「包含」 search.
@Index('referrals_company_name_bigram_idx', { synchronize: false })
@Index('referrals_credit_code_bigram_idx', { synchronize: false })
@Index('referrals_contact_phone_key_idx', { synchronize: false })
export class Referral extends SegmentedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid' })
  filedById!: string;

  @Field({ description: '企业名称' })
  @Column({ type: 'varchar', length: 200 })
  companyName!: string;

  /** Match key when no credit code is known: the register's normalised name (libs/domain). */
  @Index('referrals_name_key_idx')
  @Column({ type: 'varchar', length: 200 })
  nameKey!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Index('referrals_credit_code_idx')
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;


  @WanYuanColumn('意向投资')
  plannedInvestment!: string | null;

  @AreaColumn('用地需求', '亩')
  landNeed!: string | null;

  @AreaColumn('空间需求', '平方米')
  spaceNeed!: string | null;

  @Field(() => String, { nullable: true, description: '计划时间（如 2026 年三季度落地）' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  timeline!: string | null;

  @Field({ description: '企业联系人' })
  @Column({ type: 'varchar', length: 64 })
  contactName!: string;

  @Field({ description: '联系电话' })
  @Column({ type: 'varchar', length: 32 })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: '报备说明' })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** As written; the GraphQL `status` is the effective one (libs/domain effectiveReferralStatus). */
  @Index('referrals_status_idx')
  @Column({ type: 'varchar', length: 16 })
  status!: ReferralStatus;

  @Field(() => String, { nullable: true, description: '保护期截止日（含）' })
  @Column({ type: 'date', nullable: true })
  protectedUntil!: string | null;

  /** CONFLICT: the earlier referral holding the protection. Never shown to partners. */
  @Column({ type: 'uuid', nullable: true })
  conflictWithId!: string | null;

  /** EXISTING: the open lead the company already has. */
  @Column({ type: 'uuid', nullable: true })
  matchedLeadId!: string | null;

  /** ACCEPTED: the lead the referral became or was attached to. */
  @Index('referrals_lead_id_idx')
  @Column({ type: 'uuid', nullable: true })
  leadId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @Field(() => String, { nullable: true, description: '不予受理的原因（伙伴可见）' })
  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Field(() => Date, { nullable: true, description: '处理时间' })
  @Column({ ...TIMESTAMP, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  /** 引荐奖励 as confirmed by an officer, in 万元. */
  @Column(WAN_YUAN_COLUMN)
  rewardAmount!: string | null;

  @Column({ type: 'date', nullable: true })
  rewardedOn!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'filed_by_id' })
  filedBy?: User;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User;


  @ManyToOne(() => Referral, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conflict_with_id' })
  conflictWith?: Referral;

  @ManyToOne(() => Lead, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'matched_lead_id' })
  matchedLead?: Lead;

  @ManyToOne(() => Lead, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Field({ description: '报备时间' })
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  @Field()
  @UpdateDateColumn(TIMESTAMP)
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version!: number;
}
