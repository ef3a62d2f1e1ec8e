import { Module, type OnModuleInit } from '@nestjs/common';
import { EnterpriseMergeListeners, EnterprisesModule } from '@lianzhao/api-enterprises';
import { AttributionModule, AttributionResolver } from '@lianzhao/api-attribution';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { EnterpriseLeadsResolver, LeadConnectionResolver, LeadsResolver } from './leads.resolver';
import { LeadStageListeners } from './lead-stage-listeners';
import { Lead } from './lead.entity';
import { LEAD, LeadsService } from './leads.service';

/** 线索管道: leads, their stage moves and follow-ups. */
@Module({
  imports: [AttributionModule, EnterprisesModule],
  providers: [
    LeadStageListeners,
    LeadsService,
    LeadsResolver,
    AttributionResolver(Lead, { townDescription: '意向落地镇/街道' }),
    LeadConnectionResolver,
    EnterpriseLeadsResolver,
    FollowUpsService,
    FollowUpsResolver,
  ],
  exports: [LeadStageListeners, LeadsService, FollowUpsService],
})
export class LeadsModule implements OnModuleInit {
  constructor(private readonly mergeListeners: EnterpriseMergeListeners) {}

  onModuleInit(): void {
    // Follow-ups and stage history hang on the lead, so moving the lead moves them too.
    this.mergeListeners.register((tx, event) => this.mergeListeners.reassign(tx, event, Lead, LEAD));
  }
}
