import { Global, Injectable, Module } from '@nestjs/common';
import type { RequestContext } from '@lianzhao/api-core';
import { LeadFundDirectory } from '@lianzhao/api-leads';
import { FundQueriesService } from './fund-queries.service';

/** The funds context's answer to the leads context's questions about a lead's fund. */
@Injectable()
export class FundLeadDirectory extends LeadFundDirectory {
  constructor(private readonly queries: FundQueriesService) {
    super();
  }

  exists(ctx: RequestContext, fundId: string): Promise<boolean> {
    return this.queries.exists(ctx, fundId);
  }

  async latestFundOf(ctx: RequestContext, managerOrganizationId: string): Promise<string | null> {
    return (await this.queries.latestFundOf(ctx, managerOrganizationId))?.id ?? null;
  }
}

/**
 * Global so that LeadsService, whose module cannot import the funds module (funds depends on
 * leads), receives the port; it exports nothing else.
 */
@Global()
@Module({
  providers: [
    FundQueriesService,
    FundLeadDirectory,
    { provide: LeadFundDirectory, useExisting: FundLeadDirectory },
  ],
  exports: [LeadFundDirectory, FundQueriesService],
})
export class FundLeadDirectoryModule {}
