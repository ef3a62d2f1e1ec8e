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
  type MilestoneCode,
  PROJECT_TYPES,
  SITE_SUPPLY_MODES,
  SPACE_TENURES,
  type ProjectType,
  type SiteSupplyMode,
  type SpaceTenure,
} from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { Park } from '@lianzhao/api-reference';
import { AreaColumn, TIMESTAMP, WanYuanColumn } from '@lianzhao/api-database';
import { Enterprise } from '@lianzhao/api-enterprises';
import { AttributedEntity, AttributionTable } from '@lianzhao/api-attribution';
import { Lead } from '@lianzhao/api-leads';
import { MilestoneCodeEnum, ProjectTypeEnum, SiteSupplyModeEnum, SpaceTenureEnum } from './project.enums';

/** A project's entity type on the audit trail. */
export const PROJECT = 'Project';

/**
 * 落地项目: a signed investment project on its way from 签约 to 达产 (or 运营). The signed and
 * landed dates are the SIGNED and REGISTERED milestones' actual dates; the row carries them, the
 * next milestone and the earliest open plan (libs/domain projectFacts) as columns the database
 * keeps in step with the milestones, so the list sorts and filters by indexed columns.
 */
@ObjectType({ description: '落地项目' })
@Entity('projects')
@Check('projects_type_check', checkIn('type', PROJECT_TYPES))
@AttributionTable('projects', { partnerSourceCheck: false })
@Check(
  'projects_site_supply_mode_check',
  `site_supply_mode IS NULL OR ${checkIn('site_supply_mode', SITE_SUPPLY_MODES)}`,
)
@Check('projects_space_tenure_check', `space_tenure IS NULL OR ${checkIn('space_tenure', SPACE_TENURES)}`)
@Check('projects_jobs_planned_check', 'jobs_planned IS NULL OR jobs_planned >= 0')
@Index('projects_created_at_id_idx', ['createdAt', 'id'])
// The list's signed and landed sort keys exactly as the list kit writes them (COALESCE to its
// nullAs), then id, then earliest_open_plan (a health filter checked inside the index scan):
// expression indexes TypeORM cannot describe (migration ProjectFacts).
@Index('projects_signed_on_sort_idx', { synchronize: false })
@Index('projects_landed_on_sort_idx', { synchronize: false })
@Index('projects_search_text_bigram_idx', { synchronize: false })
// The signed and landed dates with every column the cockpit's tallies read (INCLUDE, partial):
// TypeORM cannot describe them either (migration CockpitLandingIndexes).
@Index('projects_signed_on_cover_idx', { synchronize: false })
@Index('projects_landed_on_cover_idx', { synchronize: false })
// The heavy-asset projects' land, for the targets' 制造业用地 (migration CockpitTargetIndexes).
@Index('projects_heavy_land_idx', { synchronize: false })
// By industry with the other attribution columns and the earliest open plan, for the cockpit's
// milestone figures (INCLUDE: migration CockpitMilestoneIndexes).
@Index('projects_attribution_cover_idx', { synchronize: false })
export class Project extends AttributedEntity {
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

  /**
   * What the project is searched by: its name and its enterprise's name and credit code, joined
   * by U+001F. Kept by the database's triggers (migration BigramSearch), never written here.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText?: string;

  @Field(() => ProjectTypeEnum)
  @Column({ type: 'varchar', length: 8 })
  type!: ProjectType;

  /** 园区 (reference data, migration Parks); the cockpit's landing groups and drills by it. */
  @Field(() => String, { nullable: true, description: '园区代码' })
  @Index('projects_park_code_idx')
  @Column({ type: 'varchar', length: 40, nullable: true })
  parkCode!: string | null;

  @ManyToOne(() => Park, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'park_code' })
  park?: Park;

  @WanYuanColumn('合同投资')
  contractInvestment!: string | null;

  @WanYuanColumn('注册资本')
  registeredCapital!: string | null;

  @WanYuanColumn('计划固定资产投资')
  plannedFixedAssetInvestment!: string | null;

  @WanYuanColumn('实际固定资产投资')
  actualFixedAssetInvestment!: string | null;

  @WanYuanColumn('达产后预计年产值')
  expectedOutput!: string | null;

  @WanYuanColumn('达产后预计年税收')
  expectedTax!: string | null;

  @AreaColumn('用地', '亩')
  landArea!: string | null;

  @Field(() => SiteSupplyModeEnum, { nullable: true, description: '土地供应方式' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  siteSupplyMode!: SiteSupplyMode | null;

  @AreaColumn('空间', '平方米')
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

  // The facts of the milestones. Only the database writes them, in the statement that changes a
  // milestone (the project_milestones triggers of migration ProjectFacts call
  // refresh_project_facts, their one SQL form); TypeORM never inserts or updates them, so a
  // project saved from a stale copy cannot write old facts back.
  @Field(() => String, { nullable: true, description: '签约日期（“签约”节点的实际日期）' })
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  signedOn!: string | null;

  @Field(() => String, { nullable: true, description: '落地日期（“工商注册”节点的实际日期）' })
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  landedOn!: string | null;

  @Field(() => MilestoneCodeEnum, { nullable: true, description: '下一个节点（第一个没有实际日期的节点）' })
  @Column({ type: 'varchar', length: 24, nullable: true, insert: false, update: false })
  nextMilestone!: MilestoneCode | null;

  /** The earliest planned date of a milestone without an actual date: health and days late follow from it. */
  @Index('projects_earliest_open_plan_idx', { where: 'earliest_open_plan IS NOT NULL' })
  @Column({ type: 'date', nullable: true, insert: false, update: false })
  earliestOpenPlan!: string | null;

  // Relations exist for their foreign keys; GraphQL resolves them through per-request loaders.
  @ManyToOne(() => Lead, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

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
