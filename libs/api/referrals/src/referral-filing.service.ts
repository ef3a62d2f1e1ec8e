import { Injectable } from '@nestjs/common';
import {
  checkFilingPermission,
  filingOutcome,
  PROTECTING_STATUSES,
  protectionEnd,
  referralMatchKey,
  type MatchingReferral,
  type ReferralMatchKey,
} from '@lianzhao/domain';
import { badField, Clock, forbidden, RequestContext } from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ReferenceService } from '@lianzhao/api-reference';
import { LeadsService, type Lead } from '@lianzhao/api-leads';
import { OrganizationsService } from '@lianzhao/api-users';
import { Referral } from './referral.entity';
import { ReferralAttachment } from './referral-attachment.entity';
import { decodeAttachments, type DecodedAttachment } from './referral-attachment-files';
import { ReferralSettingsService } from './referral-settings.service';
import type { ReferralCheckResult } from './referral.enums';
import type { FileReferralInput } from './dto/referral.inputs';
import { ReferralProtectionService } from './referral-protection.service';
import { REFERRAL, REFERRAL_AUDITED_FIELDS, ReferralsService } from './referrals.service';

/** 报备: a partner checks a company and files it; the filing's status is decided on the spot. */
@Injectable()
export class ReferralFilingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: ReferralSettingsService,
    private readonly referrals: ReferralsService,
    private readonly protection: ReferralProtectionService,
    private readonly leads: LeadsService,
    private readonly organizations: OrganizationsService,
  ) {}

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
    const { matching, openLead } = await this.filingFacts(ctx, key);
    const outcome = filingOutcome(matching, openLead, ctx.user?.organizationId ?? null, this.clock.today());
    const answers = {
      ALREADY_FILED: 'OWN',
      CONFLICT: 'REFERRED',
      EXISTING: 'IN_PIPELINE',
      PROTECTED: 'FREE',
    } as const;
    return answers[outcome.status];
  }

  /**
   * What the filing outcome rests on: the company's referrals that may hold or claim it (with the
   * day each was filed and the stage of its lead) and its earliest open lead.
   */
  private async filingFacts(
    ctx: RequestContext,
    key: ReferralMatchKey,
  ): Promise<{ matching: (MatchingReferral & { referral: Referral })[]; openLead: Lead | null }> {
    const referrals = await this.referrals.matching(ctx, key, [...PROTECTING_STATUSES, 'EXISTING']);
    const leadIds = referrals.flatMap((r) => (r.leadId ? [r.leadId] : []));
    const leads = await this.leads.byIds(ctx, leadIds);
    const matching = referrals.map((referral) => ({
      referral,
      organizationId: referral.organizationId,
      status: referral.status,
      protectedUntil: referral.protectedUntil,
      filedOn: this.dateOf(referral.createdAt),
      leadStage: leads.find((l) => l.id === referral.leadId)?.stage ?? null,
    }));
    return { matching, openLead: await this.referrals.openLeadOf(ctx, key) };
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
      const organization = await this.organizations.find(tx, organizationId);
      if (!organization?.active) throw forbidden('贵机构已停用，不能报备，请联系投促办');
      const permission = checkFilingPermission(organization, today);
      if (!permission.ok) throw forbidden(permission.message);
      const segment = await this.reference.requireSegment(tx, input.segmentCode);
      const key = referralMatchKey(input.companyName, input.creditCode ?? null);
      await this.protection.expireLapsed(tx, key);

      const { matching, openLead: lead } = await this.filingFacts(tx, key);
      const outcome = filingOutcome(matching, lead, organizationId, today);
      if (outcome.status === 'ALREADY_FILED') throw badField('companyName', outcome.message);
      const status = outcome.status;
      const holder = outcome.status === 'CONFLICT' ? outcome.holder.referral : null;
      const openLead = outcome.status === 'EXISTING' ? outcome.lead : null;
      const settings = await this.settings.get(tx);

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
      await this.referrals.record(tx, saved, 'FILED', null, null);
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
      await this.referrals.record(tx, saved, 'MATCHED', matched[status].note, matched[status].partnerNote);
      await this.audit.record(tx, {
        entityType: REFERRAL,
        entityId: saved.id,
        action: 'CREATE',
        changes: diffFields(null, { ...saved }, REFERRAL_AUDITED_FIELDS),
      });
      return saved;
    });
  }

  private dateOf(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
  }
}
