import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Enterprise } from './enterprise.entity';

/** A person at the company. Never shown to partners. */
@ObjectType({ description: '企业联系人' })
@Entity('enterprise_contacts')
// Global search by phone (migration SearchAndNotifications): digits from the end, lz_phone_key.
@Index('enterprise_contacts_phone_key_idx', { synchronize: false })
export class EnterpriseContact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('enterprise_contacts_enterprise_id_idx')
  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @ManyToOne('Enterprise', 'contacts', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field(() => String, { nullable: true, description: '职务' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;
}
