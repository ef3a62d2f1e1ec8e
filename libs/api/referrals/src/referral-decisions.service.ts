import { Injectable } from '@nestjs/common';
import {
  channelForOrganizationKind,
  extendedProtection,
  REFERRAL_STATUS_LABELS,
  referralMatchKey,
  type ReferralStatus,
} from '@lianzhao/domain';
import { badField, Clock, conflict, EventBus, RequestContext } from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { EnterprisesService } from '@lianzhao/api-enterprises';
import { Lead, LeadsService } from '@lianzhao/api-leads';
import { OrganizationsService } from '@lianzhao/api-users';
import { Referral } from './referral.entity';
import { ReferralDecided } from './referral.events';
import { ReferralSettingsService } from './referral-settings.service';
import type { AcceptReferralInput, RejectReferralInput } from './dto/referral.inputs';
import { REFERRAL, REFERRAL_AUDITED_FIELDS, ReferralsService } from './referrals.service';

/** An officer's decision on a filed referral: accepted into the pipeline, or rejected. */
@Injectable()
export class ReferralDecisionsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: ReferralSettingsService,
    private readonly enterprises: EnterprisesService,
    private readonly leads: LeadsService,
    private readonly referrals: ReferralsService,
    private readonly organizations: OrganizationsService,
    private readonly events: EventBus,
  ) {}

  /**
   * Accepts a referral: it becomes a lead (channel from the organisation's kind, the
   * organisation as source, the chosen owner), or, when the company already has an open lead,
   * is attached to it.
   */
  async accept(ctx: RequestContext, input: AcceptReferralInput): Promise<Referral> {
    try {
      return await this.connection.withTransaction(ctx, async (tx) => {
        const before = await this.referrals.get(tx, input.id);
        const status = await this.referrals.effectiveStatus(tx, before);
        if (status !== 'PROTECTED' && status !== 'EXISTING') {
          throw badField('id', `“${REFERRAL_STATUS_LABELS[status].zh}”的报备不能受理`);
        }
        const organization = await this.organizations.get(tx, before.organizationId);
        const key = referralMatchKey(before.companyName, before.creditCode);
        const existing = await this.referrals.openLeadOf(tx, key);
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
        const after = await this.referrals.get(tx, before.id);
        await this.referrals.record(tx, after, 'ACCEPTED', note, '投促办已受理，项目进入招商管道');
        await this.audit.record(tx, {
          entityType: REFERRAL,
          entityId: after.id,
          action: 'UPDATE',
          changes: diffFields({ ...before }, { ...after }, REFERRAL_AUDITED_FIELDS),
          note: `受理报备：${note}`,
        });
        await this.events.publish(tx, new ReferralDecided(after, 'ACCEPTED'));
        return after;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw conflict('该企业已有其他机构的报备处于保护期，不能同时受理');
    }
  }

  async reject(ctx: RequestContext, input: RejectReferralInput): Promise<Referral> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const before = await this.referrals.get(tx, input.id);
      const status = await this.referrals.effectiveStatus(tx, before);
      if (!(['PROTECTED', 'EXISTING', 'CONFLICT'] as ReferralStatus[]).includes(status)) {
        throw badField('id', `“${REFERRAL_STATUS_LABELS[status].zh}”的报备不能再作处理`);
      }
      await this.connection.updateVersioned(tx, Referral, before.id, input.version ?? before.version, {
        status: 'REJECTED',
        decisionReason: input.reason,
        decidedAt: this.clock.now(),
        decidedById: tx.user?.id ?? null,
      });
      const after = await this.referrals.get(tx, before.id);
      await this.referrals.record(tx, after, 'REJECTED', input.reason, input.reason);
      await this.audit.record(tx, {
        entityType: REFERRAL,
        entityId: after.id,
        action: 'UPDATE',
        changes: diffFields({ ...before }, { ...after }, REFERRAL_AUDITED_FIELDS),
        note: `不予受理：${input.reason}`,
      });
      await this.events.publish(tx, new ReferralDecided(after, 'REJECTED'));
      return after;
    });
  }
}
