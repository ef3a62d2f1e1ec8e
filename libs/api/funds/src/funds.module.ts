import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule } from '@lianzhao/api-leads';
import { ProjectsModule } from '@lianzhao/api-projects';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { FundExportService } from './fund-export.service';
import { FundLeadDirectoryModule } from './fund-lead-directory';
import { FundsListeners } from './funds.listeners';
import { FundsService } from './funds.service';
import { InvestmentsService } from './investments.service';
import { ReinvestmentModule } from './reinvestment.module';
import {
  EnterpriseInvestmentsResolver,
  FundRuleChangeResolver,
  FundsResolver,
  InvestmentsResolver,
  LeadFundResolver,
  ProjectInvestmentsResolver,
} from './funds.resolver';

/** 资本招商: funds, their 返投 rule with its history, and their investments. */
@Module({
  imports: [
    ReferenceModule,
    UsersModule,
    EnterprisesModule,
    LeadsModule,
    ProjectsModule,
    FundLeadDirectoryModule,
    ReinvestmentModule,
  ],
  providers: [
    FundsService,
    InvestmentsService,
    FundExportService,
    FundsListeners,
    FundsResolver,
    FundRuleChangeResolver,
    InvestmentsResolver,
    LeadFundResolver,
    EnterpriseInvestmentsResolver,
    ProjectInvestmentsResolver,
  ],
  exports: [FundsService, InvestmentsService, FundLeadDirectoryModule],
})
export class FundsModule {}
