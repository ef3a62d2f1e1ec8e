import { Entity, JoinColumn, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';

/**
 * How far a user's copies of role messages reach: messages of their role created after this
 * (less a margin, see NotificationsService.deliver) are copied at their next read.
 */
@Entity('notification_deliveries')
export class NotificationDelivery {
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column(TIMESTAMP)
  deliveredUntil!: Date;
}
