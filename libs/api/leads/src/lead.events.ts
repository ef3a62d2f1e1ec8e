import type { LeadStage } from '@lianzhao/domain';
import type { Lead } from './lead.entity';

/**
 * A lead moved along the pipeline (published by LeadsService.move, inside the move's transaction).
 * Handlers: projects.listeners.ts (签约 creates the landing project), referrals.listeners.ts (any
 * move extends the protection of the referrals the lead came from).
 */
export class LeadStageMoved {
  constructor(
    /** The lead after the move. */
    readonly lead: Lead,
    readonly from: LeadStage,
    readonly to: LeadStage,
  ) {}
}

/**
 * A lead was given an owner other than the person who did it: created for someone, or handed
 * over (published by LeadsService.create and .update, inside their transactions). Handlers:
 * notifications.listeners.ts (the new owner is told).
 */
export class LeadOwnerAssigned {
  constructor(
    readonly lead: Lead,
    readonly ownerId: string,
  ) {}
}
