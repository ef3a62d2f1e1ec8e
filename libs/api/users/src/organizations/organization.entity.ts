import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { OrganizationKindEnum } from './organization-kind.enum';

/** A platform partner: chain master, park operator, recruitment platform, fund manager, … */
@ObjectType({ description: '合作机构（平台伙伴）' })
@Entity('organizations')
@Check('organizations_kind_check', checkIn('kind', ORGANIZATION_KINDS))
@Check(
  'organizations_contract_period_check',
  'contract_ends_on IS NULL OR contract_starts_on IS NULL OR contract_ends_on >= contract_starts_on',
)
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Index('organizations_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => OrganizationKindEnum)
  @Column({ type: 'varchar', length: 32 })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Index('organizations_credit_code_key', { unique: true, where: 'credit_code IS NOT NULL' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => String, { nullable: true, description: '认定日期（专业招商平台）' })
  @Column({ type: 'date', nullable: true })
  certifiedOn!: string | null;

  @Field(() => String, { nullable: true, description: '签约开始日期（专业招商平台）' })
  @Column({ type: 'date', nullable: true })
  contractStartsOn!: string | null;

  @Field(() => String, { nullable: true, description: '签约结束日期（专业招商平台）' })
  @Column({ type: 'date', nullable: true })
  contractEndsOn!: string | null;

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
