import {
  addDays,
  DEFAULT_MILESTONE_TEMPLATES,
  DUE_WITHIN_DAYS,
  landedOn,
  milestonesAsOf,
  milestoneStatus,
  nextMilestone,
  projectHealth,
  signedOn,
  type MilestoneCode,
  type MilestoneDates,
  type ProjectType,
} from '@lianzhao/domain';
import {
  asOfHealthBasis,
  asOfHealthConditions,
  daysLateSqlOn,
  earliestOpenPlansAsOfSql,
  healthSqlOn,
  DAYS_LATE_SQL,
  HEALTH_CONDITION_SQL,
  HEALTH_SQL,
  LANDED_SQL,
  milestoneDueSql,
  milestoneOverdueSql,
  NEXT_MILESTONE_SQL,
  OVERDUE_SQL,
  SIGNED_SQL,
} from '@lianzhao/api-projects';
import { copyRow } from './copy-row';
import { parityRows } from './parity';

// Parity: each project rule that runs in SQL (libs/api/projects/src/project-rules.sql.ts, over the
// milestone facts the database keeps on the project row) gives, row by row, what its libs/domain
// function gives on the same milestones and the same day. The rows are written with plain SQL, so
// the facts are the triggers' work.

const TODAY = '2026-03-10';
const day = (offset: number) => addDays(TODAY, offset);
type Dates = Partial<Record<MilestoneCode, [number | null, number | null]>>;

interface Case {
  name: string;
  type: ProjectType;
  /** Planned and actual dates as offsets from TODAY; `null` for no milestones at all. */
  dates: Dates | null;
}

const CASES: Case[] = [
  { name: 'no milestones at all', type: 'HEAVY', dates: null },
  { name: 'nothing recorded yet', type: 'HEAVY', dates: {} },
  { name: 'only signed', type: 'HEAVY', dates: { SIGNED: [null, -10] } },
  {
    name: 'planned today (still in time)',
    type: 'HEAVY',
    dates: { SIGNED: [null, -10], REGISTERED: [0, null] },
  },
  {
    name: 'planned yesterday (one day late)',
    type: 'HEAVY',
    dates: { SIGNED: [null, -10], REGISTERED: [-1, null] },
  },
  {
    name: `due in exactly ${DUE_WITHIN_DAYS} days`,
    type: 'HEAVY',
    dates: { SIGNED: [null, -10], REGISTERED: [DUE_WITHIN_DAYS, null] },
  },
  {
    name: `planned in ${DUE_WITHIN_DAYS + 1} days`,
    type: 'HEAVY',
    dates: { SIGNED: [null, -10], REGISTERED: [DUE_WITHIN_DAYS + 1, null] },
  },
  {
    name: 'two overdue: the worst decides',
    type: 'HEAVY',
    dates: { SIGNED: [null, -40], REGISTERED: [-20, null], SITE_SECURED: [-5, null], COMPLETED: [3, null] },
  },
  {
    name: 'done late does not count',
    type: 'HEAVY',
    dates: { SIGNED: [null, -40], REGISTERED: [-20, -2], SITE_SECURED: [90, null] },
  },
  {
    name: 'overdue beats due',
    type: 'HEAVY',
    dates: {
      SIGNED: [null, -40],
      REGISTERED: [null, -30],
      SITE_SECURED: [5, null],
      CONSTRUCTION_STARTED: [-3, null],
    },
  },
  {
    name: 'two overdue planned the same day',
    type: 'HEAVY',
    dates: { SIGNED: [null, -40], REGISTERED: [-7, null], SITE_SECURED: [-7, null] },
  },
  {
    name: 'due and later overdue: the overdue one decides',
    type: 'HEAVY',
    dates: { SIGNED: [null, -40], REGISTERED: [2, null], CONSTRUCTION_STARTED: [-1, null] },
  },
  {
    name: 'skipped optional milestone with a past plan is still overdue',
    type: 'HEAVY',
    dates: {
      SIGNED: [null, -60],
      REGISTERED: [null, -50],
      SITE_SECURED: [-30, null],
      CONSTRUCTION_STARTED: [-40, -20],
    },
  },
  {
    name: 'optional milestone skipped: next is the skipped one',
    type: 'HEAVY',
    dates: {
      SIGNED: [null, -60],
      REGISTERED: [null, -50],
      CONSTRUCTION_STARTED: [null, -20],
      COMPLETED: [40, null],
    },
  },
  {
    name: 'all done',
    type: 'LIGHT',
    dates: { SIGNED: [null, -60], REGISTERED: [null, -50], MOVED_IN: [-30, -20], OPERATING: [null, -1] },
  },
  {
    name: 'light, landed today',
    type: 'LIGHT',
    dates: { SIGNED: [null, -5], REGISTERED: [null, 0], MOVED_IN: [10, null] },
  },
  { name: 'open without a plan', type: 'LIGHT', dates: { SIGNED: [null, -5], REGISTERED: [null, null] } },
];

