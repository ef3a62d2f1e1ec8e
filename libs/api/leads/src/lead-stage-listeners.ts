import { Injectable } from '@nestjs/common';
import type { LeadStage } from '@lianzhao/domain';
import type { RequestContext } from '@lianzhao/api-core';
import type { Lead } from './lead.entity';

/** A stage move as the lead's listeners see it: the lead after the move. */
export interface LeadMoved {
  lead: Lead;
  from: LeadStage;
  to: LeadStage;
}

/** Runs inside the move's transaction; throwing undoes the move. */
export type LeadMovedListener = (tx: RequestContext, event: LeadMoved) => Promise<void>;

/**
 * Other contexts react to stage moves (signing creates a landing project, any move extends a
 * referral's protection) without the leads module knowing them: they register here at start-up,
 * so the dependency runs from them to leads and never back.
 */
@Injectable()
export class LeadStageListeners {
  private readonly listeners: LeadMovedListener[] = [];

  register(listener: LeadMovedListener): void {
    this.listeners.push(listener);
  }

  async notify(tx: RequestContext, event: LeadMoved): Promise<void> {
    for (const listener of this.listeners) await listener(tx, event);
  }
}
