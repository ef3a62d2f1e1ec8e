import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  districtTotals,
  normalizeDecimal,
  reinvestmentProgress,
  SCI_TECH_TAG_CODES,
  type FundTotalsResult,
  type InvestmentRecognition,
  type ReinvestmentLine,
  type ReinvestmentProgress,
  type ReinvestmentSums,
} from '@lianzhao/domain';
import { Clock, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Fund } from './fund.entity';
import { FundQueriesService } from './fund-queries.service';
import {
  ALL_FUNDS,
  fundsById,
  ledgerSql,
  recognitionSql,
  runReinvestmentSql,
  sciTechProjectsSql,
  sumsAndCountsSql,
  sumsSql,
  type LedgerRow,
  type RecognitionRow,
  type SumsAndCountsRow,
  type SumsRow,
} from './reinvestment-rules.sql';

const NO_SUMS: ReinvestmentSums = { counted: '0', pending: '0', pipeline: '0' };

function sumsOf(row: SumsRow): ReinvestmentSums {
  return {
    counted: normalizeDecimal(row.counted),
    pending: normalizeDecimal(row.pending),
    pipeline: normalizeDecimal(row.pipeline),
  };
}

function lineOf(row: LedgerRow): ReinvestmentLine {
  return {
    fundId: row.fund_id,
    kind: row.kind,
    status: row.status,
    countedFrom: row.counted_from,
    baseAmount: normalizeDecimal(row.base_amount),
    coefficient: normalizeDecimal(row.coefficient),
    amount: normalizeDecimal(row.amount),
    enterpriseId: row.enterprise_id,
    investmentId: row.investment_id,
    referralId: row.referral_id,
    projectId: row.project_id,
  };
}

/**
 * 返投 figures, computed on read by the rules' SQL twin (reinvestment-rules.sql.ts) and finished by
 * libs/domain (obligation, gap, ratio from the sums): a milestone date, a referral decision or an
 * investment change shows in the next read. Callers pass funds they were allowed to read (the
 * funds context's scoped reads), so a partner only ever asks about its own funds.
 */
@Injectable()
export class ReinvestmentService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly queries: FundQueriesService,
    private readonly clock: Clock,
  ) {}

  private run<T>(
    ctx: RequestContext,
    sql: string,
    parameters: Readonly<Record<string, unknown>>,
  ): Promise<T[]> {
    return runReinvestmentSql<T>(this.connection.getRepository(ctx, Fund).manager, sql, {
      ...parameters,
      today: this.clock.today(),
    });
  }

  /** A fund's progress; the funds of one request (a page of the list) share one grouped statement. */
  async progress(ctx: RequestContext, fund: Fund): Promise<ReinvestmentProgress> {
    const sums = await ctx
      .loader(
        'ReinvestmentSumsByFund',
        () =>
          new DataLoader<string, ReinvestmentSums>(async (ids) => {
            const scope = fundsById(ids);
            const rows = await this.run<SumsRow>(ctx, sumsSql(scope), scope.parameters);
            const byId = new Map(rows.map((row) => [row.fund_id, sumsOf(row)]));
            return ids.map((id) => byId.get(id) ?? NO_SUMS);
          }),
      )
      .load(fund.id);
    return reinvestmentProgress(
      { size: fund.size, governmentContribution: fund.governmentContribution, rule: fund },
      sums,
    );
  }

  /** A fund's ledger, counted lines first by day; the funds of one request share one statement. */
  ledger(ctx: RequestContext, fundId: string): Promise<ReinvestmentLine[]> {
    return ctx
      .loader(
        'ReinvestmentLedgerByFund',
        () =>
          new DataLoader<string, ReinvestmentLine[]>(async (ids) => {
            const scope = fundsById(ids);
            const lines = (await this.run<LedgerRow>(ctx, ledgerSql(scope), scope.parameters)).map(lineOf);
            return ids.map((id) => lines.filter((line) => line.fundId === id));
          }),
      )
      .load(fundId);
  }

  /** An investment's recognition, batched per request. */
  recognition(ctx: RequestContext, investmentId: string): Promise<InvestmentRecognition> {
    return ctx
      .loader(
        'InvestmentRecognition',
        () =>
          new DataLoader<string, InvestmentRecognition>(async (ids) => {
            const rows = await this.run<RecognitionRow>(ctx, recognitionSql(), { investmentIds: [...ids] });
            const byId = new Map(rows.map((row) => [row.investment_id, row.recognition]));
            return ids.map((id) => byId.get(id) ?? 'NOT_COUNTED');
          }),
      )
      .load(investmentId);
  }

  /**
   * The progress of each of `funds` (funds the caller was allowed to read) with how many of its
   * investments are counted and pending, in one statement (the cockpit's funds figures).
   */
  async progressWithCounts(
    ctx: RequestContext,
    funds: readonly Fund[],
  ): Promise<
    Map<string, { progress: ReinvestmentProgress; countedInvestments: number; pendingInvestments: number }>
  > {
    const out = new Map<
      string,
      { progress: ReinvestmentProgress; countedInvestments: number; pendingInvestments: number }
    >();
    if (!funds.length) return out;
    const scope = fundsById(funds.map((f) => f.id));
    const rows = await this.run<SumsAndCountsRow>(ctx, sumsAndCountsSql(scope), scope.parameters);
    const byId = new Map(rows.map((row) => [row.fund_id, row]));
    for (const fund of funds) {
      const row = byId.get(fund.id);
      out.set(fund.id, {
        progress: reinvestmentProgress(
          { size: fund.size, governmentContribution: fund.governmentContribution, rule: fund },
          row ? sumsOf(row) : NO_SUMS,
        ),
        countedInvestments: Number(row?.counted_investments ?? 0),
        pendingInvestments: Number(row?.pending_investments ?? 0),
      });
    }
    return out;
  }

  /** District totals over every fund the caller may read (staff: all of them). */
  async totals(ctx: RequestContext): Promise<FundTotalsResult> {
    const funds = await this.queries.scopedFunds(ctx).getMany();
    const rows = await this.run<SumsRow>(ctx, sumsSql(ALL_FUNDS), ALL_FUNDS.parameters);
    const sums = new Map(rows.map((row) => [row.fund_id, sumsOf(row)]));
    const [sciTech] = await this.run<{ count: string }>(ctx, sciTechProjectsSql(SCI_TECH_TAG_CODES), {});
    return districtTotals(
      funds.map((fund) => ({
        size: fund.size,
        governmentContribution: fund.governmentContribution,
        progress: reinvestmentProgress(
          { size: fund.size, governmentContribution: fund.governmentContribution, rule: fund },
          sums.get(fund.id) ?? NO_SUMS,
        ),
      })),
      Number(sciTech?.count ?? 0),
    );
  }
}
