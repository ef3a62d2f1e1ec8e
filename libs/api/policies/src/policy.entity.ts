import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';

/** A policy document's entity type on the audit trail. */
export const POLICY = 'Policy';

/** 政策文件: a district policy (文号, title, validity) whose support items the system matches. */
@ObjectType({ description: '政策文件' })
@Entity('policies')
@Check('policies_validity_check', 'valid_until IS NULL OR valid_until >= issued_on')
@Index('policies_issued_on_id_idx', ['issuedOn', 'id'])
export class Policy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: '文号，如 沪奉府发〔2024〕20号' })
  @Index('policies_doc_number_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  docNumber!: string;

  @Field({ description: '标题' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: '发布日期' })
  @Column({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: '有效期至（为空表示长期有效）' })
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

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
