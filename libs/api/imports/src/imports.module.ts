import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule } from '@lianzhao/api-leads';
import { ReferenceModule } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { ImportsResolver } from './imports.resolver';
import { ImportJobsService } from './import-jobs.service';
import { ImportsService } from './imports.service';
import { LeadSheetsService } from './lead-sheets.service';

/** Excel in and out for the lead pipeline: the import template, imports and exports. */
@Module({
  imports: [EnterprisesModule, LeadsModule, ReferenceModule, UsersModule],
  providers: [ImportsService, ImportJobsService, LeadSheetsService, ImportsResolver],
  exports: [ImportsService, ImportJobsService, LeadSheetsService],
})
export class ImportsModule {}
