import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import { graphqlEnum } from '@lianzhao/api-core';

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'MERGE', 'MOVE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditActionEnum = graphqlEnum('AuditAction', '操作类型', AUDIT_ACTIONS, {
  CREATE: { zh: '新建' },
  UPDATE: { zh: '修改' },
  DELETE: { zh: '删除' },
  MERGE: { zh: '合并' },
  MOVE: { zh: '阶段变更' },
});

/** One changed field: values are kept as display strings so the trail reads the same forever. */
@ObjectType()
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

/**
 * An append-only record of who changed what. No API edits or deletes it; the table has no
 * foreign keys so that the trail outlives the rows it describes (a merged-away enterprise).
 */
@ObjectType({ description: '操作记录' })
@Entity('audit_entries')
@Index('audit_entries_entity_idx', ['entityType', 'entityId', 'at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 32 })
  entityType!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  entityId!: string;

  @Field(() => AuditActionEnum)
  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  actorName!: string;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  at!: Date;

  @Field(() => [FieldChange])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: FieldChange[];

  @Field(() => String, { nullable: true, description: '说明，如合并来源' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
