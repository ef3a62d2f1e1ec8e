import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  checkFilingPermission,
  filingOutcome,
  protectionEnd,
  protectionLapsed,
  referralMatchKey,
  type FilingOutcome,
  type MatchingReferral,
  type ReferralMatchKey,
} from '@lianzhao/domain';
import { badField, Clock, EventBus, forbidden, RequestContext } from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ReferenceService } from '@lianzhao/api-reference';
import { Referral } from './referral.entity';
import { ReferralFiled } from './referral.events';
import { ReferralAttachmentUploadsService } from './referral-attachment-uploads.service';
import { readFilingFacts, type FilingFacts, type MatchedReferral } from './referral-filing-facts';
import type { ReferralCheckResult } from './referral.enums';
import type { FileReferralInput } from './dto/referral.inputs';
import { ReferralProtectionService } from './referral-protection.service';
import { REFERRAL, REFERRAL_AUDITED_FIELDS, ReferralsService } from './referrals.service';

/** The Shanghai day of an instant, as the filing messages show it. */
const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

type MatchingFact = MatchingReferral & { referral: MatchedReferral };

/** 报备: a partner checks a company and files it; the filing's status is decided on the spot. */
@Injectable()
export class ReferralFilingService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly referrals: ReferralsService,
    private readonly protection: ReferralProtectionService,
    private readonly uploads: ReferralAttachmentUploadsService,
    private readonly events: EventBus,
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
    const { outcome } = await this.decideFacts(ctx, key, ctx.user?.organizationId ?? null, this.clock.today());
    const answers = {
      ALREADY_FILED: 'OWN',
      CONFLICT: 'REFERRED',
      EXISTING: 'IN_PIPELINE',
      PROTECTED: 'FREE',
    } as const;
    return answers[outcome.status];
  }

  /**
   * What the filing outcome rests on (read in one statement, referral-filing-facts.ts) and the
   * outcome itself, with the lapsed protections among the company's referrals, for filing to
   * write down.
   */
  private async decideFacts(
    ctx: RequestContext,
    key: ReferralMatchKey,
    organizationId: string | null,
    today: string,
  ): Promise<{ facts: FilingFacts; outcome: FilingOutcome<MatchingFact, FilingFacts['openLead']>; lapsed: MatchedReferral[] }> {
    const facts = await readFilingFacts(this.connection, ctx, key, organizationId);
    const matching = facts.matching.map((referral) => ({
      referral,
      organizationId: referral.organizationId,
      status: referral.status,
      protectedUntil: referral.protectedUntil,
      filedOn: SHANGHAI_DATE.format(referral.createdAt),
      leadStage: referral.leadStage,
    }));
    return {
      facts,
      outcome: filingOutcome(matching, facts.openLead, organizationId, today),
      lapsed: facts.matching.filter((r) => protectionLapsed(r, today)),
    };
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
    try {
      return await this.decide(ctx, organizationId, input);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.decide(ctx, organizationId, input);
    }
  }

  /**
   * Reads the facts, decides, and writes the referral with its two history lines and its audit
   * entry in one INSERT statement (insertTogether), in a transaction with what else the filing
   * writes (a lapsed protection written down, claimed attachments, the ReferralFiled handlers'
   * rows). Reading the facts inside that
   * transaction would guard nothing more: under READ COMMITTED it locks nothing, and what settles
   * races is the partial unique index the INSERT hits.
   */
  private async decide(
    ctx: RequestContext,
    organizationId: string,
    input: FileReferralInput,
  ): Promise<Referral> {
    const attachmentIds = input.attachmentIds ?? [];
    const today = this.clock.today();
    const key = referralMatchKey(input.companyName, input.creditCode ?? null);
    const { facts, outcome, lapsed } = await this.decideFacts(ctx, key, organizationId, today);
    if (!facts.organization?.active) throw forbidden('贵机构已停用，不能报备，请联系投促办');
    const permission = checkFilingPermission(facts.organization, today);
    if (!permission.ok) throw forbidden(permission.message);
    const segment = await this.reference.requireSegment(ctx, input.segmentCode);
    if (outcome.status === 'ALREADY_FILED') throw badField('companyName', outcome.message);
    const status = outcome.status;
    const holder = outcome.status === 'CONFLICT' ? outcome.holder.referral : null;
    const openLead = outcome.status === 'EXISTING' ? outcome.lead : null;
    const { protectionDays } = facts;

    const repo = this.connection.getRepository(ctx, Referral);
    // The id is made here, so the history lines and the audit entry can name it in the same statement.
    const referral = repo.create({
      id: randomUUID(),
      organizationId,
      filedById: ctx.user?.id,
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
      protectedUntil: status === 'PROTECTED' ? protectionEnd(today, protectionDays) : null,
      conflictWithId: holder?.id ?? null,
      matchedLeadId: openLead?.id ?? null,
    });
    const matched: Record<typeof status, { note: string; partnerNote: string }> = {
      PROTECTED: {
        note: `未匹配到其他报备或在管道中的线索，保护期 ${protectionDays} 天`,
        partnerNote: `报备有效，保护期至 ${referral.protectedUntil ?? ''}`,
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

    const write = async (tx: RequestContext): Promise<void> => {
      // Lapsed protections are ignored by the outcome; they are written down before the filing
      // that may now take the company over.
      await this.protection.expire(tx, lapsed);
      const [row] = await this.connection.insertTogether(
        tx,
        this.connection
          .getRepository(tx, Referral)
          .createQueryBuilder()
          .insert()
          .into(Referral)
          .values(referral)
          .updateEntity(false)
          .returning(['createdAt', 'updatedAt', 'version']),
        this.referrals.historyInsert(tx, [
          { referral, event: 'FILED', note: null, partnerNote: null },
          { referral, event: 'MATCHED', ...matched[status] },
        ]),
        this.audit.insertQuery(tx, [
          {
            entityType: REFERRAL,
            entityId: referral.id,
            action: 'CREATE',
            changes: diffFields(null, { ...referral }, REFERRAL_AUDITED_FIELDS),
          },
        ]),
      );
      referral.createdAt = row['created_at'] as Date;
      referral.updatedAt = row['updated_at'] as Date;
      referral.version = row['version'] as number;
      await this.uploads.claim(tx, referral.id, attachmentIds);
    };
    // The filing and the other contexts' reactions to it (the officers' notifications) commit together.
    await this.connection.withTransaction(ctx, async (tx) => {
      await write(tx);
      await this.events.publish(tx, new ReferralFiled(referral));
    });
    return referral;
  }
}
