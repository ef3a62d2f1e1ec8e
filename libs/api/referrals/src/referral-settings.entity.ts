import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DEFAULT_PROTECTION_DAYS, DEFAULT_REWARD_MILESTONE } from '@lianzhao/domain';

/** The administrator's referral rules: one row (id 1), seeded by a migration with the defaults. */
@ObjectType({ description: '报备规则' })
@Entity('referral_settings')
@Check('referral_settings_single_row_check', 'id = 1')
@Check('referral_settings_protection_days_check', 'protection_days BETWEEN 1 AND 1095')
export class ReferralSettings {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Field(() => Int, { description: '报备保护期（天）' })
  @Column({ type: 'int', default: DEFAULT_PROTECTION_DAYS })
  protectionDays!: number;

  @Field({ description: '引荐奖励资格：项目达到的里程碑' })
  @Column({ type: 'varchar', length: 32, default: DEFAULT_REWARD_MILESTONE })
  rewardMilestone!: string;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version!: number;
}
