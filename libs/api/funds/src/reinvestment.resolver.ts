import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import {
  fundLeverage,
  type InvestmentRecognition,
  type ReinvestmentLine,
  type ReinvestmentProgress,
} from '@lianzhao/domain';
import { Allow, Ctx, ExcelFile, forbidden, RequestContext, STAFF_ROLES, ALL_ROLES } from '@lianzhao/api-core';
import { Enterprise, EnterpriseQueries } from '@lianzhao/api-enterprises';
import { Project, ProjectsService } from '@lianzhao/api-projects';
import { Referral, ReferralsService } from '@lianzhao/api-referrals';
import { Fund } from './fund.entity';
import { Investment } from './investment.entity';
import { FundQueriesService } from './fund-queries.service';
import { ReinvestmentExportService } from './reinvestment-export.service';
import { ReinvestmentService } from './reinvestment.service';
import {
  FundTotalsView,
  InvestmentRecognitionEnum,
  ReinvestmentLedgerLineView,
  ReinvestmentProgressView,
} from './reinvestment.types';

/** Field resolvers are not guarded: officer-side records stay out of a partner's reach. */
function staffOnly(ctx: RequestContext): void {
  if (ctx.user?.role === 'PARTNER') throw forbidden();
}

@Resolver(() => Fund)
export class FundReinvestmentResolver {
  constructor(private readonly service: ReinvestmentService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => String, {
    nullable: true,
    description: '杠杆倍数 = 基金规模 ÷ 政府出资（两位小数）；政府未出资时为空',
  })
  leverage(@Parent() fund: Fund): string | null {
    return fundLeverage(fund.size, fund.governmentContribution);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => ReinvestmentProgressView, { description: '返投进度（按现行规则即时计算）' })
  reinvestment(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<ReinvestmentProgress> {
    return this.service.progress(ctx, fund);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [ReinvestmentLedgerLineView], { description: '返投台账：已认定与待落地的每一行' })
  ledger(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<ReinvestmentLine[]> {
    return this.service.ledger(ctx, fund.id);
  }
}

@Resolver(() => Investment)
export class InvestmentRecognitionResolver {
  constructor(private readonly service: ReinvestmentService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => InvestmentRecognitionEnum, { description: '返投认定：已认定、待落地、储备或不计入' })
  recognition(@Ctx() ctx: RequestContext, @Parent() investment: Investment): Promise<InvestmentRecognition> {
    return this.service.recognition(ctx, investment.id);
  }
}

@Resolver(() => ReinvestmentLedgerLineView)
export class LedgerLineResolver {
  constructor(
    private readonly queries: FundQueriesService,
    private readonly enterprises: EnterpriseQueries,
    private readonly projects: ProjectsService,
    private readonly referrals: ReferralsService,
  ) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Enterprise)
  enterprise(@Ctx() ctx: RequestContext, @Parent() line: ReinvestmentLine): Promise<Enterprise | null> {
    staffOnly(ctx);
    return this.enterprises.loader(ctx).load(line.enterpriseId);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => String, { description: '企业名称' })
  async enterpriseName(@Ctx() ctx: RequestContext, @Parent() line: ReinvestmentLine): Promise<string> {
    return (await this.enterprises.loader(ctx).load(line.enterpriseId))?.name ?? '';
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Investment, { nullable: true, description: '认定所依据的投资（招引落地为空）' })
  async investment(@Ctx() ctx: RequestContext, @Parent() line: ReinvestmentLine): Promise<Investment | null> {
    if (!line.investmentId) return null;
    const investments = await this.queries.investmentsBy(ctx, 'fund_id', line.fundId);
    return investments.find((i) => i.id === line.investmentId) ?? null;
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Referral, { nullable: true, description: '招引落地所依据的报备' })
  referral(@Ctx() ctx: RequestContext, @Parent() line: ReinvestmentLine): Promise<Referral | null> {
    if (!line.referralId) return Promise.resolve(null);
    // Through the referrals context's scope: a partner reads its own organisation's referrals.
    return ctx
      .loader(
        'LedgerReferralById',
        () =>
          new DataLoader<string, Referral | null>(async (ids) => {
            const rows = await this.referrals
              .scoped(ctx)
              .andWhere('r.id = ANY(:ledgerReferralIds)', { ledgerReferralIds: [...ids] })
              .getMany();
            return ids.map((id) => rows.find((r) => r.id === id) ?? null);
          }),
      )
      .load(line.referralId);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Project, { nullable: true, description: '跟踪落地的项目' })
  project(@Ctx() ctx: RequestContext, @Parent() line: ReinvestmentLine): Promise<Project | null> {
    staffOnly(ctx);
    return line.projectId ? this.projects.loader(ctx).load(line.projectId) : Promise.resolve(null);
  }
}

@Resolver()
export class ReinvestmentQueriesResolver {
  constructor(
    private readonly service: ReinvestmentService,
    private readonly exporter: ReinvestmentExportService,
  ) {}

  @Allow(...STAFF_ROLES)
  @Query(() => FundTotalsView, { description: '全区基金合计：撬动规模、科创项目、返投任务与完成' })
  fundTotals(@Ctx() ctx: RequestContext): Promise<FundTotalsView> {
    return this.service.totals(ctx);
  }

  @Allow(...STAFF_ROLES, 'PARTNER')
  @Query(() => ExcelFile, {
    description: '导出一只基金的返投台账（.xlsx，base64）；基金管理人只能导出本机构的基金',
  })
  fundLedgerExport(
    @Ctx() ctx: RequestContext,
    @Args('fundId', { type: () => ID }) fundId: string,
  ): Promise<ExcelFile> {
    return this.exporter.export(ctx, fundId);
  }
}
