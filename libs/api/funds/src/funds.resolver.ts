import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, ExcelFile, forbidden, RequestContext, ALL_ROLES, STAFF_ROLES, type ConnectionShape } from '@lianzhao/api-core';
import { AuditEntry, AuditService } from '@lianzhao/api-audit';
import { Enterprise, EnterpriseQueries } from '@lianzhao/api-enterprises';
import { Lead, LeadsService } from '@lianzhao/api-leads';
import { Project, ProjectsService } from '@lianzhao/api-projects';
import { ReferenceService } from '@lianzhao/api-reference';
import { Organization, OrganizationsService, User, UsersService } from '@lianzhao/api-users';
import { FUND, Fund } from './fund.entity';
import { FundRuleChange } from './fund-rule-change.entity';
import { INVESTMENT, Investment } from './investment.entity';
import { FundConnection, InvestmentConnection, ReinvestmentRule } from './fund.types';
import { CreateFundInput, FundExportArgs, FundListArgs, UpdateFundInput } from './dto/fund.inputs';
import {
  InvestmentExportArgs,
  InvestmentListArgs,
  RecordInvestmentInput,
  UpdateInvestmentInput,
} from './dto/investment.inputs';
import { FundExportService } from './fund-export.service';
import { FundQueriesService } from './fund-queries.service';
import { FundsService, ruleOf } from './funds.service';
import { InvestmentsService } from './investments.service';

const STAFF = ['ADMIN', 'OFFICER', 'LEADER'] as const;
const WRITERS = ['ADMIN', 'OFFICER'] as const;
// A partner of a fund manager reads its own funds (the lists' scope does the rest); any other
// partner reads empty lists and NOT_FOUND.
const READERS = [...STAFF, 'PARTNER'] as const;

/** Field resolvers are not guarded: officer-side records stay out of a partner's reach. */
function staffOnly(ctx: RequestContext): void {
  if (ctx.user?.role === 'PARTNER') throw forbidden();
}

@Resolver(() => Fund)
export class FundsResolver {
  constructor(
    private readonly fundsService: FundsService,
    private readonly queries: FundQueriesService,
    private readonly exporter: FundExportService,
    private readonly organizations: OrganizationsService,
    private readonly reference: ReferenceService,
    private readonly auditService: AuditService,
  ) {}

  @Allow(...READERS)
  @Query(() => FundConnection, { description: '基金（基金管理人的伙伴用户只见本机构管理的基金）' })
  funds(@Ctx() ctx: RequestContext, @Args() args: FundListArgs): Promise<ConnectionShape<Fund>> {
    return this.queries.funds(ctx, args);
  }

