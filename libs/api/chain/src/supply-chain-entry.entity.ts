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
import { SUPPLY_RELATIONS, type SupplyRelation } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { TIMESTAMP } from '@lianzhao/api-database';
import { Organization } from '@lianzhao/api-users';
import { SupplyRelationEnum } from './chain.enums';
import { ChainLink } from './chain-link.entity';

/**
 * 链主供应链: a key supplier or customer a chain master's partner user keeps in the portal. The
 * normalised name and the credit code are the register's matching keys (libs/domain), so the
 * office can tell which are not yet local.
 */
@ObjectType({ description: '链主供应链条目' })
@Entity('supply_chain_entries')
@Check('supply_chain_entries_relation_check', checkIn('relation', SUPPLY_RELATIONS))
@Index('supply_chain_entries_organization_created_idx', ['organizationId', 'createdAt', 'id'])
@Index('supply_chain_entries_created_idx', ['createdAt', 'id'])
export class SupplyChainEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: '链主企业（伙伴机构）' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => SupplyRelationEnum)
  @Column({ type: 'varchar', length: 10 })
  relation!: SupplyRelation;

  @Field({ description: '企业名称' })
  @Column({ type: 'varchar', length: 200 })
  companyName!: string;

  @Column({ type: 'varchar', length: 200 })
  nameNormalized!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @Field(() => ID, { nullable: true, description: '所属环节' })
  @Column({ type: 'uuid', nullable: true })
  linkId!: string | null;

  @ManyToOne(() => ChainLink, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'link_id' })
  link?: ChainLink;

  @Field({ description: '供应/采购的产品或服务' })
  @Column({ type: 'varchar', length: 200 })
  supplies!: string;

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
