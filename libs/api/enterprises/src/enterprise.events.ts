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
