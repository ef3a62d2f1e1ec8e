import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TIMESTAMP, WanYuanColumn } from '@lianzhao/api-database';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DEFAULT_PROTECTION_DAYS, DEFAULT_REWARD_MILESTONE, type RewardTier } from '@lianzhao/domain';

/** One bracket of the reward rule (libs/domain RewardTier). */
@ObjectType({ description: '引荐奖励档位：固定资产投资达到起点的项目按千分比计算建议金额' })
export class RewardTierView implements RewardTier {
  @Field({ description: '投资起点（万元）' })
  minInvestment!: string;

  @Field({ description: '比例（‰）' })
  perMille!: string;
}

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

  @Field(() => [RewardTierView], { description: '奖励档位（建议金额用，经办人确认）' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  rewardTiers!: RewardTier[];

  @WanYuanColumn('单个项目奖励上限')
  rewardCap!: string | null;

  @Field()
  @UpdateDateColumn(TIMESTAMP)
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version!: number;
}
