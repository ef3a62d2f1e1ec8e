// The demo history's fund investments and the admin's entered target actuals (demo-history.ts).
import type { INestApplication } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  multiplyDecimals,
  type InvestmentRound,
  type TargetMetric,
} from '@lianzhao/domain';
import { type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { FundsService, InvestmentsService } from '@lianzhao/api-funds';
import { Organization } from '@lianzhao/api-users';

import {
  shanghaiAt,
  shanghaiDay,
  monthStart,
  Person,
  HistoryLead,
  insertRows,
  Draw,
} from './demo-history-kit';

/**
 * A district 科创 fund-of-funds and investments of the demo funds in history companies, through
 * the funds context (its rules decide what counts toward 返投).
 */
export async function seedInvestments(
  app: INestApplication,
  ctx: RequestContext,
  draw: Draw,
  projects: ReadonlyArray<{ lead: HistoryLead; landedOn: string | null }>,
  today: string,
): Promise<void> {
  const funds = app.get(FundsService);
  const investments = app.get(InvestmentsService);
  const managers = app
    .get(TransactionalConnection)
    .getRepository(ctx, Organization)
    .find({ where: { kind: 'FUND_MANAGER' }, order: { createdAt: 'ASC', name: 'ASC' } });
  const [manager] = await managers;
  const vintageDate = monthStart(today, 20);
  const fund = await funds.create(ctx, {
    name: '奉贤区科创母基金（示例）',
    kind: 'GOVERNMENT_GUIDANCE',
    managerOrganizationId: manager.id,
    size: '500000',
    governmentContribution: '150000',
    vintageDate,
    termYears: 10,
    focusSegmentCodes: ['BIOLOGICS', 'ENERGY_STORAGE', 'HUMANOID_ROBOTS', 'ELECTRONIC_CHEMICALS'],
    status: 'INVESTING',
    reinvestmentMultiple: '1.2',
    reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
    ruleChangeNote: '按合伙协议：返投不低于区政府出资的 1.2 倍',
  });
  const rounds: InvestmentRound[] = ['ANGEL', 'PRE_A', 'A', 'B', 'C_PLUS'];
  const chosen = projects.filter((p) => p.lead.industryCode !== 'OTHER').filter(() => draw.chance(0.5));
  for (const p of chosen) {
    const signedOn = shanghaiDay(p.lead.moves[p.lead.moves.length - 1].at);
    // Paid after the signing and after the fund was set up, never in the future.
    const after = signedOn > vintageDate ? signedOn : vintageDate;
    const day = addDays(after, draw.int(10, 200));
    const stage = draw.chance(0.8) ? 'PAID' : draw.pick(['INTENDED', 'DECIDED'] as const);
    await investments.record(ctx, {
      fundId: fund.id,
      enterpriseId: p.lead.enterpriseId,
      amount: String(draw.int(5, 60) * 100),
      date: day <= today ? day : today,
      round: draw.pick(rounds),
      stage,
      leadId: p.lead.id,
    });
  }
}

/** Figures of the year before and this year, as an admin entered them from the statistics bureau. */
const ENTERED_ACTUALS: ReadonlyArray<[TargetMetric, number, string, readonly string[]]> = [
  // metric, unit factor to the stored unit (亿元 → 万元), last year's figure, this year's year-to-date by quarter.
  ['INDUSTRIAL_OUTPUT', 10_000, '2980', ['760.4', '1562.8', '2371.5', '3190']],
  ['LEADING_INDUSTRY_OUTPUT', 10_000, '1960', ['505.2', '1038.6', '1590.3', '2150']],
  ['SPECIALIZED_ENTERPRISES', 1, '1180', ['1208', '1265', '1310', '1352']],
  ['STRATEGIC_EMERGING_SHARE', 1, '41.2', ['42.5', '43.1', '44', '44.6']],
  ['HIGH_TECH_ENTERPRISES', 1, '2180', ['2205', '2290', '2350', '2410']],
  ['CHAMPION_ENTERPRISES', 1, '3', ['4', '5', '6', '6']],
  ['INDUSTRIAL_LANDMARKS', 1, '1', ['1', '3', '3', '4']],
  ['INNOVATION_PLATFORMS', 1, '19', ['20', '22', '24', '25']],
  ['APPLICATION_SCENARIOS', 1, '28', ['7', '15', '22', '31']],
  ['TECH_CONTRACT_VALUE', 10_000, '86.5', ['21.3', '47.8', '72.6', '98.4']],
  ['SMART_FACTORIES', 1, '6', ['7', '9', '11', '12']],
  ['GREEN_FACTORIES', 1, '18', ['19', '21', '22', '24']],
  ['ACADEMICIAN_WORKSTATIONS', 1, '7', ['8', '10', '12', '13']],
  ['TECH_TALENTS', 1, '150', ['176', '221', '268', '302']],
  ['FOREIGN_TRADE', 10_000, '1320', ['318', '655', '1002', '1364']],
];

/** This year's targets, on the way to the 2027 ones (the 2027 ones come with the migration). */
const THIS_YEAR_TARGETS: ReadonlyArray<[TargetMetric, string]> = [
  ['INDUSTRIAL_OUTPUT', '33000000'],
  ['LEADING_INDUSTRY_OUTPUT', '22000000'],
  ['SPECIALIZED_ENTERPRISES', '1350'],
  ['STRATEGIC_EMERGING_SHARE', '45'],
  ['HIGH_TECH_ENTERPRISES', '2400'],
  ['CHAMPION_ENTERPRISES', '6'],
  ['INDUSTRIAL_LANDMARKS', '3'],
  ['INNOVATION_PLATFORMS', '25'],
  ['APPLICATION_SCENARIOS', '30'],
  ['TECH_CONTRACT_VALUE', '900000'],
  ['SMART_FACTORIES', '12'],
  ['GREEN_FACTORIES', '24'],
  ['MANUFACTURING_LAND', '2000'],
  ['ACADEMICIAN_WORKSTATIONS', '14'],
  ['TECH_TALENTS', '280'],
  ['FUND_LEVERAGE', '2000000'],
  ['SCI_TECH_INVESTMENTS', '60'],
  ['FOREIGN_TRADE', '14000000'],
  ['LEADING_INDUSTRY_INVESTMENT_LANDED', '1200000'],
];

export async function seedTargetActuals(
  manager: EntityManager,
  admin: Person,
  today: string,
  now: Date,
): Promise<void> {
  const year = Number(today.slice(0, 4));
  const rows: unknown[][] = [];
  const enteredAt = (periodEnd: string) => {
    const at = shanghaiAt(addDays(periodEnd, 18), 600);
    return at < now ? at : null;
  };
  const stored = (value: string, factor: number) => multiplyDecimals(value, String(factor));
  for (const [metric, factor, lastYear, quarters] of ENTERED_ACTUALS) {
    const yearEnd = `${year - 1}-12-31`;
    const at = enteredAt(yearEnd);
    if (at)
      rows.push([
        year - 1,
        metric,
        yearEnd,
        stored(lastYear, factor),
        `区统计局 ${year - 1} 年统计年报`,
        admin.id,
        admin.name,
        at,
      ]);
    quarters.forEach((value, q) => {
      const periodEnd =
        q === 3 ? `${year}-12-31` : addDays(`${year}-${String(q * 3 + 4).padStart(2, '0')}-01`, -1);
      const when = enteredAt(periodEnd);
      if (when)
        rows.push([
          year,
          metric,
          periodEnd,
          stored(value, factor),
          `区统计局 ${year} 年 1–${q * 3 + 3} 月快报`,
          admin.id,
          admin.name,
          when,
        ]);
    });
  }
  await insertRows(
    manager,
    'target_actuals',
    [
      ['year', 'int'],
      ['metric', 'varchar'],
      ['period_end', 'date'],
      ['value', 'numeric'],
      ['source_note', 'text'],
      ['entered_by', 'uuid'],
      ['entered_by_name', 'varchar'],
      ['entered_at', 'timestamptz'],
    ],
    rows,
  );
  await manager.query(
    `INSERT INTO targets (year, metric, value, note, updated_by, updated_by_name)
     SELECT $1, metric, value, '年度分解目标（示例）', $4, $5
       FROM unnest(CAST($2 AS varchar[]), CAST($3 AS numeric[])) AS t(metric, value)
     ON CONFLICT (year, metric) DO NOTHING`,
    [year, THIS_YEAR_TARGETS.map(([m]) => m), THIS_YEAR_TARGETS.map(([, v]) => v), admin.id, admin.name],
  );
}
