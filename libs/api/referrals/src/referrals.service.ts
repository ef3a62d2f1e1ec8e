import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Brackets, In, type SelectQueryBuilder } from 'typeorm';
import {
  checkFilingPermission,
  extendedProtection,
  OPEN_STAGES,
  PROTECTING_STATUSES,
  protectionEnd,
  protectionLapsed,
  REFERRAL_STATUS_LABELS,
  referralMatchKey,
  rewardEligibleOn,
  suggestReward,
  channelForOrganizationKind,
  effectiveReferralStatus,
  type ReferralEvent,
  type ReferralMatchKey,
  type ReferralStatus,
} from '@lianzhao/domain';
import type { AwardReferralInput } from './dto/referral.inputs';
import {
  badField,
  Clock,
  conflict,
  forbidden,
  notFound,
  scopedQuery,
  RequestContext,
} from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { Enterprise, EnterprisesService } from '@lianzhao/api-enterprises';
import { Lead, LeadsService } from '@lianzhao/api-leads';
import { Project, ProjectsService, type LeadProjectProgress } from '@lianzhao/api-projects';
import { ReferenceService } from '@lianzhao/api-reference';
import { Organization } from '@lianzhao/api-users';
import { Referral } from './referral.entity';
import { ReferralHistory } from './referral-history.entity';
import { ReferralAttachment } from './referral-attachment.entity';
import { decodeAttachments, type DecodedAttachment } from './referral-attachment-files';
import { ReferralSettings } from './referral-settings.entity';
import { ReferralSettingsService } from './referral-settings.service';
import type { ReferralCheckResult } from './referral.enums';
import type { AcceptReferralInput, FileReferralInput, RejectReferralInput } from './dto/referral.inputs';

import { sqlList } from './referral-rules.sql';
import { REFERRAL_LIST } from './referral-list';

export const REFERRAL = 'Referral';

