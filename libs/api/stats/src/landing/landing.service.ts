import { Injectable } from '@nestjs/common';
import { Clock, ListQuery, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import {
  LANDED_SQL,
  PROJECT_LIST,
  SIGNED_SQL,
  type Project,
  type ProjectFilter,
  type ProjectOrderField,
} from '@lianzhao/api-projects';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService } from '@lianzhao/api-users';
import {
  addDecimals,
  CHANNEL_LABELS,
  CHANNELS,
  divideDecimals,
  normalizeDecimal,
  periodContaining,
  periodsIn,
  type PeriodKind,
} from '@lianzhao/domain';
import type { DashboardScope } from '../dashboard-scope';
import { amountFigure, countFigure, type DrillFilter } from '../figures.types';
import type { DashboardLanding, LandingGroup, LandingPeriodRow, ProjectTally } from './landing.types';

/** The project columns a tally sums, in the order of ProjectTally's amount fields. */
const AMOUNTS = [
  ['contractInvestment', 'p.contract_investment'],
  ['plannedFixedAssetInvestment', 'p.planned_fixed_asset_investment'],
  ['actualFixedAssetInvestment', 'p.actual_fixed_asset_investment'],
  ['expectedOutput', 'p.expected_output'],
] as const;

type AmountKey = (typeof AMOUNTS)[number][0];

/** One tally as it comes back from SQL: the count and each sum as exact decimal text. */
interface TallyRow {
  count: number;
  sums: Record<AmountKey, string>;
}

const EMPTY: TallyRow = {
  count: 0,
  sums: { contractInvestment: '0', plannedFixedAssetInvestment: '0', actualFixedAssetInvestment: '0', expectedOutput: '0' },
};

/** The breakdowns of landed projects: the figure's field, the column grouped by, the ProjectFilter field testing it. */
const BREAKDOWNS = [
  ['byIndustry', 'p.industry_code', 'industryCode'],
  ['bySegment', 'p.segment_code', 'segmentCode'],
  ['byChannel', 'p.channel', 'channels'],
  ['byPartner', 'p.source_organization_id', 'sourceOrganizationId'],
  ['byTown', 'p.town_code', 'townCode'],
  ['byPark', 'p.park_code', 'parkCode'],
] as const;

type BreakdownField = (typeof BREAKDOWNS)[number][0];

/** The calendar buckets a period's tallies are given in. */
const BUCKETS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];

function tallyOf(row: Record<string, unknown>): TallyRow {
  return {
    count: Number(row['count'] ?? 0),
    sums: Object.fromEntries(
      AMOUNTS.map(([key], i) => [key, normalizeDecimal(String(row[`sum_${i}`] ?? '0'))]),
    ) as Record<AmountKey, string>,
  };
}

function addTallies(a: TallyRow, b: TallyRow): TallyRow {
  return {
    count: a.count + b.count,
    sums: Object.fromEntries(
      AMOUNTS.map(([key]) => [key, addDecimals(a.sums[key], b.sums[key])]),
    ) as Record<AmountKey, string>,
  };
}

function tally(row: TallyRow | undefined, filter: ProjectFilter): ProjectTally {
  const r = row ?? EMPTY;
  const drill = filter as DrillFilter;
  return {
    projects: countFigure(r.count, 'PROJECTS', drill),
    contractInvestment: amountFigure(r.sums.contractInvestment, 'PROJECTS', drill),
    plannedFixedAssetInvestment: amountFigure(r.sums.plannedFixedAssetInvestment, 'PROJECTS', drill),
    actualFixedAssetInvestment: amountFigure(r.sums.actualFixedAssetInvestment, 'PROJECTS', drill),
    expectedOutput: amountFigure(r.sums.expectedOutput, 'PROJECTS', drill),
  };
}

function ratio(part: string | number, whole: string | number): number | null {
  const share = divideDecimals(String(part), String(whole), 6);
  return share === null ? null : Number(share);
}

/**
 * 项目签约与落地. Signed and landed are the project facts signed_on and landed_on (the rules'
 * SIGNED_SQL / LANDED_SQL), filtered by the project list's own conditions (signedFrom/To,
 * landedFrom/To), so each figure's drill lists exactly its projects. Three grouped statements:
 * signed per month/quarter/year, landed per month/quarter/year, landed per breakdown.
 *
 * As of a past day the period ends on it, so a 签约 or 工商注册 date recorded later for a later day
 * changes nothing; one recorded (or corrected) for a day on or before it rewrites that history, as
 * do edits of a project's amounts and attribution, which have no history.
 */
