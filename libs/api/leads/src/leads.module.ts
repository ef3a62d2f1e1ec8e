import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { AttributionModule, AttributionResolver } from '@lianzhao/api-attribution';
import { SegmentResolver } from '@lianzhao/api-reference';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { EnterpriseLeadsResolver, LeadConnectionResolver, LeadsResolver } from './leads.resolver';
import { Lead } from './lead.entity';
import { LeadsListeners } from './leads.listeners';
import { LeadsService } from './leads.service';
import { LeadImportService } from './lead-import.service';
import { LeadBulkService } from './lead-bulk.service';

/** 线索管道: leads, their stage moves (LeadStageMoved) and follow-ups. */
@Module({
  imports: [AttributionModule, EnterprisesModule],
  providers: [
    LeadsService,
    LeadImportService,
    LeadBulkService,
    LeadsListeners,
    LeadsResolver,
    SegmentResolver(Lead, { nullable: false }),
    AttributionResolver(Lead, { townDescription: '意向落地镇/街道' }),
    LeadConnectionResolver,
    EnterpriseLeadsResolver,
    FollowUpsService,
    FollowUpsResolver,
  ],
  exports: [LeadsService, LeadImportService, FollowUpsService],
})
export class LeadsModule {}
