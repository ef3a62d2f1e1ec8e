import type { Enterprise } from './enterprise.entity';

/**
 * One enterprise was folded into another (published by EnterprisesService.merge, inside the
 * merge's transaction, before the merged row is deleted). Handlers in leads.listeners.ts,
 * projects.listeners.ts and referrals.listeners.ts move their rows to the survivor.
 */
export class EnterprisesMerged {
  constructor(
    /** The record that stays, as it was before the merge. */
    readonly survivor: Enterprise,
    /** The record that goes, as it was before the merge. */
    readonly merged: Enterprise,
  ) {}
}

/**
 * An enterprise's own facts (tags, industry, ...) may have changed: published by
 * EnterprisesService.update and merge inside their transaction, so facts derived from them across
 * its projects (policy matches) are recomputed with the write.
 */
export class EnterpriseUpdated {
  constructor(readonly enterpriseId: string) {}
}

/**
 * New enterprises (one from the form, or many from an import), published inside the creating
 * transaction, so facts derived from their own fields (policy matches) exist from the start.
 */
export class EnterprisesCreated {
  constructor(readonly enterpriseIds: readonly string[]) {}
}
