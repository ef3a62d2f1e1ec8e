import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { EnterpriseLeadsResolver, LeadConnectionResolver, LeadsResolver } from './leads.resolver';
import { AttributionService } from './attribution.service';
import { LeadsListeners } from './leads.listeners';
import { LeadsService } from './leads.service';

/** 线索管道: leads, their stage moves (LeadStageMoved) and follow-ups. */
@Module({
  imports: [ReferenceModule, UsersModule, EnterprisesModule],
  providers: [
    AttributionService,
    LeadsService,
    LeadsListeners,
    LeadsResolver,
    LeadConnectionResolver,
    EnterpriseLeadsResolver,
    FollowUpsService,
    FollowUpsResolver,
  ],
  exports: [AttributionService, LeadsService, FollowUpsService],
})
export class LeadsModule {}
