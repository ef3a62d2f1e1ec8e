import { Injectable } from '@nestjs/common';
import {
  addDecimals,
  localize,
  periodsIn,
  standingActual,
  TARGET_METRIC_DEFINITIONS,
  TARGET_UNIT_LABELS,
  targetMet,
  targetMetricDefinition,
  targetShare,
  targetValueFromStored,
  targetValueProblem,
  targetValueToStored,
  yearElapsedShare,
  type TargetActualEntry,
  type TargetMetric,
  type TargetMetricDefinition,
} from '@lianzhao/domain';
import { badField, Clock, conflict, RequestContext, STALE_VERSION_MESSAGE } from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import { AuditService, diffFields } from '@lianzhao/api-audit';
import { ReinvestmentService } from '@lianzhao/api-funds';
import { LANDED_SQL } from '@lianzhao/api-projects';
import { ReferenceService } from '@lianzhao/api-reference';
import { drill, type Drill } from '../figures.types';
import { SCI_TECH_PROJECTS_FILTER } from '../funds/fund-figures.service';
import { TARGET, Target } from './target.entity';
import { TARGET_ACTUAL, TargetActual } from './target-actual.entity';
import {
  MAX_TARGET_YEAR,
  MIN_TARGET_YEAR,
  type RecordTargetActualInput,
  type SetTargetInput,
} from './targets.inputs';
import type { TargetActualEntryView, TargetProgress, TargetTrendPoint } from './targets.types';

/** An entered actual in the metric's unit, with what the API shows of it. */
type StoredEntry = TargetActualEntry & { view: TargetActualEntryView };

/** A computed figure's value at the end of each month of the year (万元 or 亩, stored units). */
type MonthlySeries = Map<string, string>;

interface ComputedFigures {
  /** Per-year metrics: the year's sums per month `YYYY-MM`, added up to a month for the trend. */
  readonly monthly: Partial<Record<TargetMetric, MonthlySeries>>;
  /** Cumulative computed metrics the owning context only knows as of now (返投 totals). */
  readonly current: Partial<Record<TargetMetric, string>>;
}

interface ComputedRow {
  metric: TargetMetric;
  month: string;
  total: string;
}

/**
 * The computed per-year metrics in one grouped statement, each from its owning context's rule:
 * - 四大主导产业落地投资: contract investment of projects landed (LANDED_SQL, the 工商注册 actual
 *   date) in the year, in industries the reference data marks leading;
 * - 制造业用地新增和消化: land (亩) of heavy-asset projects whose 土地/空间落实 milestone was done
 *   in the year (an actual date after the as-of day is not done yet).
 */
const COMPUTED_SQL = `
SELECT 'LEADING_INDUSTRY_INVESTMENT_LANDED' AS metric, to_char(${LANDED_SQL}, 'YYYY-MM') AS month,
       SUM(p.contract_investment) AS total
  FROM projects p
 WHERE ${LANDED_SQL} BETWEEN CAST($1 AS date) AND CAST($2 AS date)
   AND p.contract_investment IS NOT NULL
   AND p.industry_code IN (SELECT i.code FROM industries i WHERE i.leading)
 GROUP BY 2
UNION ALL
SELECT 'MANUFACTURING_LAND', to_char(m.actual_date, 'YYYY-MM'), SUM(p.land_area)
  FROM project_milestones m
  JOIN projects p ON p.id = m.project_id
 WHERE m.code = 'SITE_SECURED'
   AND m.actual_date BETWEEN CAST($1 AS date) AND CAST($2 AS date)
   AND p.type = 'HEAVY'
   AND p.land_area IS NOT NULL
 GROUP BY 2`;

/** The instant a Shanghai day ends: entries made after it were not known on that day. */
function endOfShanghaiDay(day: string): Date {
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000);
}

/**
 * 年度目标: the targets an admin sets per year and metric, the actuals entered for figures the
 * office cannot compute, and each target's progress. Computed actuals reuse the owning contexts'
 * rules (the projects' landed date and milestones, the funds' 返投 totals); none is typed in.
 */
