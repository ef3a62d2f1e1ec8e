import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn, graphqlEnum } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';

export const LEAD_IMPORT_STATUSES = ['RUNNING', 'IMPORTED', 'REFUSED', 'FAILED'] as const;
export type LeadImportStatus = (typeof LEAD_IMPORT_STATUSES)[number];

export const LeadImportStatusEnum = graphqlEnum('LeadImportStatus', '导入状态', LEAD_IMPORT_STATUSES, {
  RUNNING: { zh: '导入中' },
  IMPORTED: { zh: '已导入' },
  REFUSED: { zh: '未导入（有问题）' },
  FAILED: { zh: '失败' },
});

export const LEAD_IMPORT_PHASES = ['READING', 'CHECKING', 'WRITING', 'DONE'] as const;
export type LeadImportPhase = (typeof LEAD_IMPORT_PHASES)[number];

export const LeadImportPhaseEnum = graphqlEnum('LeadImportPhase', '导入进度阶段', LEAD_IMPORT_PHASES, {
  READING: { zh: '读取文件' },
  CHECKING: { zh: '逐行校验' },
  WRITING: { zh: '写入' },
  DONE: { zh: '完成' },
});

/**
 * 导入记录: one Excel import of leads, who ran it, on which file, and what came of it. Written
 * outside the import's own transaction (before and after it), so a refused or failed import is
 * in the history too; the problem report of a refused one stays downloadable.
 */
@ObjectType({ description: '线索导入记录' })
@Entity('lead_imports')
@Check('lead_imports_status_check', checkIn('status', LEAD_IMPORT_STATUSES))
@Index('lead_imports_actor_created_idx', ['actorId', 'createdAt'])
export class LeadImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: '开始时间' })
  @Index('lead_imports_created_at_idx')
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '结束时间' })
  @Column({ ...TIMESTAMP, nullable: true })
  finishedAt!: Date | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  actorId!: string;

  @Field({ description: '导入人' })
  @Column({ type: 'varchar', length: 64 })
  actorName!: string;

  @Field({ description: '文件名' })
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Field(() => LeadImportStatusEnum)
  @Column({ type: 'varchar', length: 16 })
  status!: LeadImportStatus;

  @Field(() => Int, { description: '数据行数' })
  @Column({ type: 'int', default: 0 })
  rowCount!: number;

  @Field(() => Int, { description: '新建的企业数' })
  @Column({ type: 'int', default: 0 })
  enterprisesCreated!: number;

  @Field(() => Int, { description: '新建的线索数' })
  @Column({ type: 'int', default: 0 })
  leadsCreated!: number;

  @Field(() => Int, { description: '已存在而跳过的线索数' })
  @Column({ type: 'int', default: 0 })
  leadsSkipped!: number;

  @Field(() => Int, { description: '问题数（有问题时整个文件未导入）' })
  @Column({ type: 'int', default: 0 })
  errorCount!: number;

  @Field(() => String, { nullable: true, description: '失败原因' })
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  /** The problem list as .xlsx (base64), read only by the download. */
  @Column({ type: 'text', nullable: true, select: false })
  errorReportBase64!: string | null;

  @Field({ description: '有可下载的问题清单' })
  @Column({ type: 'boolean', default: false })
  hasErrorReport!: boolean;

  // Progress of a running import: kept in memory by ImportJobsService, not stored.
  @Field(() => LeadImportPhaseEnum, { description: '进度阶段' })
  phase!: LeadImportPhase;

  @Field(() => Int, { description: '本阶段已处理的行数' })
  processedRows!: number;
}
