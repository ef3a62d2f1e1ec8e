import { Module } from '@nestjs/common';
import { ReinvestmentModule } from '@lianzhao/api-funds';
import { ReferenceModule } from '@lianzhao/api-reference';
import { ReferralsModule } from '@lianzhao/api-referrals';
import { UsersModule } from '@lianzhao/api-users';
import { DashboardExportService } from './dashboard-export.service';
import { DashboardResolver } from './dashboard.resolver';
import { FundFiguresResolver, FundRowsResolver } from './funds/fund-figures.resolver';
import { FundFiguresService } from './funds/fund-figures.service';
import { LandingPartnersResolver, LandingResolver } from './landing/landing.resolver';
import { LandingService } from './landing/landing.service';
import { MilestoneFiguresResolver } from './milestones/milestone-figures.resolver';
import { MilestoneFiguresService } from './milestones/milestone-figures.service';
import { PipelineResolver } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';
import { StageDurations } from './pipeline/stage-durations';
import {
  ReferralFiguresResolver,
  ReferralOrganizationsResolver,
} from './referrals/referral-figures.resolver';
import { ReferralFiguresService } from './referrals/referral-figures.service';
import { DashboardTargetsResolver, TargetsResolver, TargetsService } from './targets';

/** 领导驾驶舱: read-only figures over leads, projects, referrals and funds, and the targets. */
@Module({
  imports: [ReferralsModule, ReinvestmentModule, ReferenceModule, UsersModule],
  providers: [
    DashboardResolver,
    DashboardExportService,
    PipelineService,
    StageDurations,
    PipelineResolver,
    LandingService,
    LandingResolver,
    LandingPartnersResolver,
    MilestoneFiguresService,
    MilestoneFiguresResolver,
    ReferralFiguresService,
    ReferralFiguresResolver,
    ReferralOrganizationsResolver,
    FundFiguresService,
    FundFiguresResolver,
    FundRowsResolver,
    TargetsService,
    TargetsResolver,
    DashboardTargetsResolver,
  ],
})
export class StatsModule {}
