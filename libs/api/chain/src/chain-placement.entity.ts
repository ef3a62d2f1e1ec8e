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
import { CHAIN_ENTITY_TYPES, type ChainEntityType } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { User } from '@lianzhao/api-users';
import { ChainEntityTypeEnum } from './chain.enums';
import { ChainLink } from './chain-link.entity';

/**
 * An enterprise, lead, project, investment or referral placed on a link by an officer. The id is
 * not a foreign key (it points into five tables); the counts join each table, so a row whose
 * record is gone counts nowhere.
 */
@ObjectType({ description: '环节上的对象' })
@Entity('chain_placements')
@Check('chain_placements_entity_type_check', checkIn('entity_type', CHAIN_ENTITY_TYPES))
@Index('chain_placements_link_entity_key', ['linkId', 'entityType', 'entityId'], { unique: true })
@Index('chain_placements_entity_idx', ['entityType', 'entityId'])
export class ChainPlacement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  linkId!: string;

  @ManyToOne(() => ChainLink, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'link_id' })
  link?: ChainLink;

  @Field(() => ChainEntityTypeEnum)
  @Column({ type: 'varchar', length: 12 })
  entityType!: ChainEntityType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: User;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;
}
