import { Injectable } from '@nestjs/common';
import { OnEvent, RequestContext } from '@lianzhao/api-core';
import { EnterpriseReassignment, EnterprisesMerged } from '@lianzhao/api-enterprises';
import { Lead } from './lead.entity';
import { LEAD } from './leads.service';

/** How the lead pipeline reacts to the other contexts' events. */
@Injectable()
export class LeadsListeners {
  constructor(private readonly reassignment: EnterpriseReassignment) {}

  /** Follow-ups and stage history hang on the lead, so moving the lead moves them too. */
  @OnEvent(EnterprisesMerged)
  async moveLeadsToSurvivor(tx: RequestContext, event: EnterprisesMerged): Promise<void> {
    await this.reassignment.reassign(tx, event, Lead, LEAD);
  }
}
