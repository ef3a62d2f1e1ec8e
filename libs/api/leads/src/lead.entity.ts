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
import { AreaColumn, TIMESTAMP, WanYuanColumn } from '@lianzhao/api-database';
import { Enterprise } from '@lianzhao/api-enterprises';
import { AttributedEntity, AttributionTable } from '@lianzhao/api-attribution';
import { LEAD_GRADES, LEAD_STAGES, type LeadGrade, type LeadStage } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { LeadGradeEnum, LeadStageEnum } from './lead.enums';

/** 招商线索: one investment project of one enterprise, moving through the pipeline. */
@ObjectType({ description: '招商线索' })
@Entity('leads')
@Check('leads_stage_check', checkIn('stage', LEAD_STAGES))
@Check('leads_grade_check', `grade IS NULL OR ${checkIn('grade', LEAD_GRADES)}`)
@AttributionTable('leads', { partnerSourceCheck: true, widerIndexes: ['industryCode', 'ownerId'] })
@Index('leads_search_text_bigram_idx', { synchronize: false })
@Index('leads_created_at_id_idx', ['createdAt', 'id'])
// The board asks each column (one stage) for its first page in the list's order: newest first,
// or by planned investment under the sort key's NULL stand-in (COALESCE(planned_investment, -1)),
// which TypeORM cannot describe (migration LeadBoardIndexes owns those two). The industry one
// also serves the industry foreign key. An officer's own board reads its columns newest first off
// the owner one, and its count and column sums from that index alone (planned_investment rides
// along at the end); it serves the owner foreign key too.
@Index('leads_stage_created_at_idx', ['stage', 'createdAt', 'id'])
@Index('leads_stage_investment_idx', { synchronize: false })
@Index('leads_industry_stage_investment_idx', { synchronize: false })
@Index('leads_owner_stage_idx', ['ownerId', 'stage', 'createdAt', 'id', 'plannedInvestment'])
// The tag filter (any of the chosen tags, `&&`) from a GIN index, which TypeORM cannot describe
// (migration LeadTags owns it).
@Index('leads_tag_codes_idx', { synchronize: false })
export class Lead extends AttributedEntity {
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

  /**
   * What the lead is searched by: its project name and its enterprise's name and credit code,
   * joined by U+001F. Kept by the database's triggers (migration BigramSearch), never written here.
   */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText?: string;

  @WanYuanColumn('计划投资')
  plannedInvestment!: string | null;

  @WanYuanColumn('预计年产值')
  expectedOutput!: string | null;

  @AreaColumn('用地需求', '亩')
  landNeed!: string | null;

  @AreaColumn('空间需求', '平方米')
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

  @Field(() => [String], { description: '线索标签代码（基础数据“线索标签”分组）' })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  tagCodes!: string[];

  @Field(() => LeadStageEnum)
  @Column({ type: 'varchar', length: 16, default: 'NEW' })
  stage!: LeadStage;

  @Field()
  @Column({ ...TIMESTAMP, default: () => 'now()' })
  stageChangedAt!: Date;

  /** 资本招商: the fund a FUND-channel lead came through (LeadsService requires it for that channel). */
  @Field(() => ID, { nullable: true })
  @Index('leads_fund_id_idx', { where: 'fund_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  fundId!: string | null;

  // The funds context depends on this one, so the foreign key names its entity by name rather
  // than by import: the column and its constraint live here, everything else about funds there.
  @ManyToOne('Fund', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id' })
  fund?: { id: string };

  // Relations exist for their foreign keys; GraphQL resolves them through per-request loaders.
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