@Injectable()
export class LandingService {
  private readonly projects: ListQuery<Project, ProjectFilter, ProjectOrderField>;

  constructor(
    connection: TransactionalConnection,
    clock: Clock,
    private readonly reference: ReferenceService,
    private readonly organizations: OrganizationsService,
  ) {
    this.projects = new ListQuery(PROJECT_LIST, connection, clock);
  }

  async landing(ctx: RequestContext, scope: DashboardScope): Promise<DashboardLanding> {
    const { from, to } = scope.period;
    const attribution: ProjectFilter = scope.attribution();
    const signedBase: ProjectFilter = { ...attribution, signedFrom: from, signedTo: to };
    const landedBase: ProjectFilter = { ...attribution, landedFrom: from, landedTo: to };
    // Independent statements, sent together: the group waits for the slowest, not for their sum.
    const leading = this.reference
      .industries(ctx)
      .then((industries) => industries.filter((i) => i.leading).map((i) => i.code));
    const [signed, landed, leadingCodes, groups] = await Promise.all([
      this.byPeriod(ctx, signedBase, SIGNED_SQL),
      this.byPeriod(ctx, landedBase, LANDED_SQL),
      leading,
      leading.then((codes) => this.breakdowns(ctx, landedBase, codes)),
    ]);

    const rows = (kind: PeriodKind): LandingPeriodRow[] =>
      periodsIn(kind, { from, to }).map((period) => {
        const key = `${kind}:${periodContaining(kind, period.from).from}`;
        return {
          kind,
          label: period.label,
          from: period.from,
          to: period.to,
          signed: tally(signed.get(key), { ...signedBase, signedFrom: period.from, signedTo: period.to }),
          landed: tally(landed.get(key), { ...landedBase, landedFrom: period.from, landedTo: period.to }),
        };
      });

    const names = await this.names(ctx, groups);
    const breakdown = (field: BreakdownField, filterField: string): LandingGroup[] =>
      [...(groups.get(field) ?? new Map<string, TallyRow>()).entries()]
        .map(([key, row]) => ({
          key,
          name: names(field, key),
          landed: tally(row, {
            ...landedBase,
            [filterField]: filterField === 'channels' ? [key] : key,
          } as ProjectFilter),
        }))
        .sort((a, b) => b.landed.projects.value - a.landed.projects.value || a.key.localeCompare(b.key));

    const landedTotal = landed.get('ALL') ?? EMPTY;
    const leadingRow = groups.get('leading')?.get('true') ?? EMPTY;
    const byField = Object.fromEntries(
      BREAKDOWNS.map(([field, , filterField]) => [field, breakdown(field, filterField)]),
    ) as Record<BreakdownField, LandingGroup[]>;
    return {
      signed: tally(signed.get('ALL'), signedBase),
      landed: tally(landedTotal, landedBase),
      byMonth: rows('MONTH'),
      byQuarter: rows('QUARTER'),
      byYear: rows('YEAR'),
      ...byField,
      leadingIndustries: {
        industryCodes: leadingCodes,
        landed: tally(leadingRow, { ...landedBase, industryCodes: leadingCodes }),
        projectShare: ratio(leadingRow.count, landedTotal.count),
        contractInvestmentShare: ratio(leadingRow.sums.contractInvestment, landedTotal.sums.contractInvestment),
      },
    };
  }

  /**
   * Tallies per calendar month, quarter and year of the date, and in total, under the filter
   * (which holds the date to the period, so each calendar bucket is the period's clipped one).
   * Keys: `MONTH:2026-03-01`, `QUARTER:2026-01-01`, `YEAR:2026-01-01`, `ALL`. SQL groups by month
   * only; quarters, years and the total are the months added up exactly (counts, decimal sums):
   * three more grouping sets, each formatting a date per row, cost PostgreSQL more than the rest.
   */
  private async byPeriod(
    ctx: RequestContext,
    filter: ProjectFilter,
    date: string,
  ): Promise<Map<string, TallyRow>> {
    const month = `to_char(${date}, 'YYYY-MM')`;
    const query = this.projects.query(ctx, filter);
    this.selectTally(query.select(month, 'month'));
    const raw = await query.groupBy(month).getRawMany<Record<string, unknown>>();
    const out = new Map<string, TallyRow>();
    const add = (key: string, row: TallyRow) => out.set(key, addTallies(out.get(key) ?? EMPTY, row));
    for (const row of raw) {
      const first = `${String(row['month'])}-01`;
      const monthly = tallyOf(row);
      for (const kind of BUCKETS) add(`${kind}:${periodContaining(kind, first).from}`, monthly);
      add('ALL', monthly);
    }
    return out;
  }

