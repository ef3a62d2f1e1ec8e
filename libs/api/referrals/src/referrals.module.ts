import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule } from '@lianzhao/api-leads';
import { ProjectsModule } from '@lianzhao/api-projects';
import { ReferenceModule, SegmentResolver } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { ReferralAttachmentUploadsController } from './referral-attachment-uploads.controller';
import { ReferralAttachmentUploadsService } from './referral-attachment-uploads.service';
import { ReferralAttachmentsResolver } from './referral-attachments.resolver';
import { ReferralAttachmentsService } from './referral-attachments.service';
import { ReferralDecisionsService } from './referral-decisions.service';
import { ReferralBulkResolver, ReferralBulkService } from './referral-bulk.service';
import { ReferralExpiryJob } from './referral-expiry.job';
import { ReferralExportResolver, ReferralExportService } from './referral-export.service';
import { ReferralFilingService } from './referral-filing.service';
import { ReferralProtectionService } from './referral-protection.service';
import { ReferralRewardsService } from './referral-rewards.service';
import { ReferralSettingsService } from './referral-settings.service';
import {
  OrganizationReferralsResolver,
  ReferralHistoryResolver,
  ReferralReviewResolver,
  ReferralSettingsResolver,
  ReferralsResolver,
} from './referrals.resolver';
import { ReferralsListeners } from './referrals.listeners';
import { ReferralsService } from './referrals.service';
import { ReferralQueriesService } from './referral-queries.service';
import { Referral } from './referral.entity';

/** 报备: partner referrals, their matching, review, protection and rewards. */
@Module({
  imports: [ReferenceModule, UsersModule, EnterprisesModule, LeadsModule, ProjectsModule],
  providers: [
    SegmentResolver(Referral, { nullable: false }),
    ReferralSettingsService,
    ReferralsService,
    ReferralFilingService,
    ReferralDecisionsService,
    ReferralProtectionService,
    ReferralRewardsService,
    ReferralsListeners,
    ReferralQueriesService,
    ReferralsResolver,
    ReferralHistoryResolver,
    ReferralReviewResolver,
    ReferralSettingsResolver,
    OrganizationReferralsResolver,
    ReferralExpiryJob,
    ReferralAttachmentsService,
    ReferralAttachmentsResolver,
    ReferralAttachmentUploadsService,
    ReferralExportService,
    ReferralExportResolver,
    ReferralBulkService,
    ReferralBulkResolver,
  ],
  controllers: [ReferralAttachmentUploadsController],
  exports: [
    ReferralsService,
    ReferralQueriesService,
    ReferralFilingService,
    ReferralDecisionsService,
    ReferralRewardsService,
    ReferralSettingsService,
    ReferralExpiryJob,
  ],
})
export class ReferralsModule {}
