import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { SelectQueryBuilder } from 'typeorm';
import { Clock, ListQuery, notFound, RequestContext, scopedQuery, type ListPage } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type { Fund } from './fund.entity';
import type { Investment } from './investment.entity';
import { FUND_LIST, INVESTMENT_LIST } from './fund-list';
import type { FundFilter, FundListArgs, FundOrder, FundOrderField } from './dto/fund.inputs';
import type {
  InvestmentFilter,
  InvestmentListArgs,
  InvestmentOrder,
  InvestmentOrderField,
} from './dto/investment.inputs';

/**
 * Every read of funds and investments: the lists, single rows and the per-request loaders, all
 * under the lists' scope (fundScopeSql), so a partner reads only its own funds wherever it asks.
 */
@Injectable()
export class FundQueriesService {
  private readonly fundList: ListQuery<Fund, FundFilter, FundOrderField>;
  private readonly investmentList: ListQuery<Investment, InvestmentFilter, InvestmentOrderField>;

  constructor(
    private readonly connection: TransactionalConnection,
    clock: Clock,
  ) {
    this.fundList = new ListQuery(FUND_LIST, connection, clock);
    this.investmentList = new ListQuery(INVESTMENT_LIST, connection, clock);
  }

  funds(ctx: RequestContext, args: FundListArgs): Promise<ListPage<Fund, FundFilter>> {
    return this.fundList.page(ctx, args);
  }

  investments(
    ctx: RequestContext,
    args: InvestmentListArgs,
  ): Promise<ListPage<Investment, InvestmentFilter>> {
    return this.investmentList.page(ctx, args);
  }

  fundExportRows(
    ctx: RequestContext,
    filter: FundFilter | undefined,
    orderBy: FundOrder | undefined,
  ): Promise<Fund[]> {
    return this.fundList.exportRows(ctx, { filter, orderBy });
  }

  investmentExportRows(
    ctx: RequestContext,
    filter: InvestmentFilter | undefined,
    orderBy: InvestmentOrder | undefined,
  ): Promise<Investment[]> {
    return this.investmentList.exportRows(ctx, { filter, orderBy });
  }

  /** Funds this caller may see, for reads outside the list (the figures of funds-reinvestment too). */
  scopedFunds(ctx: RequestContext): SelectQueryBuilder<Fund> {
    return scopedQuery(this.connection, ctx, FUND_LIST);
  }

  /** Investments this caller may see, for reads outside the list. */
  scopedInvestments(ctx: RequestContext): SelectQueryBuilder<Investment> {
    return scopedQuery(this.connection, ctx, INVESTMENT_LIST);
  }

  /** One fund, read afresh; NOT_FOUND also when it is another manager's. */
  async get(ctx: RequestContext, id: string): Promise<Fund> {
    const fund = await this.scopedFunds(ctx).andWhere('f.id = :id', { id }).getOne();
    if (!fund) throw notFound('基金');
    return fund;
  }

  async getInvestment(ctx: RequestContext, id: string): Promise<Investment> {
    const row = await this.scopedInvestments(ctx).andWhere('i.id = :id', { id }).getOne();
    if (!row) throw notFound('投资');
    return row;
  }

  /** Funds by id, batched per request and scoped (another manager's fund loads as null). */
  fundLoader(ctx: RequestContext): DataLoader<string, Fund | null> {
    return ctx.loader(
      'ScopedFundById',
      () =>
        new DataLoader<string, Fund | null>(async (ids) => {
          const rows = await this.scopedFunds(ctx)
            .andWhere('f.id = ANY(:ids)', { ids: [...ids] })
            .getMany();
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** The investments of a fund, an enterprise or a project, newest first; one query per request and key kind. */
  investmentsBy(
    ctx: RequestContext,
    key: 'fund_id' | 'enterprise_id' | 'project_id',
    id: string,
  ): Promise<Investment[]> {
    const property = ({ fund_id: 'fundId', enterprise_id: 'enterpriseId', project_id: 'projectId' } as const)[
      key
    ];
    return ctx
      .loader(
        `InvestmentsBy:${key}`,
        () =>
          new DataLoader<string, Investment[]>(async (ids) => {
            const rows = await this.scopedInvestments(ctx)
              .andWhere(`i.${key} = ANY(:ids)`, { ids: [...ids] })
              .orderBy('i.invested_on', 'DESC')
              .addOrderBy('i.id', 'DESC')
              .getMany();
            return ids.map((one) => rows.filter((r) => r[property] === one));
          }),
      )
      .load(id);
  }

  /** Whether this caller may see a fund of this id. */
  async exists(ctx: RequestContext, id: string): Promise<boolean> {
    return (await this.scopedFunds(ctx).andWhere('f.id = :id', { id }).getCount()) > 0;
  }

  /** The fund of a manager with the latest vintage (then the newest), or null. */
  async latestFundOf(ctx: RequestContext, managerOrganizationId: string): Promise<Fund | null> {
    return this.scopedFunds(ctx)
      .andWhere('f.manager_organization_id = :managerOrganizationId', { managerOrganizationId })
      .orderBy('f.vintage_date', 'DESC')
      .addOrderBy('f.created_at', 'DESC')
      .getOne();
  }
}
