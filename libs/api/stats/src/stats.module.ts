import { Module } from '@nestjs/common';
import { ReinvestmentModule } from '@lianzhao/api-funds';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardTargetsResolver, TargetsResolver, TargetsService } from './targets';

/** 领导驾驶舱: read-only figures over leads, projects, referrals and funds, and the targets. */
@Module({
  imports: [ReinvestmentModule],
  providers: [DashboardResolver, TargetsService, TargetsResolver, DashboardTargetsResolver],
})
export class StatsModule {}
