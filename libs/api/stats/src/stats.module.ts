import { Module } from '@nestjs/common';
import { DashboardResolver } from './dashboard.resolver';

/** 领导驾驶舱: read-only figures over leads, projects, referrals and funds, and the targets. */
@Module({
  providers: [DashboardResolver],
})
export class StatsModule {}