function milestonesOf(c: Case): MilestoneDates[] {
  if (!c.dates) return [];
  const dates = c.dates;
  return DEFAULT_MILESTONE_TEMPLATES[c.type].map((code) => {
    const [planned, actual] = dates[code] ?? [null, null];
    return {
      code,
      plannedDate: planned === null ? null : day(planned),
      actualDate: actual === null ? null : day(actual),
    };
  });
}

describe('project rules: SQL and libs/domain agree', () => {
  const seeded = parityRows<Case>(async (db) => {
    const ids = new Map<string, Case>();
    const [template] = await db.query('SELECT id FROM projects ORDER BY created_at LIMIT 1');
    for (const c of CASES) {
      // The copy starts with the template's facts; the database must give it those of its own milestones.
      const id = await copyRow(db, 'projects', template.id, { lead_id: null, name: c.name, type: c.type });
      await db.query('DELETE FROM project_milestones WHERE project_id = $1', [id]);
      for (const [position, m] of milestonesOf(c).entries()) {
        await db.query(
          'INSERT INTO project_milestones (project_id, code, position, planned_date, actual_date) VALUES ($1, $2, $3, $4, $5)',
          [id, m.code, position, m.plannedDate, m.actualDate],
        );
      }
      ids.set(id, c);
    }
    return ids;
  });

  it('gives the same health, days late, next milestone, signed and landed dates for every case', async () => {
    const rows = await seeded
      .db()
      .createQueryBuilder()
      .select('p.id', 'id')
      .addSelect(HEALTH_SQL, 'health')
      .addSelect(DAYS_LATE_SQL, 'daysLate')
      .addSelect(NEXT_MILESTONE_SQL, 'next')
      .addSelect(`(${SIGNED_SQL})::text`, 'signed')
      .addSelect(`(${LANDED_SQL})::text`, 'landed')
      .addSelect(OVERDUE_SQL, 'overdue')
      .addSelect(HEALTH_CONDITION_SQL.OVERDUE, 'isOverdue')
      .addSelect(HEALTH_CONDITION_SQL.AT_RISK, 'isAtRisk')
      .addSelect(`COALESCE(${HEALTH_CONDITION_SQL.ON_TRACK}, false)`, 'isOnTrack')
      .from('projects', 'p')
      .where('p.id IN (:...ids)', { ids: seeded.ids() })
      .setParameter('today', TODAY)
      .getRawMany<{
        id: string;
        health: string;
        daysLate: number;
        next: string | null;
        signed: string | null;
        landed: string | null;
        overdue: boolean | null;
        isOverdue: boolean | null;
        isAtRisk: boolean | null;
        isOnTrack: boolean;
      }>();
    expect(rows).toHaveLength(CASES.length);
    for (const row of rows) {
      const c = seeded.caseOf(row.id);
      const ms = milestonesOf(c);
      const health = projectHealth(ms, TODAY);
      const statuses = ms.map((m) => milestoneStatus(m, TODAY));
      // A condition that is NULL (no open plan) selects no row, as false does.
      expect({
        case: c.name,
        health: row.health,
        daysLate: Number(row.daysLate),
        next: row.next,
        signed: row.signed,
        landed: row.landed,
        overdue: row.overdue === true,
        isOverdue: row.isOverdue === true,
        isAtRisk: row.isAtRisk === true,
        isOnTrack: row.isOnTrack,
      }).toEqual({
        case: c.name,
        health: health.health,
        daysLate: health.daysLate,
        next: nextMilestone(ms),
        signed: signedOn(ms),
        landed: landedOn(ms),
        overdue: statuses.includes('OVERDUE'),
        isOverdue: health.health === 'OVERDUE',
        isAtRisk: health.health === 'AT_RISK',
        isOnTrack: health.health === 'ON_TRACK',
      });
    }
    // The table covers each health.
    expect(new Set(rows.map((r) => r.health))).toEqual(new Set(['ON_TRACK', 'AT_RISK', 'OVERDUE']));
  });

  it('gives the same health and days late as of a past day (later actual dates not yet happened), rebuilt from the milestones', async () => {
    const basis = asOfHealthBasis('asOf', 'e');
    const conditions = asOfHealthConditions('asOf');
    const healths = new Set<string>();
    for (const asOf of [day(-12), day(-6), day(-1), TODAY]) {
      const rows = await seeded
        .db()
        .createQueryBuilder()
        .select('p.id', 'id')
        .addSelect(healthSqlOn(basis), 'health')
        .addSelect(daysLateSqlOn(basis), 'daysLate')
        .addSelect(`COALESCE(${conditions.OVERDUE}, false)`, 'isOverdue')
        .addSelect(`COALESCE(${conditions.AT_RISK}, false)`, 'isAtRisk')
        .addSelect(`COALESCE(${conditions.ON_TRACK}, false)`, 'isOnTrack')
        .from('projects', 'p')
        .leftJoin(`(${earliestOpenPlansAsOfSql('asOf')})`, 'e', 'e.project_id = p.id')
        .where('p.id IN (:...ids)', { ids: seeded.ids() })
        .setParameter('asOf', asOf)
        .getRawMany<{
          id: string;
          health: string;
          daysLate: number;
          isOverdue: boolean;
          isAtRisk: boolean;
          isOnTrack: boolean;
        }>();
      expect(rows).toHaveLength(CASES.length);
      for (const row of rows) {
        const c = seeded.caseOf(row.id);
        const health = projectHealth(milestonesAsOf(milestonesOf(c), asOf), asOf);
        healths.add(row.health);
        expect({ case: c.name, asOf, ...row, id: undefined, daysLate: Number(row.daysLate) }).toEqual({
          case: c.name,
          asOf,
          id: undefined,
          health: health.health,
          daysLate: health.daysLate,
          isOverdue: health.health === 'OVERDUE',
          isAtRisk: health.health === 'AT_RISK',
          isOnTrack: health.health === 'ON_TRACK',
        });
      }
    }
    expect(healths).toEqual(new Set(['ON_TRACK', 'AT_RISK', 'OVERDUE']));
  });

  it('gives the same overdue and due status for every milestone', async () => {
    const rows = await seeded
      .db()
      .createQueryBuilder()
      .select('m.project_id', 'projectId')
      .addSelect('m.code', 'code')
      .addSelect(milestoneOverdueSql('m'), 'overdue')
      .addSelect(milestoneDueSql('m'), 'due')
      .from('project_milestones', 'm')
      .where('m.project_id IN (:...ids)', { ids: seeded.ids() })
      .setParameter('today', TODAY)
      .getRawMany<{ projectId: string; code: MilestoneCode; overdue: boolean | null; due: boolean | null }>();
    expect(rows.length).toBeGreaterThan(CASES.length);
    for (const row of rows) {
      const c = seeded.caseOf(row.projectId);
      const m = milestonesOf(c).find((x) => x.code === row.code) as MilestoneDates;
      const status = milestoneStatus(m, TODAY);
      expect({ case: c.name, code: row.code, overdue: row.overdue === true, due: row.due === true }).toEqual({
        case: c.name,
        code: row.code,
        overdue: status === 'OVERDUE',
        due: status === 'DUE',
      });
    }
  });
});
