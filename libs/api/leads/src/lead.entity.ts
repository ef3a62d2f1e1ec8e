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
import { decimalTransformer, TIMESTAMP } from '@lianzhao/api-database';
import { Enterprise } from '@lianzhao/api-enterprises';
import { Industry, Place, Segment } from '@lianzhao/api-reference';
import { Organization, User } from '@lianzhao/api-users';
import {
  CHANNELS,
  LEAD_GRADES,
  LEAD_STAGES,
  PARTNER_CHANNELS,
  type Channel,
  type LeadGrade,
  type LeadStage,
} from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { ChannelEnum, LeadGradeEnum, LeadStageEnum } from './lead.enums';

/** 招商线索: one investment project of one enterprise, moving through the pipeline. */
@ObjectType({ description: '招商线索' })
@Entity('leads')
@Check('leads_stage_check', checkIn('stage', LEAD_STAGES))
@Check('leads_channel_check', checkIn('channel', CHANNELS))
@Check('leads_grade_check', `grade IS NULL OR ${checkIn('grade', LEAD_GRADES)}`)
// Someone brought the lead through these channels, so who it was must be on record.
@Check(
  'leads_source_partner_check',
  `source_organization_id IS NOT NULL OR NOT (${checkIn('channel', PARTNER_CHANNELS)})`,
)
@Index('leads_project_name_trgm_idx', { synchronize: false })
@Index('leads_created_at_id_idx', ['createdAt', 'id'])
export class Lead {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index('leads_enterprise_id_idx')
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  projectName!: string;

  @Field()
  @Index('leads_industry_code_idx')
  @Column({ type: 'varchar', length: 40 })
  industryCode!: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  segmentCode!: string;

  @Field(() => ChannelEnum)
  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Field(() => ID, { nullable: true })
  @Index('leads_source_organization_id_idx')
  @Column({ type: 'uuid', nullable: true })
  sourceOrganizationId!: string | null;

  @Field(() => ID)
  @Index('leads_owner_id_idx')
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  townCode!: string | null;

  @Field(() => String, { nullable: true, description: '计划投资（万元）' })
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: decimalTransformer })
  plannedInvestment!: string | null;

  @Field(() => String, { nullable: true, description: '预计年产值（万元）' })
  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true, transformer: decimalTransformer })
  expectedOutput!: string | null;

  @Field(() => String, { nullable: true, description: '用地需求（亩）' })
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: decimalTransformer })
  landNeed!: string | null;

  @Field(() => String, { nullable: true, description: '空间需求（平方米）' })
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: decimalTransformer })
  spaceNeed!: string | null;

  @Field(() => String, { nullable: true, description: '预计签约日期' })
  @Column({ type: 'date', nullable: true })
  expectedSigningOn!: string | null;

  @Field(() => LeadGradeEnum, { nullable: true })
  @Column({ type: 'varchar', length: 1, nullable: true })
  grade!: LeadGrade | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => LeadStageEnum)
  @Index('leads_stage_idx')
  @Column({ type: 'varchar', length: 16, default: 'NEW' })
  stage!: LeadStage;

  @Field()
  @Column({ ...TIMESTAMP, default: () => 'now()' })
  stageChangedAt!: Date;

  // Relations exist for their foreign keys; GraphQL resolves them through per-request loaders.
  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @ManyToOne(() => Industry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'industry_code' })
  industry?: Industry;

  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_code' })
  segment?: Segment;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_organization_id' })
  sourceOrganization?: Organization;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: Place;

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
