import { checkActualDate, checkMove, type LeadStage, type MilestoneCode } from '@lianzhao/domain';

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

export interface MilestoneRow {
  project_id: string;
  code: MilestoneCode;
  planned_date: string | null;
  actual_date: string | null;
}

/**
 * Generated projects' milestones must be ones the milestone rules accept: 签约 done on the day
 * the project was signed (`signedOn`, a Shanghai day) and every actual date allowed where it
 * stands. `milestones` in project and position order; `optional` the templates' skippable ones.
 */
export function expectMilestonesFollowTheRules(
  projects: ReadonlyArray<{ id: string; type: string; signedOn: string }>,
  milestones: readonly MilestoneRow[],
  optional: ReadonlyArray<{ project_type: string; code: MilestoneCode }>,
  today: string,
): void {
  const byProject = groupBy(milestones, (m) => m.project_id);
  for (const project of projects) {
    const list = (byProject.get(project.id) ?? []).map((m) => ({
      code: m.code,
      plannedDate: m.planned_date,
      actualDate: m.actual_date,
    }));
    expect(list.find((m) => m.code === 'SIGNED')?.actualDate).toBe(project.signedOn);
    const skippable = optional.filter((o) => o.project_type === project.type).map((o) => o.code);
    for (const m of list.filter((x) => x.actualDate)) {
      expect(checkActualDate(list, m.code, m.actualDate, today, skippable)).toEqual({ ok: true });
    }
  }
}
