import type { RequestContext } from '@lianzhao/api-core';

/**
 * What the leads context asks about funds. The funds context depends on this one (it creates
 * FUND leads through LeadsService), so it provides this port rather than being imported here.
 */
export abstract class LeadFundDirectory {
  /** Whether a fund with this id exists. */
  abstract exists(ctx: RequestContext, fundId: string): Promise<boolean>;

  /** The fund of this manager organisation with the latest vintage, or null when it manages none. */
  abstract latestFundOf(ctx: RequestContext, managerOrganizationId: string): Promise<string | null>;
}
