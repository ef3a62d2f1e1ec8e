import {
  daysBetween,
  DUE_WITHIN_DAYS,
  landedOn,
  nextMilestone,
  signedOn,
  type MilestoneCode,
  type MilestoneDates,
  type ProjectHealth,
} from './milestones';

/**
 * What a project's milestones say whatever the day: the database keeps these on the project row
 * (so the project list sorts and filters by real columns) and the day-dependent health is read
 * off them. `projectHealth`, `signedOn`, `landedOn` and `nextMilestone` stay the reference rules;
 * these two functions give the same answers (project-facts.spec.ts checks every combination).
 */
export interface ProjectFacts {
  readonly signedOn: string | null;
  readonly landedOn: string | null;
  readonly nextMilestone: MilestoneCode | null;
  /**
   * The earliest planned date among milestones without an actual date. Optional milestones
   * count like any other: projectHealth makes no exception for them, so a skipped 土地/空间落实
   * that still carries a past plan keeps the project overdue until the plan is cleared.
   */
  readonly earliestOpenPlan: string | null;
}

export function projectFacts(milestones: readonly MilestoneDates[]): ProjectFacts {
  let earliestOpenPlan: string | null = null;
  for (const m of milestones) {
    if (!m.actualDate && m.plannedDate && (earliestOpenPlan === null || m.plannedDate < earliestOpenPlan)) {
      earliestOpenPlan = m.plannedDate;
    }
  }
  return {
    signedOn: signedOn(milestones),
    landedOn: landedOn(milestones),
    nextMilestone: nextMilestone(milestones),
    earliestOpenPlan,
  };
}

/**
 * projectHealth's health and days late from the earliest open plan alone: the worst overdue
 * milestone is the one planned earliest, and a project has a due milestone but none overdue
 * exactly when its earliest open plan lies within today..today + DUE_WITHIN_DAYS.
 */
export function healthOfEarliestOpenPlan(
  earliestOpenPlan: string | null,
  today: string,
): { health: ProjectHealth; daysLate: number } {
  if (earliestOpenPlan === null) return { health: 'ON_TRACK', daysLate: 0 };
  const ahead = daysBetween(today, earliestOpenPlan);
  if (ahead < 0) return { health: 'OVERDUE', daysLate: -ahead };
  if (ahead <= DUE_WITHIN_DAYS) return { health: 'AT_RISK', daysLate: 0 };
  return { health: 'ON_TRACK', daysLate: 0 };
}
