import { Module } from '@nestjs/common';
import { ReferenceModule } from '@lianzhao/api-reference';
import { EnterpriseMergeListeners } from './enterprise-merge-listeners';
import { EnterpriseQueries } from './enterprise-queries';
import { EnterprisesResolver } from './enterprises.resolver';
import { EnterprisesService } from './enterprises.service';

/** 企业库: the company register every lead points at. */
@Module({
  imports: [ReferenceModule],
  providers: [EnterpriseMergeListeners, EnterprisesService, EnterpriseQueries, EnterprisesResolver],
  exports: [EnterpriseMergeListeners, EnterprisesService, EnterpriseQueries],
})
export class EnterprisesModule {}
