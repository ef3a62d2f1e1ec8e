import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferralRewardTiers1795593422696 implements MigrationInterface {
  name = 'ReferralRewardTiers1795593422696';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"referral_settings\" ADD \"reward_tiers\" jsonb NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"referral_settings\" ADD \"reward_cap\" numeric(18,4)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"referral_settings\" DROP COLUMN \"reward_cap\"");
    await queryRunner.query("ALTER TABLE \"referral_settings\" DROP COLUMN \"reward_tiers\"");
  }
}
