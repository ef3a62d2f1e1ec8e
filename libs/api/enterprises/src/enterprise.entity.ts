import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { TIMESTAMP, WanYuanColumn } from '@lianzhao/api-database';
import { EnterpriseContact } from './enterprise-contact.entity';

/** 企业库: one row per company, whatever number of leads it has. */
@ObjectType({ description: '企业' })
@Entity('enterprises')
// Bigram indexes (migration BigramSearch) serve 「包含」 searches on names and partial credit codes.
@Index('enterprises_name_bigram_idx', { synchronize: false })
@Index('enterprises_credit_code_bigram_idx', { synchronize: false })
export class Enterprise {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The duplicate key: width, brackets and company-form suffixes folded (libs/domain). */
  @Index('enterprises_name_normalized_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  nameNormalized!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @Index('enterprises_credit_code_key', { unique: true, where: 'credit_code IS NOT NULL' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode!: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  legalRepresentative!: string | null;

  @WanYuanColumn('注册资本')
  registeredCapital!: string | null;

  @Field(() => String, { nullable: true, description: '成立日期 YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  foundedOn!: string | null;

  /**
   * 存量: an officer's mark that the company has been registered in the district since this
   * date (the other way to be 存量 is a credit code of division 310120, dated by foundedOn).
   */
  @Field(() => String, { nullable: true, description: '在区内注册（存量）自 YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  localStockSince!: string | null;

  @Field(() => String, { nullable: true, description: '总部所在城市' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  headquartersCity!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  @Index('enterprises_industry_code_idx')
  @Column({ type: 'varchar', length: 40, nullable: true })
  industryCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  segmentCode!: string | null;

  @Field(() => [String], { description: '企业标签代码' })
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  tagCodes!: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @OneToMany(() => EnterpriseContact, (contact) => contact.enterprise)
  contacts?: EnterpriseContact[];

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
