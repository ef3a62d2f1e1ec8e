import {
  DEFAULT_MILESTONE_TEMPLATES,
  DUE_WITHIN_DAYS,
  landedOn,
  nextMilestone,
  projectHealth,
  signedOn,
  type MilestoneCode,
  type MilestoneDates,
} from './milestones';
import { healthOfEarliestOpenPlan, projectFacts } from './project-facts';
import { addDays } from './referrals';

const TODAY = '2026-03-10';
// Plans on each side of every boundary of milestoneStatus; `null` for no plan.
const PLANS = [null, -400, -31, -1, 0, 1, DUE_WITHIN_DAYS, DUE_WITHIN_DAYS + 1, 365];
const ACTUALS = [null, -3];

/** The combination if the facts disagree with the reference rules on it, else null. */
function disagreement(ms: MilestoneDates[]): unknown {
  const facts = projectFacts(ms);
  const { health, daysLate } = projectHealth(ms, TODAY);
  const viaFacts = healthOfEarliestOpenPlan(facts.earliestOpenPlan, TODAY);
  const same =
    viaFacts.health === health &&
    viaFacts.daysLate === daysLate &&
    facts.signedOn === signedOn(ms) &&
    facts.landedOn === landedOn(ms) &&
    facts.nextMilestone === nextMilestone(ms);
  return same ? null : { ms, facts, health, daysLate };
}

describe('project facts (what the project row stores)', () => {
  it('reads the signed and landed dates, the next milestone and the earliest open plan', () => {
    const ms: MilestoneDates[] = [
      { code: 'SIGNED', plannedDate: null, actualDate: '2026-01-05' },
      { code: 'REGISTERED', plannedDate: '2026-01-20', actualDate: '2026-02-01' },
      { code: 'SITE_SECURED', plannedDate: '2026-02-15', actualDate: null },
      { code: 'CONSTRUCTION_STARTED', plannedDate: '2026-02-10', actualDate: '2026-03-01' },
      { code: 'COMPLETED', plannedDate: '2026-06-01', actualDate: null },
    ];
    expect(projectFacts(ms)).toEqual({
      signedOn: '2026-01-05',
      landedOn: '2026-02-01',
      // The skipped optional milestone is still the first without an actual date.
      nextMilestone: 'SITE_SECURED',
      // Done milestones do not count, however early their plan; the skipped one with a plan does.
      earliestOpenPlan: '2026-02-15',
    });
    expect(projectFacts([])).toEqual({
      signedOn: null,
      landedOn: null,
      nextMilestone: null,
      earliestOpenPlan: null,
    });
  });

  it.each<[string | null, string, number]>([
    [null, 'ON_TRACK', 0],
    ['2026-03-09', 'OVERDUE', 1],
    ['2025-03-10', 'OVERDUE', 365],
    ['2026-03-10', 'AT_RISK', 0],
    [addDays(TODAY, DUE_WITHIN_DAYS), 'AT_RISK', 0],
    [addDays(TODAY, DUE_WITHIN_DAYS + 1), 'ON_TRACK', 0],
  ])('earliest open plan %s is %s, %d days late', (plan, health, daysLate) => {
    expect(healthOfEarliestOpenPlan(plan, TODAY)).toEqual({ health, daysLate });
  });

  it('agrees with projectHealth and the date rules on every light-asset combination', () => {
    const template = DEFAULT_MILESTONE_TEMPLATES.LIGHT;
    const options = PLANS.flatMap((p) => ACTUALS.map((a) => [p, a] as const));
    let checked = 0;
    const wrong: unknown[] = [];
    const walk = (i: number, acc: MilestoneDates[]) => {
      if (i === template.length) {
        const off = disagreement(acc);
        if (off) wrong.push(off);
        checked++;
        return;
      }
      for (const [p, a] of options) {
        walk(i + 1, [
          ...acc,
          {
            code: template[i],
            plannedDate: p === null ? null : addDays(TODAY, p),
            actualDate: a === null ? null : addDays(TODAY, a),
          },
        ]);
      }
    };
    walk(0, []);
    expect(checked).toBe(options.length ** template.length);
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('agrees with projectHealth and the date rules on sampled heavy-asset projects and on none', () => {
    // A small deterministic generator: the sample is the same on every run.
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const wrong: unknown[] = [disagreement([])].filter(Boolean);
    for (let run = 0; run < 5_000; run++) {
      const ms = DEFAULT_MILESTONE_TEMPLATES.HEAVY.map((code: MilestoneCode) => {
        const p = PLANS[next(PLANS.length)];
        const a = ACTUALS[next(ACTUALS.length)];
        return {
          code,
          plannedDate: p === null ? null : addDays(TODAY, p),
          actualDate: a === null ? null : addDays(TODAY, a),
        };
      });
      const off = disagreement(ms);
      if (off) wrong.push(off);
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
