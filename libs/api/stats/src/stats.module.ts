import { Module } from '@nestjs/common';
import { ReinvestmentModule } from '@lianzhao/api-funds';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { DashboardResolver } from './dashboard.resolver';
import { LandingResolver } from './landing/landing.resolver';
import { LandingService } from './landing/landing.service';
import { PipelineResolver } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';
import { DashboardTargetsResolver, TargetsResolver, TargetsService } from './targets';

/** 领导驾驶舱: read-only figures over leads, projects, referrals and funds, and the targets. */
@Module({
  imports: [ReinvestmentModule, ReferenceModule, UsersModule],
  providers: [
    DashboardResolver,
    PipelineService,
    PipelineResolver,
    LandingService,
    LandingResolver,
    TargetsService,
    TargetsResolver,
    DashboardTargetsResolver,
  ],
})
export class StatsModule {}
