import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  NOTIFICATION_KINDS,
  RECORD_KINDS,
  type NotificationKind,
  type RecordKind,
  type Role,
} from '@lianzhao/domain';
import { checkIn, RecordKindEnum } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';
import { NotificationKindEnum } from './notification.enums';
import { NotificationParams } from './notification-params';

/**
 * One message to one user, or to everyone of a role. Written by the notifications context's event
 * handlers (inside the writing transaction) and by its daily reminders job; read only by its
 * recipient. A message to a role is one row however many users hold the role (a district has
 * hundreds of officers, and every referral filed told each of them in the filing's own
 * transaction); each user receives a copy of it (`sourceId`) the next time their notifications
 * are read, and reads and marks that copy as their own.
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
@Index('notifications_reminder_key', ['recipientId', 'reminderKey'], {
  unique: true,
  where: 'reminder_key IS NOT NULL',
})
// A user's copies of role messages: each message copied once, however often two reads race.
@Index('notifications_delivered_key', ['recipientId', 'sourceId'], {
  unique: true,
  where: 'source_id IS NOT NULL',
})
// The role messages not yet copied to a user: those of the user's role since the last copying.
@Index('notifications_role_created_idx', ['recipientRole', 'createdAt'], {
  where: 'recipient_role IS NOT NULL',
})
@Check('notifications_recipient_check', '(recipient_id IS NULL) <> (recipient_role IS NULL)')
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The user told; null on a message to a role. */
  @Column({ type: 'uuid', nullable: true })
  recipientId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  /** The role told, on a message to a role (recipientId is then null). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  recipientRole!: Role | null;

  /** On a user's copy of a role message: that message. */
  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

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
