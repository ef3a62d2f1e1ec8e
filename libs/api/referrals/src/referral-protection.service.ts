import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  extendedProtection,
  PROTECTING_STATUSES,
  protectionLapsed,
  type ReferralStatus,
} from '@lianzhao/domain';
import { Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Lead } from '@lianzhao/api-leads';
import { Referral } from './referral.entity';
import { ReferralSettingsService } from './referral-settings.service';
import { LAPSED_SQL } from './referral-rules.sql';
import { ReferralsService } from './referrals.service';

/** Ids per UPDATE when the daily job releases many protections at once. */
const EXPIRE_CHUNK = 1000;

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

  /** The daily job: marks every protection past its last day EXPIRED. Returns how many it released. */
  async expireLapsed(ctx: RequestContext): Promise<number> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const lapsed = await this.connection
        .getRepository(tx, Referral)
        .createQueryBuilder('r')
        .leftJoin(Lead, 'rl', 'rl.id = r.lead_id')
        .where(LAPSED_SQL, { today: this.clock.today() })
        .getMany();
      return this.expire(tx, lapsed);
    });
  }

  /**
   * Writes down that these lapsed protections ran out: status EXPIRED and a history line each,
   * for those still in a protecting status (a concurrent decision may have moved one on).
   * Filing calls it with the lapsed referrals of the company it matched. Returns how many it released.
   */
  async expire(
    tx: RequestContext,
    lapsed: readonly Pick<Referral, 'id' | 'status' | 'protectedUntil'>[],
  ): Promise<number> {
    if (!lapsed.length) return 0;
    const released = new Set<string>();
    for (let start = 0; start < lapsed.length; start += EXPIRE_CHUNK) {
      const result = await this.connection
        .getRepository(tx, Referral)
        .createQueryBuilder()
        .update()
        .set({ status: 'EXPIRED' })
        .where('id IN (:...ids) AND status IN (:...protecting)', {
          ids: lapsed.slice(start, start + EXPIRE_CHUNK).map((r) => r.id),
          protecting: PROTECTING_STATUSES,
        })
        .returning(['id'])
        .execute();
      for (const row of result.raw as { id: string }[]) released.add(row.id);
    }
    await this.referrals.recordAll(
      tx,
      lapsed
        .filter((r) => released.has(r.id))
        .map((referral) => ({
          referral: { ...referral, status: 'EXPIRED' as const },
          event: 'EXPIRED' as const,
          note: `保护期至 ${referral.protectedUntil ?? ''} 届满，未见进展，释放保护`,
          partnerNote: `保护期已于 ${referral.protectedUntil ?? ''} 届满`,
        })),
    );
    return released.size;
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