@Injectable()
export class TargetsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly reinvestment: ReinvestmentService,
    private readonly clock: Clock,
    private readonly reference: ReferenceService,
  ) {}

  /**
   * Every metric's progress for `year` as it stood at the end of `asOf` (today when not given or
   * later): entered actuals known by then, computed ones from the dates up to then.
   */
  async progress(ctx: RequestContext, year: number, asOf?: string | null): Promise<TargetProgress[]> {
    if (year < MIN_TARGET_YEAR || year > MAX_TARGET_YEAR) {
      throw badField('year', `年度须在 ${MIN_TARGET_YEAR}–${MAX_TARGET_YEAR} 之间`);
    }
    const today = this.clock.today();
    const standsAt = asOf && asOf < today ? asOf : today;
    const yearStart = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    const day = standsAt < yearEnd ? standsAt : yearEnd;
    const started = day >= yearStart;

    // Independent reads, sent together: a request waits for the slowest, not for their sum.
    const [targets, entries, computed, drills] = await Promise.all([
      this.connection.getRepository(ctx, Target).find({ where: { year } }),
      started
        ? this.entries(ctx, yearEnd, endOfShanghaiDay(standsAt))
        : Promise.resolve(new Map<TargetMetric, StoredEntry[]>()),
      started ? this.computed(ctx, yearStart, day) : Promise.resolve<ComputedFigures>({ monthly: {}, current: {} }),
      started ? this.drills(ctx, yearStart, day) : Promise.resolve<Partial<Record<TargetMetric, Drill>>>({}),
    ]);
    const months = started ? periodsIn('MONTH', { from: yearStart, to: day }) : [];

    return TARGET_METRIC_DEFINITIONS.map((definition) => {
      const target = targets.find((t) => t.metric === definition.code) ?? null;
      const points = started
        ? this.trend(definition, year, months, entries.get(definition.code) ?? [], computed)
        : [];
      const last = points.length ? points[points.length - 1] : null;
      const entry =
        definition.source === 'ENTERED' && started
          ? standingActual(definition.accumulation, year, day, entries.get(definition.code) ?? [])
          : null;
      const actual = definition.source === 'ENTERED' ? (entry?.value ?? null) : (last?.value ?? null);
      const targetValue = target ? targetValueFromStored(definition.unit, target.value) : null;
      return {
        year,
        metric: definition.code,
        name: definition.label.zh,
        unit: definition.unit,
        unitLabel: localize(TARGET_UNIT_LABELS[definition.unit]),
        comparator: definition.comparator,
        accumulation: definition.accumulation,
        source: definition.source,
        target: targetValue,
        targetNote: target?.note ?? null,
        targetVersion: target?.version ?? null,
        targetUpdatedByName: target?.updatedByName ?? null,
        targetUpdatedAt: target?.updatedAt ?? null,
        actual,
        actualDay:
          definition.source === 'ENTERED' ? (entry?.periodEnd ?? null) : actual === null ? null : day,
        share: targetShare(actual, targetValue),
        met: targetMet(definition.comparator, actual, targetValue),
        yearElapsed: yearElapsedShare(year, standsAt).toFixed(4),
        trend: points,
        lastEntry: entry ? entry.view : null,
        drill: drills[definition.code] ?? null,
      };
    });
  }

  /**
   * The lists behind the computed figures that a list filter reproduces: the leading industries'
   * projects landed in the year, and the invested 科创 enterprises (one investment each, so the
   * count is the figure). 制造业用地 and 撬动规模 have no list of their own.
   */
  private async drills(ctx: RequestContext, yearStart: string, day: string): Promise<Partial<Record<TargetMetric, Drill>>> {
    const leading = (await this.reference.industries(ctx)).filter((i) => i.leading).map((i) => i.code);
    return {
      ...(leading.length
        ? {
            LEADING_INDUSTRY_INVESTMENT_LANDED: drill('PROJECTS', {
              industryCodes: leading,
              landedFrom: yearStart,
              landedTo: day,
            }),
          }
        : {}),
      SCI_TECH_INVESTMENTS: drill('INVESTMENTS', { ...SCI_TECH_PROJECTS_FILTER }),
    };
  }

  /** One metric's progress (what a mutation answers with). */
  async progressOf(ctx: RequestContext, year: number, metric: TargetMetric): Promise<TargetProgress> {
    const all = await this.progress(ctx, year);
    return all.find((p) => p.metric === metric) as TargetProgress;
  }

  async setTarget(ctx: RequestContext, input: SetTargetInput): Promise<TargetProgress> {
    const definition = targetMetricDefinition(input.metric);
    const problem = targetValueProblem(definition.unit, input.value);
    if (problem) throw badField('value', `目标值${problem}`);
    const value = targetValueToStored(definition.unit, input.value);
    const note = input.note || null;
    const actor = {
      updatedById: ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null,
      updatedByName: ctx.user?.displayName ?? '系统',
    };
    try {
      await this.connection.withTransaction(ctx, async (tx) => {
        const repo = this.connection.getRepository(tx, Target);
        const before = await repo.findOneBy({ year: input.year, metric: input.metric });
        if (!before) {
          // A version for a target nobody has set means the form was read from another state.
          if (input.version != null) throw conflict(STALE_VERSION_MESSAGE);
          const created = await repo.save(
            repo.create({ year: input.year, metric: input.metric, value, note, ...actor }),
          );
          await this.audit.record(tx, {
            entityType: TARGET,
            entityId: created.id,
            action: 'CREATE',
            changes: diffFields(null, auditView(created), AUDITED_TARGET),
          });
          return;
        }
        if (input.version == null || input.version !== before.version) {
          throw conflict(STALE_VERSION_MESSAGE, { id: before.id });
        }
        await this.connection.updateVersioned(tx, Target, before.id, before.version, {
          value,
          note,
          ...actor,
        });
        const after = await repo.findOneByOrFail({ id: before.id });
        await this.audit.record(tx, {
          entityType: TARGET,
          entityId: after.id,
          action: 'UPDATE',
          changes: diffFields(auditView(before), auditView(after), AUDITED_TARGET),
        });
      });
    } catch (error) {
      // Two admins creating the same year's target at once: the second one read a state that is gone.
      if (isUniqueViolation(error)) throw conflict(STALE_VERSION_MESSAGE);
      throw error;
    }
    return this.progressOf(ctx, input.year, input.metric);
  }

  async recordActual(ctx: RequestContext, input: RecordTargetActualInput): Promise<TargetProgress> {
    const definition = targetMetricDefinition(input.metric);
    if (definition.source === 'COMPUTED') {
      throw badField('metric', `「${definition.label.zh}」由系统根据项目和基金数据计算，不能填报`);
    }
    if (input.periodEnd > this.clock.today()) throw badField('periodEnd', '截止日期不能晚于今天');
    const problem = targetValueProblem(definition.unit, input.value);
    if (problem) throw badField('value', `实际值${problem}`);
    const year = Number(input.periodEnd.slice(0, 4));
    await this.connection.withTransaction(ctx, async (tx) => {
      const repo = this.connection.getRepository(tx, TargetActual);
      const saved = await repo.save(
        repo.create({
          year,
          metric: input.metric,
          periodEnd: input.periodEnd,
          value: targetValueToStored(definition.unit, input.value),
          sourceNote: input.sourceNote,
          enteredById: ctx.user && ctx.user.id !== 'system' ? ctx.user.id : null,
          enteredByName: ctx.user?.displayName ?? '系统',
          enteredAt: this.clock.now(),
        }),
      );
      await this.audit.record(tx, {
        entityType: TARGET_ACTUAL,
        entityId: saved.id,
        action: 'CREATE',
        changes: diffFields(null, { ...saved, value: input.value }, AUDITED_ACTUAL),
        note: input.sourceNote,
      });
    });
    return this.progressOf(ctx, year, input.metric);
  }

  /**
   * The entered actuals up to the year's end that were known at `knownBefore`, by metric, in the
   * metric's unit. One statement; the table holds a few entries per metric and month.
   */
  private async entries(
    ctx: RequestContext,
    yearEnd: string,
    knownBefore: Date,
  ): Promise<Map<TargetMetric, StoredEntry[]>> {
    const rows = await this.connection
      .getRepository(ctx, TargetActual)
      .createQueryBuilder('a')
      .where('a.period_end <= :yearEnd', { yearEnd })
      .andWhere('a.entered_at < :knownBefore', { knownBefore })
      .orderBy('a.period_end', 'ASC')
      .addOrderBy('a.entered_at', 'ASC')
      .getMany();
    const out = new Map<TargetMetric, StoredEntry[]>();
    for (const row of rows) {
      const definition = targetMetricDefinition(row.metric);
      const value = targetValueFromStored(definition.unit, row.value);
      const list = out.get(row.metric) ?? [];
      list.push({
        periodEnd: row.periodEnd,
        value,
        enteredAt: row.enteredAt.toISOString(),
        view: { ...row, value },
      });
      out.set(row.metric, list);
    }
    return out;
  }

  /** The computed metrics: one grouped statement over projects, and the funds' 撬动规模 and 投资科创项目 (no 返投 evaluation). */
  private async computed(ctx: RequestContext, from: string, to: string): Promise<ComputedFigures> {
    const manager = this.connection.getRepository(ctx, Target).manager;
    const [rows, totals] = await Promise.all([
      manager.query(COMPUTED_SQL, [from, to]) as Promise<ComputedRow[]>,
      this.reinvestment.leverageTotals(ctx),
    ]);
    const monthly: Partial<Record<TargetMetric, MonthlySeries>> = {};
    for (const row of rows) {
      const series = monthly[row.metric] ?? new Map<string, string>();
      series.set(row.month, row.total);
      monthly[row.metric] = series;
    }
    return {
      monthly,
      current: { FUND_LEVERAGE: totals.leverageScale, SCI_TECH_INVESTMENTS: String(totals.sciTechProjects) },
    };
  }

  /**
   * The value at the end of each month (the last one at the day the figures stand at). Computed
   * per-year metrics add the year's months up; 返投 totals exist only as of now, so they are one
   * point; entered metrics take the entry standing at each month's end.
   */
  private trend(
    definition: TargetMetricDefinition,
    year: number,
    months: ReadonlyArray<{ from: string; to: string }>,
    entries: readonly TargetActualEntry[],
    computed: ComputedFigures,
  ): TargetTrendPoint[] {
    if (definition.source === 'ENTERED') {
      return months.flatMap((m) => {
        const entry = standingActual(definition.accumulation, year, m.to, entries);
        return entry ? [{ month: m.from.slice(0, 7), day: m.to, value: entry.value }] : [];
      });
    }
    const current = computed.current[definition.code];
    if (current !== undefined) {
      const last = months[months.length - 1];
      return last
        ? [
            {
              month: last.from.slice(0, 7),
              day: last.to,
              value: targetValueFromStored(definition.unit, current),
            },
          ]
        : [];
    }
    const series = computed.monthly[definition.code] ?? new Map<string, string>();
    let running = '0';
    return months.map((m) => {
      const month = m.from.slice(0, 7);
      running = addDecimals(running, series.get(month) ?? '0');
      return { month, day: m.to, value: targetValueFromStored(definition.unit, running) };
    });
  }
}

const AUDITED_TARGET = ['year', 'metric', 'value', 'note'] as const;
const AUDITED_ACTUAL = ['year', 'metric', 'periodEnd', 'value', 'sourceNote'] as const;

/** A target as the trail shows it: the value in the metric's unit, as the admin typed it. */
function auditView(target: Target): Record<string, unknown> {
  const definition = targetMetricDefinition(target.metric);
  return { ...target, value: targetValueFromStored(definition.unit, target.value) };
}
