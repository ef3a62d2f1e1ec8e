import { Module } from '@nestjs/common';
import { ReinvestmentModule } from '@lianzhao/api-funds';
import { ReferralsModule } from '@lianzhao/api-referrals';
import { DashboardResolver } from './dashboard.resolver';
import { FundFiguresResolver } from './funds/fund-figures.resolver';
import { FundFiguresService } from './funds/fund-figures.service';
import { MilestoneFiguresResolver } from './milestones/milestone-figures.resolver';
import { MilestoneFiguresService } from './milestones/milestone-figures.service';
import { ReferralFiguresResolver } from './referrals/referral-figures.resolver';
import { ReferralFiguresService } from './referrals/referral-figures.service';

/** 领导驾驶舱: read-only figures over leads, projects, referrals and funds, and the targets. */
@Module({
  imports: [ReferralsModule, ReinvestmentModule],
  providers: [
    DashboardResolver,
    MilestoneFiguresService,
    MilestoneFiguresResolver,
    ReferralFiguresService,
    ReferralFiguresResolver,
    FundFiguresService,
    FundFiguresResolver,
  ],
})
export class StatsModule {}
