import {
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { RequestContext } from '@lianzhao/api-core';
import { EnterpriseMergeListeners, EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule, LeadStageListeners } from '@lianzhao/api-leads';
import { ProjectsModule } from '@lianzhao/api-projects';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { ReferralAttachmentsResolver } from './referral-attachments.resolver';
import { ReferralAttachmentsService } from './referral-attachments.service';
import { ReferralSettingsService } from './referral-settings.service';
import {
  OrganizationReferralsResolver,
  ReferralHistoryResolver,
  ReferralReviewResolver,
  ReferralSettingsResolver,
  ReferralsResolver,
} from './referrals.resolver';
import { Referral } from './referral.entity';
import { REFERRAL, ReferralsService } from './referrals.service';
import { ReferralQueriesService } from './referral-queries.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily release of lapsed protections. Reads compute the effective status anyway, so the job
 * only writes down what has already happened (status and history); `referrals:expire` in the CLI
 * runs the same work on demand.
 */
@Injectable()
export class ReferralExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private readonly logger = new Logger('ReferralExpiryJob');

  constructor(private readonly referrals: ReferralsService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), DAY_MS);
    // The timer must not keep a CLI command or a test process alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async run(): Promise<number> {
    try {
      const released = await this.referrals.expireLapsed(RequestContext.system());
      if (released) this.logger.log(`released ${released} lapsed referral protections`);
      return released;
    } catch (error) {
      this.logger.error(`releasing lapsed protections failed: ${String(error)}`);
      return 0;
    }
  }
}

/** 报备: partner referrals, their matching, review, protection and rewards. */
@Module({
  imports: [ReferenceModule, UsersModule, EnterprisesModule, LeadsModule, ProjectsModule],
  providers: [
    ReferralSettingsService,
    ReferralsService,
    ReferralQueriesService,
    ReferralsResolver,
    ReferralHistoryResolver,
    ReferralReviewResolver,
    ReferralSettingsResolver,
    OrganizationReferralsResolver,
    ReferralExpiryJob,
    ReferralAttachmentsService,
    ReferralAttachmentsResolver,
  ],
  exports: [ReferralsService, ReferralQueriesService, ReferralSettingsService, ReferralExpiryJob],
})
export class ReferralsModule implements OnModuleInit {
  constructor(
    private readonly stageListeners: LeadStageListeners,
    private readonly referrals: ReferralsService,
    private readonly mergeListeners: EnterpriseMergeListeners,
  ) {}

  onModuleInit(): void {
    this.stageListeners.register((tx, { lead, from }) => this.referrals.extendForLead(tx, lead, from));
    // The live-protection indexes key on what the partner filed (credit code, name key), not on
    // enterprise_id, so two live referrals of the two merged companies both stay valid here.
    this.mergeListeners.register((tx, event) => this.mergeListeners.reassign(tx, event, Referral, REFERRAL));
  }
}
