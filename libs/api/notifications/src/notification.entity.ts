import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NOTIFICATION_KINDS, RECORD_KINDS, type NotificationKind, type RecordKind } from '@lianzhao/domain';
import { checkIn, RecordKindEnum } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';
import { NotificationKindEnum } from './notification.enums';
import { NotificationParams } from './notification-params';

/**
 * One message to one user. Written by the notifications context's event handlers (inside the
 * writing transaction) and by its daily reminders job; read only by its recipient.
 */
@ObjectType({ description: '站内通知' })
@Entity('notifications')
@Check('notifications_kind_check', checkIn('kind', NOTIFICATION_KINDS))
@Check('notifications_record_kind_check', checkIn('record_kind', RECORD_KINDS))
// The centre's list: a user's newest first, keyset on (created_at, id).
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt', 'id'])
// The bell's unread count reads only the unread rows of one user.
@Index('notifications_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
// The reminders job writes each reminder once: a second run finds its key taken.
@Index('notifications_reminder_key', ['recipientId', 'reminderKey'], { unique: true, where: 'reminder_key IS NOT NULL' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Field(() => NotificationKindEnum)
  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  /** The zh-CN wording, written when sent: for API clients, and the fallback when params are empty. */
  @Field({ description: '通知内容（中文）；界面按 kind 与 params 以用户的语言显示' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field(() => NotificationParams, { description: '通知内容的参数；早于参数的通知为空对象' })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: NotificationParams;

  @Field(() => RecordKindEnum, { description: '点开通知时打开的记录类型' })
  @Column({ type: 'varchar', length: 16 })
  recordKind!: RecordKind;

  @Field(() => ID, { description: '点开通知时打开的记录' })
  @Column({ type: 'uuid' })
  recordId!: string;

  /** Reminders only: what the reminder is about and for which date (`MILESTONE_DUE:<id>:<date>`). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  reminderKey!: string | null;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '已读时间；未读为空' })
  @Column({ ...TIMESTAMP, nullable: true })
  readAt!: Date | null;
}
