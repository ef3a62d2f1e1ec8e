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
import { CHANNELS, TARGET_PRIORITIES, type Channel, type TargetPriority } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { ChannelEnum } from '@lianzhao/api-attribution';
import { Enterprise } from '@lianzhao/api-enterprises';
import { Lead } from '@lianzhao/api-leads';
import { Organization, User } from '@lianzhao/api-users';
import { TargetPriorityEnum } from './chain.enums';
import { ChainLink } from './chain-link.entity';

/** A target's entity type on the audit trail. */
export const CHAIN_TARGET = 'ChainTarget';

/**
 * 招商目标: a company an officer means to recruit for a link, from the register or by name only.
 * It carries the attribution its lead will have (channel, source organisation, owner), so
 * converting it keeps who found it; once converted, the lead is its progress.
 */
@ObjectType({ description: '招商目标' })
@Entity('chain_targets')
@Check('chain_targets_priority_check', checkIn('priority', TARGET_PRIORITIES))
@Check('chain_targets_channel_check', checkIn('channel', CHANNELS))
@Index('chain_targets_link_created_idx', ['linkId', 'createdAt', 'id'])
@Index('chain_targets_lead_id_key', ['leadId'], { unique: true, where: 'lead_id IS NOT NULL' })
export class ChainTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  linkId!: string;

  @ManyToOne(() => ChainLink, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'link_id' })
  link?: ChainLink;

  @Field(() => ID, { nullable: true })
  @Index('chain_targets_enterprise_id_idx', { where: 'enterprise_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Field({ description: '企业名称' })
  @Column({ type: 'varchar', length: 200 })
  companyName!: string;

  @Field(() => TargetPriorityEnum)
  @Column({ type: 'varchar', length: 8 })
  priority!: TargetPriority;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Field(() => ChannelEnum, { description: '转为线索时的招商渠道' })
  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  sourceOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_organization_id' })
  sourceOrganization?: Organization;

  @Field(() => ID, { nullable: true, description: '来自链主供应链的条目' })
  @Column({ type: 'uuid', nullable: true })
  supplyChainEntryId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field(() => ID, { nullable: true, description: '转成的线索' })
  @Column({ type: 'uuid', nullable: true })
  leadId!: string | null;

  @ManyToOne(() => Lead, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_id' })
  lead?: Lead;

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
