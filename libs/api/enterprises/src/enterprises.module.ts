import { Module } from '@nestjs/common';
import { ReferenceModule } from '@lianzhao/api-reference';
import { EnterpriseMergeListeners } from './enterprise-merge-listeners';
import { EnterprisesResolver } from './enterprises.resolver';
import { EnterprisesService } from './enterprises.service';

/** 企业库: the company register every lead points at. */
@Module({
  imports: [ReferenceModule],
  providers: [EnterpriseMergeListeners, EnterprisesService, EnterprisesResolver],
  exports: [EnterpriseMergeListeners, EnterprisesService],
})
export class EnterprisesModule {}