  /** Landed tallies per value of each breakdown column, and for the leading industries, in one statement. */
  private async breakdowns(
    ctx: RequestContext,
    filter: ProjectFilter,
    leadingCodes: readonly string[],
  ): Promise<Map<string, Map<string, TallyRow>>> {
    // The same test as the drill's industryCodes (inCondition on p.industry_code).
    const leading = leadingCodes.length ? 'p.industry_code IN (:...leadingCodes)' : 'FALSE';
    const columns = [...BREAKDOWNS.map(([, column]) => column), `(${leading})`];
    const query = this.projects.query(ctx, filter);
    this.selectTally(query.select(`(${columns[0]})::text`, 'g_0'));
    columns.slice(1).forEach((column, i) => query.addSelect(`(${column})::text`, `g_${i + 1}`));
    // Which grouping set a row belongs to: the plain column whose GROUPING() is 0; the leading
    // industries' set is the one row kind where every plain column is rolled up. (GROUPING() of
    // the parameterised expression itself is refused by PostgreSQL as not the same expression.)
    BREAKDOWNS.forEach(([, column], i) => query.addSelect(`GROUPING(${column})`, `r_${i}`));
    if (leadingCodes.length) query.setParameter('leadingCodes', leadingCodes);
    const raw = await query
      .groupBy(`GROUPING SETS (${columns.map((c) => `(${c})`).join(', ')})`)
      .getRawMany<Record<string, unknown>>();
    const fields: string[] = [...BREAKDOWNS.map(([field]) => field), 'leading'];
    const out = new Map<string, Map<string, TallyRow>>(fields.map((f) => [f, new Map()]));
    for (const row of raw) {
      const plain = BREAKDOWNS.findIndex((_, k) => Number(row[`r_${k}`]) === 0);
      const i = plain < 0 ? BREAKDOWNS.length : plain;
      const value = row[`g_${i}`];
      // A project without the value (no partner, town or park) cannot be drilled to: left out.
      if (value === null || value === undefined) continue;
      out.get(fields[i])?.set(String(value), tallyOf(row));
    }
    return out;
  }

  private selectTally<Q extends { addSelect(sql: string, alias: string): Q }>(query: Q): Q {
    query.addSelect('COUNT(*)::int', 'count');
    AMOUNTS.forEach(([, column], i) => query.addSelect(`COALESCE(SUM(${column}), 0)::text`, `sum_${i}`));
    return query;
  }

  /** Display names of the breakdown keys, from the reference data and the organisations. */
  private async names(
    ctx: RequestContext,
    groups: Map<string, Map<string, TallyRow>>,
  ): Promise<(field: BreakdownField, key: string) => string | null> {
    const keys = (field: string) => [...(groups.get(field)?.keys() ?? [])];
    const [industries, segments, towns, parks, partners] = await Promise.all([
      this.reference.industryLoader(ctx).loadMany(keys('byIndustry')),
      this.reference.segmentLoader(ctx).loadMany(keys('bySegment')),
      this.reference.placeLoader(ctx).loadMany(keys('byTown')),
      this.reference.parkLoader(ctx).loadMany(keys('byPark')),
      this.organizations.loader(ctx).loadMany(keys('byPartner')),
    ]);
    const index = (ks: string[], found: ReadonlyArray<{ name: string } | null | Error>) =>
      new Map(ks.map((k, i) => [k, (found[i] && !(found[i] instanceof Error) ? (found[i] as { name: string }).name : null)]));
    const byField: Partial<Record<BreakdownField, Map<string, string | null>>> = {
      byIndustry: index(keys('byIndustry'), industries),
      bySegment: index(keys('bySegment'), segments),
      byTown: index(keys('byTown'), towns),
      byPark: index(keys('byPark'), parks),
      byPartner: index(keys('byPartner'), partners),
    };
    return (field, key) => {
      if (field === 'byChannel') {
        const channel = CHANNELS.find((c) => c === key);
        return channel ? CHANNEL_LABELS[channel].zh : null;
      }
      return byField[field]?.get(key) ?? null;
    };
  }
}
