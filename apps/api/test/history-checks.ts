import { checkMove, type LeadStage } from '@lianzhao/domain';

/** Rows by key, in their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export interface LeadRow {
  id: string;
  stage: LeadStage;
  stage_changed_at: Date;
}

export interface StageChangeRow {
  lead_id: string;
  from_stage: LeadStage | null;
  to_stage: LeadStage;
  reason: string | null;
  at: Date;
}

/**
 * Generated leads (the demo's history, the bench's data) must look as if officers made them:
 * created as 新建, each move one the pipeline allows from the stage before, the last one the
 * lead's stage at its stage_changed_at. `changes` in lead and time order.
 */
export function expectHistoriesFollowThePipeline(leads: readonly LeadRow[], changes: readonly StageChangeRow[]): void {
  const byLead = groupBy(changes, (c) => c.lead_id);
  for (const lead of leads) {
    const history = byLead.get(lead.id) ?? [];
    expect(history[0]).toMatchObject({ from_stage: null, to_stage: 'NEW' });
    for (const [i, change] of history.entries()) {
      if (i === 0) continue;
      expect(change.from_stage).toBe(history[i - 1].to_stage);
      expect(checkMove(history[i - 1].to_stage, change.to_stage, change.reason)).toEqual({ ok: true });
    }
    expect(history.at(-1)?.to_stage).toBe(lead.stage);
    expect(history.at(-1)?.at.getTime()).toBe(lead.stage_changed_at.getTime());
  }
}
