import { Module } from '@nestjs/common';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { EnterpriseLeadsResolver, LeadConnectionResolver, LeadsResolver } from './leads.resolver';
import { AttributionService } from './attribution.service';
import { LeadStageListeners } from './lead-stage-listeners';
import { LeadsService } from './leads.service';

/** 线索管道: leads, their stage moves and follow-ups. */
@Module({
  imports: [ReferenceModule, UsersModule],
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
export class LeadsModule {}
