import { Module } from '@nestjs/common';
import { ReferenceModule, SegmentResolver } from '@lianzhao/api-reference';
import { Enterprise } from './enterprise.entity';
import { EnterpriseExportResolver, EnterpriseExportService } from './enterprise-export.service';
import { EnterpriseQueries } from './enterprise-queries';
import { EnterpriseReassignment } from './enterprise-reassignment.service';
import { EnterpriseMergeService } from './enterprise-merge.service';
import { EnterprisesResolver } from './enterprises.resolver';
import { EnterprisesService } from './enterprises.service';

/** 企业库: the company register every lead points at. */
@Module({
  imports: [ReferenceModule],
  providers: [
    SegmentResolver(Enterprise, { nullable: true }),
    EnterpriseReassignment,
    EnterprisesService,
    EnterpriseMergeService,
    EnterpriseQueries,
    EnterprisesResolver,
    EnterpriseExportService,
    EnterpriseExportResolver,
  ],
  exports: [EnterpriseReassignment, EnterprisesService, EnterpriseQueries],
})
export class EnterprisesModule {}
