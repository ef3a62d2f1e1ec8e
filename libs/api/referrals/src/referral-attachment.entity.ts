import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import { Referral } from './referral.entity';

/**
 * A file a partner attached when filing (附件), uploaded first and claimed by the filing. The bytes
 * live in the database (referral_attachment_chunks), so both the PostgreSQL and the embedded
 * deployment keep everything in one place; GraphQL exposes only the metadata here, and the
 * content through `referralAttachment(id)`.
 */
@ObjectType({ description: '报备附件（仅元数据；内容通过 referralAttachment 下载）' })
@Entity('referral_attachments')
@Index('referral_attachments_referral_idx', ['referralId', 'createdAt'])
@Index('referral_attachments_staged_idx', ['createdAt'], { where: '"referral_id" IS NULL' })
export class ReferralAttachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null while uploaded but not yet claimed by a filing (fileReferral's attachmentIds). */
  @Column({ type: 'uuid', nullable: true })
  referralId!: string | null;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Referral;

  @Field({ description: '文件名' })
  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Field({ description: 'MIME 类型' })
  @Column({ type: 'varchar', length: 100 })
  mimeType!: string;

  @Field(() => Int, { description: '大小（字节）' })
  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  /**
   * Set when every byte is stored and the file passed its checks; until then the upload is in
   * flight (or died with its process) and cannot be claimed, and the daily purge removes it.
   */
  @Column({ ...TIMESTAMP, nullable: true })
  completedAt!: Date | null;
}

/**
 * An attachment's bytes in order, written piece by piece as the upload streams in, so neither the
 * API nor the database holds a whole file in one statement.
 */
@Entity('referral_attachment_chunks')
export class ReferralAttachmentChunk {
  @PrimaryColumn({ type: 'uuid' })
  attachmentId!: string;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @ManyToOne(() => ReferralAttachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: ReferralAttachment;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
