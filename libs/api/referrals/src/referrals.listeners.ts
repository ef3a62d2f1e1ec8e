import { Injectable } from '@nestjs/common';
import { OnEvent, RequestContext } from '@lianzhao/api-core';
import { EnterpriseReassignment, EnterprisesMerged } from '@lianzhao/api-enterprises';
import { LeadStageMoved } from '@lianzhao/api-leads';
import { Referral } from './referral.entity';
import { ReferralProtectionService } from './referral-protection.service';
import { REFERRAL } from './referrals.service';

/** How referrals react to the other contexts' events. */
@Injectable()
export class ReferralsListeners {
  constructor(
    private readonly protection: ReferralProtectionService,
    private readonly reassignment: EnterpriseReassignment,
  ) {}

  /** Any stage move of a lead renews the protection of the referrals it came from. */
  @OnEvent(LeadStageMoved)
  async extendProtection(tx: RequestContext, event: LeadStageMoved): Promise<void> {
    await this.protection.extendForLead(tx, event.lead, event.from);
  }

  /**
   * The live-protection indexes key on what the partner filed (credit code, name key), not on
   * enterprise_id, so two live referrals of the two merged companies both stay valid here.
   */
  @OnEvent(EnterprisesMerged)
  async moveReferralsToSurvivor(tx: RequestContext, event: EnterprisesMerged): Promise<void> {
    await this.reassignment.reassign(tx, event, Referral, REFERRAL);
  }
}