  @Allow(...READERS)
  @Query(() => Fund)
  fund(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Fund> {
    return this.queries.get(ctx, id);
  }

  // A fund manager's partner users export 我的基金: the list's scope keeps them to their own funds.
  @Allow(...READERS)
  @Query(() => ExcelFile, {
    description: '按当前筛选与排序导出基金（.xlsx，base64）；基金管理人的伙伴用户只含本机构管理的基金',
  })
  fundsExport(@Ctx() ctx: RequestContext, @Args() args: FundExportArgs): Promise<ExcelFile> {
    return this.exporter.export(ctx, args.filter, args.orderBy);
  }

  @Allow(...WRITERS)
  @Mutation(() => Fund)
  createFund(@Ctx() ctx: RequestContext, @Args('input') input: CreateFundInput): Promise<Fund> {
    return this.fundsService.create(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Fund, { description: '修改基金；返投规则有变化时记入规则变更记录' })
  updateFund(@Ctx() ctx: RequestContext, @Args('input') input: UpdateFundInput): Promise<Fund> {
    return this.fundsService.update(ctx, input);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Organization, { description: '基金管理人' })
  manager(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<Organization | null> {
    staffOnly(ctx);
    return this.organizations.loader(ctx).load(fund.managerOrganizationId);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => String, { description: '基金管理人名称' })
  async managerName(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<string> {
    return (await this.organizations.loader(ctx).load(fund.managerOrganizationId))?.name ?? '';
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [String], { description: '重点投资产业代码（由细分赛道得出）' })
  async focusIndustryCodes(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<string[]> {
    const segments = await this.reference.segmentLoader(ctx).loadMany(fund.focusSegmentCodes);
    const codes = segments.flatMap((s) => (s && !(s instanceof Error) ? [s.industryCode] : []));
    return [...new Set(codes)];
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => ReinvestmentRule, { description: '现行返投规则' })
  rule(@Parent() fund: Fund): ReinvestmentRule {
    return ruleOf(fund);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [FundRuleChange], { description: '返投规则变更记录，最新在前' })
  ruleHistory(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<FundRuleChange[]> {
    return this.fundsService.ruleHistory(ctx, fund.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [Investment], { description: '投资组合，按投资日期倒序' })
  investments(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<Investment[]> {
    return this.queries.investmentsBy(ctx, 'fund_id', fund.id);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => [AuditEntry], { description: '操作记录，最新在前' })
  auditTrail(@Ctx() ctx: RequestContext, @Parent() fund: Fund): Promise<AuditEntry[]> {
    staffOnly(ctx);
    return this.auditService.trail(ctx, FUND, fund.id);
  }
}

@Resolver(() => FundRuleChange)
export class FundRuleChangeResolver {
  constructor(private readonly users: UsersService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => ReinvestmentRule, { description: '变更后的返投规则' })
  rule(@Parent() change: FundRuleChange): ReinvestmentRule {
    return ruleOf(change);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => User, { nullable: true, description: '变更人' })
  changedBy(@Ctx() ctx: RequestContext, @Parent() change: FundRuleChange): Promise<User | null> {
    staffOnly(ctx);
    return change.changedById ? this.users.loader(ctx).load(change.changedById) : Promise.resolve(null);
  }
}

@Resolver(() => Investment)
export class InvestmentsResolver {
  constructor(
    private readonly investments: InvestmentsService,
    private readonly queries: FundQueriesService,
    private readonly exporter: FundExportService,
    private readonly enterprises: EnterpriseQueries,
    private readonly leads: LeadsService,
    private readonly projects: ProjectsService,
    private readonly auditService: AuditService,
  ) {}

  @Allow(...READERS)
  @Query(() => InvestmentConnection, { name: 'investments', description: '基金投资（跨基金）' })
  investmentList(
    @Ctx() ctx: RequestContext,
    @Args() args: InvestmentListArgs,
  ): Promise<ConnectionShape<Investment>> {
    return this.queries.investments(ctx, args);
  }

  @Allow(...READERS)
  @Query(() => ExcelFile, { description: '按当前筛选与排序导出基金投资（.xlsx，base64）；基金管理人只含其管理的基金' })
  investmentsExport(@Ctx() ctx: RequestContext, @Args() args: InvestmentExportArgs): Promise<ExcelFile> {
    return this.exporter.exportInvestments(ctx, args.filter, args.orderBy);
  }

  @Allow(...WRITERS)
  @Mutation(() => Investment, { description: '登记基金投资；企业尚无进行中的线索时可同时新建资本招商线索' })
  recordInvestment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordInvestmentInput,
  ): Promise<Investment> {
    return this.investments.record(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Investment)
  updateInvestment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateInvestmentInput,
  ): Promise<Investment> {
    return this.investments.update(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Fund)
  fund(@Ctx() ctx: RequestContext, @Parent() investment: Investment): Promise<Fund | null> {
    return this.queries.fundLoader(ctx).load(investment.fundId);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Enterprise)
  enterprise(@Ctx() ctx: RequestContext, @Parent() investment: Investment): Promise<Enterprise | null> {
    staffOnly(ctx);
    return this.enterprises.loader(ctx).load(investment.enterpriseId);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => String, { description: '被投企业名称' })
  async enterpriseName(@Ctx() ctx: RequestContext, @Parent() investment: Investment): Promise<string> {
    return (await this.enterprises.loader(ctx).load(investment.enterpriseId))?.name ?? '';
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Lead, { nullable: true, description: '跟踪落地的线索' })
  lead(@Ctx() ctx: RequestContext, @Parent() investment: Investment): Promise<Lead | null> {
    staffOnly(ctx);
    return investment.leadId ? this.leads.loader(ctx).load(investment.leadId) : Promise.resolve(null);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Project, { nullable: true, description: '跟踪落地的项目' })
  project(@Ctx() ctx: RequestContext, @Parent() investment: Investment): Promise<Project | null> {
    staffOnly(ctx);
    return investment.projectId
      ? this.projects.loader(ctx).load(investment.projectId)
      : Promise.resolve(null);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => [AuditEntry], { description: '操作记录，最新在前' })
  auditTrail(@Ctx() ctx: RequestContext, @Parent() investment: Investment): Promise<AuditEntry[]> {
    staffOnly(ctx);
    return this.auditService.trail(ctx, INVESTMENT, investment.id);
  }
}

/** `Lead.fund` lives here so the leads module never imports funds. */
@Resolver(() => Lead)
export class LeadFundResolver {
  constructor(private readonly queries: FundQueriesService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => Fund, { nullable: true, description: '来源基金（资本招商）' })
  fund(@Ctx() ctx: RequestContext, @Parent() lead: Lead): Promise<Fund | null> {
    return lead.fundId ? this.queries.fundLoader(ctx).load(lead.fundId) : Promise.resolve(null);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseInvestmentsResolver {
  constructor(private readonly queries: FundQueriesService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => [Investment], { description: '基金对该企业的投资' })
  investments(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise): Promise<Investment[]> {
    return this.queries.investmentsBy(ctx, 'enterprise_id', enterprise.id);
  }
}

@Resolver(() => Project)
export class ProjectInvestmentsResolver {
  constructor(private readonly queries: FundQueriesService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => [Investment], { description: '以该项目跟踪落地的基金投资' })
  investments(@Ctx() ctx: RequestContext, @Parent() project: Project): Promise<Investment[]> {
    return this.queries.investmentsBy(ctx, 'project_id', project.id);
  }
}
