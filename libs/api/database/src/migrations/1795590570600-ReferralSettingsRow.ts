import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The single row of referral rules with the defaults of DOMAIN.md (180 days; reward once registered). */
export class ReferralSettingsRow1795590570600 implements MigrationInterface {
  name = 'ReferralSettingsRow1795590570600';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Literal values, not libs/domain's defaults, so this migration always seeds the same row.
    await queryRunner.query(
      "INSERT INTO referral_settings (id, protection_days, reward_milestone) VALUES (1, 180, 'REGISTERED')",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM referral_settings WHERE id = 1');
  }
}
