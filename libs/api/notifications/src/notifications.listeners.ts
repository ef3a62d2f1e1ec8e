import { Injectable } from '@nestjs/common';
import { OnEvent, RequestContext } from '@lianzhao/api-core';
import { LeadOwnerAssigned } from '@lianzhao/api-leads';
import { ReferralDecided, ReferralFiled } from '@lianzhao/api-referrals';
import { NotificationsService } from './notifications.service';

/** Who hears of what, written in the transaction of the write that caused it. */
@Injectable()
export class NotificationsListeners {
  constructor(private readonly notifications: NotificationsService) {}

  /** A new referral waits for an officer: every officer is told. */
  @OnEvent(ReferralFiled)
  async referralFiled(tx: RequestContext, { referral }: ReferralFiled): Promise<void> {
    await this.notifications.send(
      tx,
      { kind: 'role', role: 'OFFICER' },
      {
        kind: 'REFERRAL_FILED',
        title: `新报备：${referral.companyName}`,
        params: { name: referral.companyName },
        recordKind: 'REFERRAL',
        recordId: referral.id,
      },
    );
  }

  /** The partner that filed it hears the decision: each of its organisation's users. */
  @OnEvent(ReferralDecided)
  async referralDecided(tx: RequestContext, { referral, decision }: ReferralDecided): Promise<void> {
    const title =
      decision === 'ACCEPTED'
        ? `您的报备“${referral.companyName}”已受理，项目进入招商管道`
        : `您的报备“${referral.companyName}”未予受理：${referral.decisionReason ?? ''}`;
    await this.notifications.send(
      tx,
      { kind: 'organization', id: referral.organizationId },
      {
        kind: decision === 'ACCEPTED' ? 'REFERRAL_ACCEPTED' : 'REFERRAL_REJECTED',
        title,
        params:
          decision === 'ACCEPTED'
            ? { name: referral.companyName }
            : { name: referral.companyName, reason: referral.decisionReason ?? '' },
        recordKind: 'REFERRAL',
        recordId: referral.id,
      },
    );
  }

  /** The new owner of a lead is told it is theirs. */
  @OnEvent(LeadOwnerAssigned)
  async leadAssigned(tx: RequestContext, { lead, ownerId }: LeadOwnerAssigned): Promise<void> {
    await this.notifications.send(
      tx,
      { kind: 'user', id: ownerId },
      {
        kind: 'LEAD_ASSIGNED',
        title: `线索“${lead.projectName}”已分配给您`,
        params: { name: lead.projectName },
        recordKind: 'LEAD',
        recordId: lead.id,
      },
    );
  }
}
