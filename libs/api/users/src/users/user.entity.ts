import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { TIMESTAMP } from '@lianzhao/api-database';
import { ROLES, type Role } from '@lianzhao/domain';
import { Organization } from '../organizations/organization.entity';
import { checkIn } from '@lianzhao/api-core';
import { RoleEnum } from './role.enum';

@ObjectType({ description: '用户' })
@Entity('users')
@Check('users_role_check', checkIn('role', ROLES))
// A partner user always belongs to one organisation; nobody else belongs to one.
@Check('users_partner_organization_check', `(role = 'PARTNER') = (organization_id IS NOT NULL)`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Index('users_username_key', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  username!: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  displayName!: string;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @HideField()
  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  /** Bumped by a password reset; tokens carry it, so a reset signs the user out everywhere. */
  @HideField()
  @Column({ type: 'int', default: 0 })
  sessionVersion!: number;

  @HideField()
  @Index('users_organization_id_idx')
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ ...TIMESTAMP, nullable: true })
  lastLoginAt!: Date | null;

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
