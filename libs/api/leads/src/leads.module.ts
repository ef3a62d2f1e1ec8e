import { Module } from '@nestjs/common';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { EnterpriseLeadsResolver, LeadConnectionResolver, LeadsResolver } from './leads.resolver';
import { LeadsService } from './leads.service';

/** 线索管道: leads, their stage moves and follow-ups. */
@Module({
  imports: [ReferenceModule, UsersModule],
  providers: [LeadsService, LeadsResolver, LeadConnectionResolver, EnterpriseLeadsResolver, FollowUpsService, FollowUpsResolver],
  exports: [LeadsService, FollowUpsService],
})
export class LeadsModule {}
