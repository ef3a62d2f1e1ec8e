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
  CHANNELS,
  PROJECT_TYPES,
  SITE_SUPPLY_MODES,
  SPACE_TENURES,
  type Channel,
  type ProjectType,
  type SiteSupplyMode,
  type SpaceTenure,
} from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { decimalTransformer, TIMESTAMP } from '@lianzhao/api-database';
import { Enterprise } from '@lianzhao/api-enterprises';
import { ChannelEnum, Lead } from '@lianzhao/api-leads';
import { Industry, Place, Segment } from '@lianzhao/api-reference';
import { Organization, User } from '@lianzhao/api-users';
import { ProjectTypeEnum, SiteSupplyModeEnum, SpaceTenureEnum } from './project.enums';

const WAN_YUAN = {
  type: 'numeric',
  precision: 18,
  scale: 4,
  nullable: true,
  transformer: decimalTransformer,
} as const;
const AREA = {
  type: 'numeric',
  precision: 12,
  scale: 2,
  nullable: true,
  transformer: decimalTransformer,
} as const;

/** A project's entity type on the audit trail. */
export const PROJECT = 'Project';

/**
 * 落地项目: a signed investment project on its way from 签约 to 达产 (or 运营). The signed and
 * landed dates are the SIGNED and REGISTERED milestones' actual dates and live only there.
 */
@ObjectType({ description: '落地项目' })
@Entity('projects')
@Check('projects_type_check', checkIn('type', PROJECT_TYPES))
@Check('projects_channel_check', checkIn('channel', CHANNELS))
@Check(
  'projects_site_supply_mode_check',
  `site_supply_mode IS NULL OR ${checkIn('site_supply_mode', SITE_SUPPLY_MODES)}`,
)
@Check('projects_space_tenure_check', `space_tenure IS NULL OR ${checkIn('space_tenure', SPACE_TENURES)}`)
@Check('projects_jobs_planned_check', 'jobs_planned IS NULL OR jobs_planned >= 0')
@Index('projects_created_at_id_idx', ['createdAt', 'id'])
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The lead it was signed from; null for projects signed before the system existed. */
  @Field(() => ID, { nullable: true })
  @Index('projects_lead_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  leadId!: string | null;

  @Field(() => ID)
  @Index('projects_enterprise_id_idx')
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Field({ description: '项目名称' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => ProjectTypeEnum)
  @Column({ type: 'varchar', length: 8 })
  type!: ProjectType;

  @Field()
  @Index('projects_industry_code_idx')
  @Column({ type: 'varchar', length: 40 })
  industryCode!: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  segmentCode!: string;

  @Field(() => ChannelEnum)
  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Field(() => ID, { nullable: true })
  @Index('projects_source_organization_id_idx')
  @Column({ type: 'uuid', nullable: true })
  sourceOrganizationId!: string | null;

  @Field(() => ID)
  @Index('projects_owner_id_idx')
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Field(() => String, { nullable: true, description: '落地镇/街道' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  townCode!: string | null;

  @Field(() => String, { nullable: true, description: '园区' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  park!: string | null;

  @Field(() => String, { nullable: true, description: '合同投资（万元）' })
  @Column(WAN_YUAN)
  contractInvestment!: string | null;

  @Field(() => String, { nullable: true, description: '注册资本（万元）' })
  @Column(WAN_YUAN)
  registeredCapital!: string | null;

  @Field(() => String, { nullable: true, description: '计划固定资产投资（万元）' })
  @Column(WAN_YUAN)
  plannedFixedAssetInvestment!: string | null;

  @Field(() => String, { nullable: true, description: '实际固定资产投资（万元）' })
  @Column(WAN_YUAN)
  actualFixedAssetInvestment!: string | null;

  @Field(() => String, { nullable: true, description: '达产后预计年产值（万元）' })
  @Column(WAN_YUAN)
  expectedOutput!: string | null;

  @Field(() => String, { nullable: true, description: '达产后预计年税收（万元）' })
  @Column(WAN_YUAN)
  expectedTax!: string | null;

  @Field(() => String, { nullable: true, description: '用地（亩）' })
  @Column(AREA)
  landArea!: string | null;

  @Field(() => SiteSupplyModeEnum, { nullable: true, description: '土地供应方式' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  siteSupplyMode!: SiteSupplyMode | null;

  @Field(() => String, { nullable: true, description: '空间（平方米）' })
  @Column(AREA)
  spaceArea!: string | null;

  @Field(() => SpaceTenureEnum, { nullable: true, description: '空间租赁或购买' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  spaceTenure!: SpaceTenure | null;

  @Field({ description: '工业上楼' })
  @Column({ type: 'boolean', default: false })
  industrialHighRise!: boolean;

  @Field(() => Int, { nullable: true, description: '计划用工（人）' })
  @Column({ type: 'int', nullable: true })
  jobsPlanned!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  // Relations exist for their foreign keys; GraphQL resolves them through per-request loaders.
  @ManyToOne(() => Lead, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

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