const AUDITED: readonly (keyof Referral)[] = [
  'companyName',
  'creditCode',
  'segmentCode',
  'status',
  'protectedUntil',
  'leadId',
  'enterpriseId',
  'decisionReason',
  'rewardAmount',
  'rewardedOn',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 引荐奖励 of one referral: eligible since the rule's milestone was reached; awarded by an officer. */
export interface RewardState {
  eligibleOn: string | null;
  /** What the tier table suggests for an eligible, unpaid referral; officers only. */
  suggestedAmount: string | null;
  amount: string | null;
  rewardedOn: string | null;
}

/** Conversion of one organisation's referrals: filed → accepted → signed → landed (落地). */
export interface ReferralFunnel {
  filed: number;
  accepted: number;
  signed: number;
  landed: number;
}

@Injectable()
export class ReferralsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: ReferralSettingsService,
    private readonly enterprises: EnterprisesService,
    private readonly leads: LeadsService,
    private readonly projects: ProjectsService,
  ) {}

  /**
   * The one way referrals are read outside the list: under the list's own scope (referralScope),
   * which limits a partner to its own organisation, so no query can forget the filter.
   */
  scoped(ctx: RequestContext): SelectQueryBuilder<Referral> {
    return scopedQuery(this.connection, ctx, REFERRAL_LIST);
  }

  async get(ctx: RequestContext, id: string): Promise<Referral> {
    if (!UUID.test(id)) throw notFound('报备');
    const row = await this.scoped(ctx).andWhere('r.id = :id', { id }).getOne();
    if (!row) throw notFound('报备');
    return row;
  }

  /** The status as of today, given the stage of the referral's lead. */
  async effectiveStatus(ctx: RequestContext, referral: Referral): Promise<ReferralStatus> {
    const lead = referral.leadId ? await this.connection.byId(ctx, Lead).load(referral.leadId) : null;
    return effectiveReferralStatus(
      { status: referral.status, protectedUntil: referral.protectedUntil, leadStage: lead?.stage ?? null },
      this.clock.today(),
    );
  }

  history(ctx: RequestContext, referralId: string): Promise<ReferralHistory[]> {
    return this.connection
      .getRepository(ctx, ReferralHistory)
      .find({ where: { referralId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /**
   * What a partner may learn before filing: free, already its own, referred by someone (never
   * who), or already a lead. It reads across organisations on purpose and answers only that.
   */
  async check(
    ctx: RequestContext,
    companyName: string,
    creditCode: string | null,
  ): Promise<ReferralCheckResult> {
    const key = referralMatchKey(companyName, creditCode);
    if (!key.nameKey && !key.creditCode) return 'FREE';
    const today = this.clock.today();
    const live = (await this.matching(ctx, key, [...PROTECTING_STATUSES, 'EXISTING'])).filter(
      (r) => !protectionLapsed({ status: r.status, protectedUntil: r.protectedUntil }, today),
    );
    const mine = ctx.user?.organizationId ?? null;
    if (live.some((r) => r.organizationId === mine)) return 'OWN';
    if (live.some((r) => PROTECTING_STATUSES.includes(r.status))) return 'REFERRED';
    return (await this.openLeadOf(ctx, key)) ? 'IN_PIPELINE' : 'FREE';
  }

  /**
   * Files a referral and decides its status in one transaction: another organisation's live
   * protection → CONFLICT, an open lead → EXISTING, otherwise PROTECTED. Two filings racing for
   * the same company both may decide PROTECTED; the partial unique indexes let only one commit,
   * and the other decides again, now seeing the winner.
   */
  async file(ctx: RequestContext, input: FileReferralInput): Promise<Referral> {
    const organizationId = ctx.user?.role === 'PARTNER' ? ctx.user.organizationId : null;
    if (!organizationId) throw forbidden('只有合作机构的用户可以报备');
    const attachments = decodeAttachments(input.attachments);
    try {
      return await this.decide(ctx, organizationId, input, attachments);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.decide(ctx, organizationId, input, attachments);
    }
  }

  private decide(
    ctx: RequestContext,
    organizationId: string,
    input: FileReferralInput,
    attachments: readonly DecodedAttachment[],
  ): Promise<Referral> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const today = this.clock.today();
      const organization = await this.connection
        .getRepository(tx, Organization)
        .findOneBy({ id: organizationId });
      if (!organization?.active) throw forbidden('贵机构已停用，不能报备，请联系投促办');
      const permission = checkFilingPermission(organization, today);
      if (!permission.ok) throw forbidden(permission.message);
      const segment = await this.reference.requireSegment(tx, input.segmentCode);
      const key = referralMatchKey(input.companyName, input.creditCode ?? null);
      await this.expireLapsed(tx, key);

      const candidates = await this.matching(tx, key, [...PROTECTING_STATUSES, 'EXISTING']);
      const own = candidates.find((r) => r.organizationId === organizationId);
      if (own) {
        throw badField(
          'companyName',
          own.status === 'EXISTING'
            ? `贵机构已于 ${this.dateOf(own.createdAt)} 报备该企业，正在等待投促办处理`
            : `贵机构已报备该企业，保护期至 ${own.protectedUntil ?? ''}，无需重复报备`,
        );
      }
      const holder = candidates.find((r) => PROTECTING_STATUSES.includes(r.status));
      const openLead = holder ? null : await this.openLeadOf(tx, key);
      const settings = await this.settings.get(tx);
      const status: ReferralStatus = holder ? 'CONFLICT' : openLead ? 'EXISTING' : 'PROTECTED';

      const repo = this.connection.getRepository(tx, Referral);
      const saved = await repo.save(
        repo.create({
          organizationId,
          filedById: tx.user?.id,
          companyName: input.companyName,
          nameKey: key.nameKey,
          creditCode: key.creditCode,
          industryCode: segment.industryCode,
          segmentCode: segment.code,
          plannedInvestment: input.plannedInvestment ?? null,
          landNeed: input.landNeed ?? null,
          spaceNeed: input.spaceNeed ?? null,
          timeline: input.timeline ?? null,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          notes: input.notes ?? null,
          status,
          protectedUntil: status === 'PROTECTED' ? protectionEnd(today, settings.protectionDays) : null,
          conflictWithId: holder?.id ?? null,
          matchedLeadId: openLead?.id ?? null,
        }),
      );
      if (attachments.length) {
        const files = this.connection.getRepository(tx, ReferralAttachment);
        await files.insert(
          attachments.map((a) => ({
            referralId: saved.id,
            fileName: a.fileName,
            mimeType: a.mimeType,
            sizeBytes: a.content.length,
            content: a.content,
            uploadedBy: saved.filedById,
          })),
        );
      }
      await this.record(tx, saved, 'FILED', null, null);
      const matched: Record<'PROTECTED' | 'CONFLICT' | 'EXISTING', { note: string; partnerNote: string }> = {
        PROTECTED: {
          note: `未匹配到其他报备或在管道中的线索，保护期 ${settings.protectionDays} 天`,
          partnerNote: `报备有效，保护期至 ${saved.protectedUntil ?? ''}`,
        },
        CONFLICT: {
          note: `与“${holder?.companyName ?? ''}”的在先报备冲突（报备编号 ${holder?.id ?? ''}）`,
          partnerNote: '该企业已被报备，处于保护期内',
        },
        EXISTING: {
          note: `企业已有在管道中的线索“${openLead?.projectName ?? ''}”`,
          partnerNote: '该企业已在招商管道中，等待投促办处理',
        },
      };
      const outcome = matched[status as 'PROTECTED' | 'CONFLICT' | 'EXISTING'];
      await this.record(tx, saved, 'MATCHED', outcome.note, outcome.partnerNote);
      await this.audit.record(tx, {
        entityType: REFERRAL,
        entityId: saved.id,
        action: 'CREATE',
        changes: diffFields(null, { ...saved }, AUDITED),
      });
      return saved;
    });
  }

  /**
   * Accepts a referral: it becomes a lead (channel from the organisation's kind, the
   * organisation as source, the chosen owner), or, when the company already has an open lead,
   * is attached to it.
   */
  async accept(ctx: RequestContext, input: AcceptReferralInput): Promise<Referral> {
    try {
      return await this.connection.withTransaction(ctx, async (tx) => {
        const before = await this.get(tx, input.id);
        const status = await this.effectiveStatus(tx, before);
        if (status !== 'PROTECTED' && status !== 'EXISTING') {
          throw badField('id', `“${REFERRAL_STATUS_LABELS[status].zh}”的报备不能受理`);
        }
        const organization = await this.connection
          .getRepository(tx, Organization)
          .findOneByOrFail({ id: before.organizationId });
        const key = referralMatchKey(before.companyName, before.creditCode);
        const existing = await this.openLeadOf(tx, key);
        let lead: Lead;
        let note: string;
        if (existing) {
          lead = existing;
          if (!existing.sourceOrganizationId) {
            lead = await this.leads.update(tx, {
              id: existing.id,
              version: existing.version,
              sourceOrganizationId: organization.id,
            });
            note = `并入已有线索“${existing.projectName}”，并记为其来源机构`;
          } else {
            note = `并入已有线索“${existing.projectName}”（该线索已有来源机构，未变更）`;
          }
        } else {
          const enterprise =
            (await this.enterprises.findDuplicate(tx, before.companyName, before.creditCode)) ??
            (await this.enterprises.create(tx, {
              name: before.companyName,
              creditCode: before.creditCode,
              segmentCode: before.segmentCode,
              contacts: [{ name: before.contactName, phone: before.contactPhone }],
            }));
          lead = await this.leads.create(tx, {
            enterpriseId: enterprise.id,
            projectName: `${before.companyName}投资项目`,
            segmentCode: before.segmentCode,
            channel: channelForOrganizationKind(organization.kind),
            sourceOrganizationId: organization.id,
            ownerId: input.ownerId,
            plannedInvestment: before.plannedInvestment,
            landNeed: before.landNeed,
            spaceNeed: before.spaceNeed,
            notes:
              [before.timeline ? `计划时间：${before.timeline}` : null, before.notes]
                .filter(Boolean)
                .join('\n') || null,
          });
          note = `新建线索“${lead.projectName}”`;
        }
        const settings = await this.settings.get(tx);
        const today = this.clock.today();
        await this.connection.updateVersioned(tx, Referral, before.id, input.version ?? before.version, {
          status: 'ACCEPTED',
          leadId: lead.id,
          enterpriseId: lead.enterpriseId,
          decidedAt: this.clock.now(),
          decidedById: tx.user?.id ?? null,
          protectedUntil: extendedProtection(before.protectedUntil ?? today, today, settings.protectionDays),
        });
        const after = await this.get(tx, before.id);
        await this.record(tx, after, 'ACCEPTED', note, '投促办已受理，项目进入招商管道');
        await this.audit.record(tx, {
          entityType: REFERRAL,
          entityId: after.id,
          action: 'UPDATE',
          changes: diffFields({ ...before }, { ...after }, AUDITED),
          note: `受理报备：${note}`,
        });
        return after;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw conflict('该企业已有其他机构的报备处于保护期，不能同时受理');
    }
  }

  async reject(ctx: RequestContext, input: RejectReferralInput): Promise<Referral> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.get(tx, input.id);
      const status = await this.effectiveStatus(tx, before);
      if (!(['PROTECTED', 'EXISTING', 'CONFLICT'] as ReferralStatus[]).includes(status)) {
        throw badField('id', `“${REFERRAL_STATUS_LABELS[status].zh}”的报备不能再作处理`);
      }
      await this.connection.updateVersioned(tx, Referral, before.id, input.version ?? before.version, {
        status: 'REJECTED',
        decisionReason: input.reason,
        decidedAt: this.clock.now(),
        decidedById: tx.user?.id ?? null,
      });
      const after = await this.get(tx, before.id);
      await this.record(tx, after, 'REJECTED', input.reason, input.reason);
      await this.audit.record(tx, {
        entityType: REFERRAL,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, AUDITED),
        note: `不予受理：${input.reason}`,
      });
      return after;
    });
  }

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
        .where(`r.status IN (${sqlList(PROTECTING_STATUSES)})`)
        .andWhere('r.protected_until < CAST(:today AS date)', { today })
        .andWhere("(rl.stage IS NULL OR rl.stage <> 'SIGNED')");
      if (key) this.whereSameCompany(query, key);
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
        await this.record(
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
      await this.record(
        tx,
        { ...referral, protectedUntil: until },
        'EXTENDED',
        `线索进入新阶段，保护期延至 ${until}`,
        `项目有新进展，保护期延至 ${until}`,
      );
    }
  }

  /** The landing progress of the projects the referrals' leads became, batched per request. */
  progressLoader(ctx: RequestContext): DataLoader<string, LeadProjectProgress | null> {
    return ctx.loader(
      'referralLeadProgress',
      () =>
        new DataLoader<string, LeadProjectProgress | null>(async (leadIds) => {
          const progress = await this.projects.progressOfLeads(ctx, leadIds);
          return leadIds.map((id) => progress.get(id) ?? null);
        }),
    );
  }

  /** Where the referral stands on 引荐奖励, under the current reward rule. */
  async reward(ctx: RequestContext, referral: Referral): Promise<RewardState> {
    const progress =
      referral.leadId && referral.status === 'ACCEPTED'
        ? await this.progressLoader(ctx).load(referral.leadId)
        : null;
    const settings = await this.settingsLoader(ctx).load(1);
    const eligibleOn = progress ? rewardEligibleOn(progress.milestones, settings.rewardMilestone) : null;
    let suggestedAmount: string | null = null;
    // The suggestion rests on the officers' investment figures, which partners do not see.
    if (eligibleOn && !referral.rewardedOn && ctx.user?.role !== 'PARTNER' && progress) {
      const project = await this.connection.byId(ctx, Project).load(progress.projectId);
      const investment = project?.actualFixedAssetInvestment ?? project?.plannedFixedAssetInvestment ?? null;
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
    const query = this.scoped(ctx).andWhere("r.status = 'ACCEPTED' AND r.lead_id IS NOT NULL");
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
      const before = await this.get(tx, input.id);
      const { eligibleOn } = await this.reward(tx, before);
      if (!eligibleOn) throw badField('id', '该报备的项目尚未达到奖励条件，不能发放引荐奖励');
      if (input.rewardedOn < eligibleOn)
        throw badField('rewardedOn', `发放日期不能早于符合条件的日期 ${eligibleOn}`);
      if (input.rewardedOn > this.clock.today()) throw badField('rewardedOn', '发放日期不能晚于今天');
      await this.connection.updateVersioned(tx, Referral, before.id, input.version, {
        rewardAmount: input.amount,
        rewardedOn: input.rewardedOn,
      });
      const after = await this.get(tx, before.id);
      await this.record(
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
        changes: diffFields({ ...before }, { ...after }, AUDITED),
        note: '发放引荐奖励',
      });
      return after;
    });
  }

  /** filed → accepted → signed → landed for one organisation's referrals. */
  async funnel(ctx: RequestContext, organizationId: string): Promise<ReferralFunnel> {
    const rows = await this.scoped(ctx)
      .andWhere('r.organization_id = :organizationId', { organizationId })
      .select('r.lead_id', 'leadId')
      .addSelect('r.status', 'status')
      .addSelect('rl.stage', 'stage')
      .getRawMany<{ leadId: string | null; status: ReferralStatus; stage: string | null }>();
    const accepted = rows.filter((r) => r.leadId && (r.status === 'ACCEPTED' || r.stage === 'SIGNED'));
    const signed = accepted.filter((r) => r.stage === 'SIGNED');
    const progress = await this.projects.progressOfLeads(
      ctx,
      signed.flatMap((r) => (r.leadId ? [r.leadId] : [])),
    );
    return {
      filed: rows.length,
      accepted: accepted.length,
      signed: signed.length,
      landed: [...progress.values()].filter((p) => p.landedOn).length,
    };
  }

  /** Appends a history line; callers pass the referral as it is after the event. */
  async record(
    ctx: RequestContext,
    referral: Pick<Referral, 'id' | 'status' | 'protectedUntil'>,
    event: ReferralEvent,
    note: string | null,
    partnerNote: string | null,
  ): Promise<void> {
    await this.connection.getRepository(ctx, ReferralHistory).insert({
      referralId: referral.id,
      event,
      status: referral.status,
      protectedUntil: referral.protectedUntil,
      note,
      partnerNote,
      actorId: ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null,
      actorName: ctx.user?.displayName ?? '系统',
    });
  }

  /** Referrals of the same company in these statuses, any organisation, oldest first. */
  private matching(
    ctx: RequestContext,
    key: ReferralMatchKey,
    statuses: readonly ReferralStatus[],
  ): Promise<Referral[]> {
    const query = this.connection
      .getRepository(ctx, Referral)
      .createQueryBuilder('r')
      .where('r.status IN (:...statuses)', { statuses })
      .orderBy('r.created_at', 'ASC');
    this.whereSameCompany(query, key);
    return query.getMany();
  }

  private whereSameCompany(query: SelectQueryBuilder<Referral>, key: ReferralMatchKey): void {
    query.andWhere(
      new Brackets((q) => {
        q.where('r.name_key = :nameKey', { nameKey: key.nameKey });
        if (key.creditCode) q.orWhere('r.credit_code = :creditCode', { creditCode: key.creditCode });
      }),
    );
  }

  /** The company's earliest open lead, found through the enterprise register's keys. */
  private openLeadOf(ctx: RequestContext, key: ReferralMatchKey): Promise<Lead | null> {
    return this.connection
      .getRepository(ctx, Lead)
      .createQueryBuilder('l')
      .innerJoin(Enterprise, 'e', 'e.id = l.enterprise_id')
      .where('l.stage IN (:...open)', { open: OPEN_STAGES })
      .andWhere(
        new Brackets((q) => {
          q.where('e.name_normalized = :nameKey', { nameKey: key.nameKey });
          if (key.creditCode) q.orWhere('e.credit_code = :creditCode', { creditCode: key.creditCode });
        }),
      )
      .orderBy('l.created_at', 'ASC')
      .getOne();
  }

  private dateOf(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
  }
}
