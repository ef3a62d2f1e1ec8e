import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { rewardEligibleOn, suggestReward } from '@lianzhao/domain';
import { badField, Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ProjectsService } from '@lianzhao/api-projects';
import { Referral } from './referral.entity';
import { ReferralSettings } from './referral-settings.entity';
import { ReferralSettingsService } from './referral-settings.service';
import type { AwardReferralInput } from './dto/referral.inputs';
import { REFERRAL, REFERRAL_AUDITED_FIELDS, ReferralsService } from './referrals.service';

/** What the reward tiers apply to: the project's actual fixed-asset investment, else the planned one. */
export function rewardInvestment(project: {
  actualFixedAssetInvestment: string | null;
  plannedFixedAssetInvestment: string | null;
}): string | null {
  return project.actualFixedAssetInvestment ?? project.plannedFixedAssetInvestment ?? null;
}

/** 引荐奖励 of one referral: eligible since the rule's milestone was reached; awarded by an officer. */
export interface RewardState {
  eligibleOn: string | null;
  /** What the tier table suggests for an eligible, unpaid referral; officers only. */
  suggestedAmount: string | null;
  amount: string | null;
  rewardedOn: string | null;
}

/** 引荐奖励: when an accepted referral's project earns it, what is suggested, and its payment. */
@Injectable()
export class ReferralRewardsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: ReferralSettingsService,
    private readonly referrals: ReferralsService,
    private readonly projects: ProjectsService,
  ) {}

  /** Where the referral stands on 引荐奖励, under the current reward rule. */
  async reward(ctx: RequestContext, referral: Referral): Promise<RewardState> {
    const progress =
      referral.leadId && referral.status === 'ACCEPTED'
        ? await this.referrals.progressLoader(ctx).load(referral.leadId)
        : null;
    const settings = await this.settingsLoader(ctx).load(1);
    const eligibleOn = progress ? rewardEligibleOn(progress.milestones, settings.rewardMilestone) : null;
    let suggestedAmount: string | null = null;
    // The suggestion rests on the officers' investment figures, which partners do not see.
    if (eligibleOn && !referral.rewardedOn && ctx.user?.role !== 'PARTNER' && progress) {
      const project = await this.projects.loader(ctx).load(progress.projectId);
      const investment = project ? rewardInvestment(project) : null;
      suggestedAmount = suggestReward(investment, settings.rewardTiers, settings.rewardCap);
    }
    return { eligibleOn, suggestedAmount, amount: referral.rewardAmount, rewardedOn: referral.rewardedOn };
  }

  private settingsLoader(ctx: RequestContext): DataLoader<number, ReferralSettings> {
    return ctx.loader(
      'referralSettings',
      () =>
        new DataLoader(async (keys) => {
          const settings = await this.settings.get(ctx);
          return keys.map(() => settings);
        }),
    );
  }

  /**
   * Referrals that are eligible for 引荐奖励 (awarded or not), newest eligibility first; a
   * partner gets its own only, through the same scoping as every other read.
   */
  async rewardable(ctx: RequestContext, organizationId: string | null | undefined): Promise<Referral[]> {
    const query = this.referrals.scoped(ctx).andWhere("r.status = 'ACCEPTED' AND r.lead_id IS NOT NULL");
    if (organizationId) query.andWhere('r.organization_id = :organizationId', { organizationId });
    const accepted = await query.orderBy('r.created_at', 'DESC').getMany();
    const withReward = await Promise.all(
      accepted.map(async (r) => ({ r, reward: await this.reward(ctx, r) })),
    );
    return withReward
      .filter((x) => x.reward.eligibleOn !== null)
      .sort((a, b) => (b.reward.eligibleOn ?? '').localeCompare(a.reward.eligibleOn ?? ''))
      .map((x) => x.r);
  }

  /** An officer records the reward paid for an eligible referral (amount in 万元 and date). */
  async award(ctx: RequestContext, input: AwardReferralInput): Promise<Referral> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.referrals.get(tx, input.id);
      const { eligibleOn } = await this.reward(tx, before);
      if (!eligibleOn) throw badField('id', '该报备的项目尚未达到奖励条件，不能发放引荐奖励');
      if (input.rewardedOn < eligibleOn)
        throw badField('rewardedOn', `发放日期不能早于符合条件的日期 ${eligibleOn}`);
      if (input.rewardedOn > this.clock.today()) throw badField('rewardedOn', '发放日期不能晚于今天');
      await this.connection.updateVersioned(tx, Referral, before.id, input.version, {
        rewardAmount: input.amount,
        rewardedOn: input.rewardedOn,
      });
      const after = await this.referrals.get(tx, before.id);
      await this.referrals.record(
        tx,
        after,
        'REWARDED',
        `发放引荐奖励 ${input.amount} 万元（${input.rewardedOn}）`,
        `引荐奖励 ${input.amount} 万元已于 ${input.rewardedOn} 发放`,
      );
      await this.audit.record(tx, {
        entityType: REFERRAL,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, REFERRAL_AUDITED_FIELDS),
        note: '发放引荐奖励',
      });
      return after;
    });
  }
}
