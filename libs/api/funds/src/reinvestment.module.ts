import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { ProjectsModule } from '@lianzhao/api-projects';
import { ReferralsModule } from '@lianzhao/api-referrals';
import { FundLeadDirectoryModule } from './fund-lead-directory';
import { ReinvestmentExportService } from './reinvestment-export.service';
import {
  FundReinvestmentResolver,
  InvestmentRecognitionResolver,
  LedgerLineResolver,
  ReinvestmentQueriesResolver,
} from './reinvestment.resolver';
import { ReinvestmentService } from './reinvestment.service';

/** 返投: the figures, ledgers and totals of funds, computed on read (the funds module imports it). */
@Module({
  imports: [EnterprisesModule, ProjectsModule, ReferralsModule, FundLeadDirectoryModule],
  providers: [
    ReinvestmentService,
    ReinvestmentExportService,
    FundReinvestmentResolver,
    InvestmentRecognitionResolver,
    LedgerLineResolver,
    ReinvestmentQueriesResolver,
  ],
  exports: [ReinvestmentService],
})
export class ReinvestmentModule {}
