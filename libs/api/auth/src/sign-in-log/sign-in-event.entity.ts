import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SIGN_IN_RESULTS, SIGN_IN_RESULT_LABELS, type SignInResult } from '@lianzhao/domain';
import { checkIn, graphqlEnum } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';

export const SignInResultEnum = graphqlEnum('SignInResult', '登录结果', SIGN_IN_RESULTS, SIGN_IN_RESULT_LABELS);

/**
 * One sign-in attempt, successful or not: the 登录记录 admins read, and the store the throttle
 * counts failures in (a table, so a restart or a second API process sees the same attempts).
 */
@ObjectType({ description: '登录记录' })
@Entity('sign_in_events')
@Check('sign_in_events_result_check', checkIn('result', SIGN_IN_RESULTS))
// The list pages newest first; the throttle counts one account's or one address's recent failures.
@Index('sign_in_events_created_at_idx', ['createdAt', 'id'])
@Index('sign_in_events_username_idx', ['username', 'createdAt'])
@Index('sign_in_events_address_idx', ['address', 'createdAt'])
export class SignInEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sign_in_events' })
  id!: string;

  /** The username as typed (trimmed, lower case), whether or not such an account exists. */
  @Field({ description: '尝试登录的用户名' })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  /** The account the username named, if any (never shown to the caller who tried). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Field({ description: '客户端地址' })
  @Column({ type: 'varchar', length: 64 })
  address!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  @Field(() => SignInResultEnum)
  @Column({ type: 'varchar', length: 20 })
  result!: SignInResult;

  /** From the service clock, not the database's, so the throttle's windows follow a pinned clock in tests. */
  @Field({ description: '时间' })
  @Column(TIMESTAMP)
  createdAt!: Date;
}
