import { Module, type OnModuleInit } from '@nestjs/common';
import { EnterpriseMergeListeners, EnterprisesModule } from '@lianzhao/api-enterprises';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { EnterpriseLeadsResolver, LeadConnectionResolver, LeadsResolver } from './leads.resolver';
import { AttributionService } from './attribution.service';
import { LeadStageListeners } from './lead-stage-listeners';
import { Lead } from './lead.entity';
import { LEAD, LeadsService } from './leads.service';

/** 线索管道: leads, their stage moves and follow-ups. */
@Module({
  imports: [ReferenceModule, UsersModule, EnterprisesModule],
  providers: [
    AttributionService,
    LeadStageListeners,
    LeadsService,
    LeadsResolver,
    LeadConnectionResolver,
    EnterpriseLeadsResolver,
    FollowUpsService,
    FollowUpsResolver,
  ],
  exports: [AttributionService, LeadStageListeners, LeadsService, FollowUpsService],
})
export class LeadsModule implements OnModuleInit {
  constructor(private readonly mergeListeners: EnterpriseMergeListeners) {}

  onModuleInit(): void {
    // Follow-ups and stage history hang on the lead, so moving the lead moves them too.
    this.mergeListeners.register((tx, event) => this.mergeListeners.reassign(tx, event, Lead, LEAD));
  }
}
