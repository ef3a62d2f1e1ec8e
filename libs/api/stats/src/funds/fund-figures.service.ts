import { Injectable } from '@nestjs/common';
import { districtTotals } from '@lianzhao/domain';
import { Clock, ListQuery, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import {
  INVESTMENT_LIST,
  ReinvestmentService,
  type Investment,
  type InvestmentFilter,
  type InvestmentOrderField,
} from '@lianzhao/api-funds';
import { listDrill } from '../list-drill';
import { amountFigure, countFigure } from '../figures.types';
import type { DashboardFunds } from './fund-figures.types';

/** 投资科创项目 as an investments list filter: one row per enterprise, so totalCount counts enterprises. */
export const SCI_TECH_PROJECTS_FILTER: InvestmentFilter = { sciTech: true, firstPaidOfEnterprise: true };

/**
 * 基金与返投: the reinvestment service's progress per fund the caller may read (its rules' SQL
 * twin, finished by the domain, once per request) and district totals (districtTotals), with
 * counts of investments by recognition and 投资科创项目 through the investments list's
 * conditions. The funds' 返投 is computed on read under the current rules, so it is the state
 * now: the period, the as-of day and the attribution cut do not apply to it, and the page asks
 * for it apart from its filtered figures (DashboardFunds). Three statements whatever the data
 * size (the rules' CTEs evaluated once for the sums and the recognition counts together).
 */
@Injectable()
export class FundFiguresService {
  private readonly investments: ListQuery<Investment, InvestmentFilter, InvestmentOrderField>;

  constructor(
    connection: TransactionalConnection,
    clock: Clock,
    private readonly reinvestment: ReinvestmentService,
  ) {
    this.investments = new ListQuery(INVESTMENT_LIST, connection, clock);
  }

  async figures(ctx: RequestContext): Promise<DashboardFunds> {
    // In the funds list's order: largest first, ties by id.
    const [byFund, sciTech] = await Promise.all([
      this.reinvestment.scopedProgress(ctx),
      this.investments.count(ctx, SCI_TECH_PROJECTS_FILTER),
    ]);
    const funds = byFund.map((f) => f.fund);
    const progress = byFund.map((f) => f.progress);
    const counted = new Map(byFund.map((f) => [f.fund.id, f.countedInvestments]));
    const pending = new Map(byFund.map((f) => [f.fund.id, f.pendingInvestments]));
    const totals = districtTotals(
      funds.map((fund, i) => ({
        size: fund.size,
        governmentContribution: fund.governmentContribution,
        progress: progress[i],
      })),
      sciTech,
    );
    const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    const COUNTED: InvestmentFilter = { recognition: ['COUNTED'] };
    const PENDING: InvestmentFilter = { recognition: ['PENDING'] };
    return {
      obligation: totals.obligation,
      counted: amountFigure(totals.counted, 'INVESTMENTS', listDrill(COUNTED)),
      pending: amountFigure(totals.pending, 'INVESTMENTS', listDrill(PENDING)),
      gap: totals.gap,
      countedInvestments: countFigure(sum(counted), 'INVESTMENTS', listDrill(COUNTED)),
      pendingInvestments: countFigure(sum(pending), 'INVESTMENTS', listDrill(PENDING)),
      leverageScale: totals.leverageScale,
      governmentContribution: totals.governmentContribution,
      sciTechProjects: countFigure(
        totals.sciTechProjects,
        'INVESTMENTS',
        listDrill(SCI_TECH_PROJECTS_FILTER),
      ),
      fundCount: funds.length,
      fundRows: (first) =>
        (first ? funds.slice(0, first) : funds).map((fund, i) => {
          const p = progress[i];
          const own = { fundIds: [fund.id] };
          return {
            fundId: fund.id,
            name: fund.name,
            obligation: p.obligation,
            counted: amountFigure(p.counted, 'INVESTMENTS', listDrill({ ...own, ...COUNTED })),
            pending: amountFigure(p.pending, 'INVESTMENTS', listDrill({ ...own, ...PENDING })),
            gap: p.gap,
            ratio: p.ratio,
            countedInvestments: countFigure(
              counted.get(fund.id) ?? 0,
              'INVESTMENTS',
              listDrill({ ...own, ...COUNTED }),
            ),
            pendingInvestments: countFigure(
              pending.get(fund.id) ?? 0,
              'INVESTMENTS',
              listDrill({ ...own, ...PENDING }),
            ),
          };
        }),
    };
  }
}
