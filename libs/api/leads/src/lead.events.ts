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
