import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  districtTotals,
  leverageScale,
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

/** A fund the caller may read, with its 返投 progress and the recognition counts of its investments. */
export interface FundProgress {
  readonly fund: Fund;
  readonly progress: ReinvestmentProgress;
  readonly countedInvestments: number;
  readonly pendingInvestments: number;
}

const NO_SUMS: ReinvestmentSums = { counted: '0', pending: '0', pipeline: '0' };

function sumsOf(row: SumsRow): ReinvestmentSums {
  return {
    counted: normalizeDecimal(row.counted),
    pending: normalizeDecimal(row.pending),
    pipeline: normalizeDecimal(row.pipeline),
  };
}

/** A fund's sums off one evaluation of every fund (none: a fund without investments or lines). */
function sumsIn(byId: ReadonlyMap<string, SumsRow>, fundId: string): ReinvestmentSums {
  const row = byId.get(fundId);
  return row ? sumsOf(row) : NO_SUMS;
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
   * Every fund's sums and recognition counts, keyed by fund id: one evaluation of the rules per
   * request, shared by whoever asks in it (the cockpit's funds and targets panels). A fund's row
   * does not depend on which other funds are evaluated with it, so callers pick the funds they may
   * read out of it.
   */
  private allFunds(ctx: RequestContext): Promise<ReadonlyMap<string, SumsAndCountsRow>> {
    return ctx
      .loader(
        'ReinvestmentAllFunds',
        () =>
          new DataLoader<'all', ReadonlyMap<string, SumsAndCountsRow>>(async (keys) => {
            const rows = await this.run<SumsAndCountsRow>(ctx, sumsAndCountsSql(ALL_FUNDS), ALL_FUNDS.parameters);
            const byId: ReadonlyMap<string, SumsAndCountsRow> = new Map(rows.map((row) => [row.fund_id, row]));
            return keys.map(() => byId);
          }),
      )
      .load('all');
  }

  /**
   * Every fund the caller may read (staff: all of them), largest first, with its progress and how many of its
   * investments are counted and pending, off the request's one evaluation; loaded, hydrated and
   * finished once per request, whoever asks in it (the cockpit's funds panel, the district totals:
   * at 3,000 funds each doing it again cost tens of milliseconds of CPU).
   */
  scopedProgress(ctx: RequestContext): Promise<readonly FundProgress[]> {
    return ctx
      .loader(
        'ReinvestmentScopedProgress',
        () =>
          new DataLoader<'all', readonly FundProgress[]>(async (keys) => {
            // Largest fund first, ties by id, so the cockpit lists them in one stable order.
            const ordered = this.queries.scopedFunds(ctx).orderBy('f.size', 'DESC').addOrderBy('f.id', 'ASC');
            const [funds, byId] = await Promise.all([ordered.getMany(), this.allFunds(ctx)]);
            const out = funds.map((fund) => {
              const row = byId.get(fund.id);
              return {
                fund,
                progress: reinvestmentProgress(
                  { size: fund.size, governmentContribution: fund.governmentContribution, rule: fund },
                  sumsIn(byId, fund.id),
                ),
                countedInvestments: Number(row?.counted_investments ?? 0),
                pendingInvestments: Number(row?.pending_investments ?? 0),
              };
            });
            return keys.map(() => out);
          }),
      )
      .load('all');
  }

  /** District totals over every fund the caller may read (staff: all of them), off the request's one evaluation. */
  async totals(ctx: RequestContext): Promise<FundTotalsResult> {
    const [funds, [sciTech]] = await Promise.all([
      this.scopedProgress(ctx),
      this.run<{ count: string }>(ctx, sciTechProjectsSql(SCI_TECH_TAG_CODES), {}),
    ]);
    return districtTotals(
      funds.map(({ fund, progress }) => ({
        size: fund.size,
        governmentContribution: fund.governmentContribution,
        progress,
      })),
      Number(sciTech?.count ?? 0),
    );
  }

  /**
   * 撬动规模 and 投资科创项目 over the funds the caller may read: the district totals that need no
   * 返投 evaluation (the targets panel's), so asking for them costs two small statements.
   */
  async leverageTotals(ctx: RequestContext): Promise<Pick<FundTotalsResult, 'leverageScale' | 'sciTechProjects'>> {
    const [funds, [sciTech]] = await Promise.all([
      this.queries
        .scopedFunds(ctx)
        .select('CAST(f.size AS text)', 'size')
        .addSelect('CAST(f.government_contribution AS text)', 'contribution')
        .getRawMany<{ size: string; contribution: string }>(),
      this.run<{ count: string }>(ctx, sciTechProjectsSql(SCI_TECH_TAG_CODES), {}),
    ]);
    return {
      leverageScale: leverageScale(
        funds.map((f) => ({ size: normalizeDecimal(f.size), governmentContribution: normalizeDecimal(f.contribution) })),
      ),
      sciTechProjects: Number(sciTech?.count ?? 0),
    };
  }
}
