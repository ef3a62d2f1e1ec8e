import { Injectable } from '@nestjs/common';
import { badField, conflict, RequestContext, STALE_VERSION_MESSAGE } from '@lianzhao/api-core';
import { rewardRuleProblem } from '@lianzhao/domain';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ReferralSettings } from './referral-settings.entity';
import type { UpdateReferralSettingsInput } from './dto/referral.inputs';

/** The one row of referral settings. */
export const SETTINGS_ID = 1;

/** The administrator-editable referral rules (保护期, 引荐奖励资格). */
@Injectable()
export class ReferralSettingsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /** The row is seeded by a migration; a missing row means the database was not migrated. */
  async get(ctx: RequestContext): Promise<ReferralSettings> {
    const row = await this.connection.getRepository(ctx, ReferralSettings).findOneBy({ id: SETTINGS_ID });
    if (!row) throw new Error('referral_settings has no row: run the migrations');
    return row;
  }

  async update(
    ctx: RequestContext,
    input: UpdateReferralSettingsInput,
    checkMilestone: (code: string) => void,
  ): Promise<ReferralSettings> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx);
      const changes: Partial<ReferralSettings> = {};
      if (input.protectionDays) changes.protectionDays = input.protectionDays;
      if (input.rewardTiers || input.rewardCap !== undefined) {
        const tiers = (input.rewardTiers ?? before.rewardTiers).map(({ minInvestment, perMille }) => ({
          minInvestment,
          perMille,
        }));
        const cap = input.rewardCap !== undefined ? input.rewardCap : before.rewardCap;
        const problem = rewardRuleProblem(tiers, cap);
        if (problem) throw badField(problem.field, problem.message);
        changes.rewardTiers = tiers;
        changes.rewardCap = cap;
      }
      if (input.rewardMilestone) {
        checkMilestone(input.rewardMilestone);
        changes.rewardMilestone = input.rewardMilestone;
      }
      // updateVersioned takes uuid ids; this single row is keyed 1, so the same one-statement check here.
      const result = await this.connection
        .getRepository(tx, ReferralSettings)
        .createQueryBuilder()
        .update()
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: SETTINGS_ID, version: input.version })
        .execute();
      if (!result.affected) throw conflict(STALE_VERSION_MESSAGE);
      const after = await this.get(tx);
      await this.audit.record(tx, {
        entityType: 'ReferralSettings',
        entityId: '00000000-0000-0000-0000-000000000001',
        action: 'UPDATE',
        changes: diffFields(
          { ...before, rewardTiers: JSON.stringify(before.rewardTiers) },
          { ...after, rewardTiers: JSON.stringify(after.rewardTiers) },
          ['protectionDays', 'rewardMilestone', 'rewardTiers', 'rewardCap'],
        ),
      });
      return after;
    });
  }
}
