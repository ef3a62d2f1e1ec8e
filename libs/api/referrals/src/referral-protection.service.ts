import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  extendedProtection,
  PROTECTING_STATUSES,
  protectionLapsed,
  type ReferralMatchKey,
  type ReferralStatus,
} from '@lianzhao/domain';
import { Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Lead } from '@lianzhao/api-leads';
import { Referral } from './referral.entity';
import { ReferralSettingsService } from './referral-settings.service';
import { LAPSED_SQL } from './referral-rules.sql';
import { ReferralsService } from './referrals.service';

/**
 * 保护期: a protection runs out unless the lead moves (extendForLead, on LeadStageMoved in
 * referrals.listeners.ts); lapsed ones are written down daily (referral-expiry.job.ts).
 */
@Injectable()
export class ReferralProtectionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
    private readonly settings: ReferralSettingsService,
    private readonly referrals: ReferralsService,
  ) {}

  /**
   * Marks protections past their last day EXPIRED, with a history line each (the daily job, and
   * before matching a filing, limited to that company). Returns how many it released.
   */
  async expireLapsed(ctx: RequestContext, key?: ReferralMatchKey): Promise<number> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const today = this.clock.today();
      const query = this.connection
        .getRepository(tx, Referral)
        .createQueryBuilder('r')
        .leftJoin(Lead, 'rl', 'rl.id = r.lead_id')
        .where(LAPSED_SQL, { today });
      if (key) this.referrals.whereSameCompany(query, key);
      const lapsed = await query.getMany();
      for (const referral of lapsed) {
        const result = await this.connection
          .getRepository(tx, Referral)
          .createQueryBuilder()
          .update()
          .set({ status: 'EXPIRED' })
          .where('id = :id AND status = :status', { id: referral.id, status: referral.status })
          .execute();
        if (!result.affected) continue;
        await this.referrals.record(
          tx,
          { ...referral, status: 'EXPIRED' },
          'EXPIRED',
          `保护期至 ${referral.protectedUntil ?? ''} 届满，未见进展，释放保护`,
          `保护期已于 ${referral.protectedUntil ?? ''} 届满`,
        );
      }
      return lapsed.length;
    });
  }

  /** A stage move of the lead renews the protection of the referrals it came from. */
  async extendForLead(tx: RequestContext, lead: Lead, fromStage: Lead['stage']): Promise<void> {
    const referrals = await this.connection
      .getRepository(tx, Referral)
      .findBy({ leadId: lead.id, status: In(PROTECTING_STATUSES as ReferralStatus[]) });
    if (!referrals.length) return;
    const today = this.clock.today();
    const { protectionDays } = await this.settings.get(tx);
    for (const referral of referrals) {
      // A protection that had already run out is released by the job, not revived by a late move.
      if (
        protectionLapsed(
          { status: referral.status, protectedUntil: referral.protectedUntil, leadStage: fromStage },
          today,
        )
      )
        continue;
      const until = extendedProtection(referral.protectedUntil ?? today, today, protectionDays);
      if (until === referral.protectedUntil) continue;
      await this.connection
        .getRepository(tx, Referral)
        .update({ id: referral.id }, { protectedUntil: until });
      await this.referrals.record(
        tx,
        { ...referral, protectedUntil: until },
        'EXTENDED',
        `线索进入新阶段，保护期延至 ${until}`,
        `项目有新进展，保护期延至 ${until}`,
      );
    }
  }
}
