import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ChainEntityType, TargetProgress } from '@lianzhao/domain';
import {
  Allow,
  ALL_ROLES,
  badField,
  Ctx,
  ExcelFile,
  RequestContext,
  STAFF_ROLES,
  type ConnectionShape,
} from '@lianzhao/api-core';
import { EnterpriseConnection, type Enterprise } from '@lianzhao/api-enterprises';
import { InvestmentConnection, type Investment } from '@lianzhao/api-funds';
import { Lead, LeadConnection, LeadsService } from '@lianzhao/api-leads';
import { ReferralConnection, type Referral } from '@lianzhao/api-referrals';
import { OrganizationsService, User, UsersService } from '@lianzhao/api-users';
import { ChainEntityTypeEnum, TargetProgressEnum } from './chain.enums';
import { ChainLink } from './chain-link.entity';
import { ChainListKindEnum } from './chain-list-kind';
import { ChainLinksService } from './chain-links.service';
import { ChainListsService } from './chain-lists.service';
import { ChainMapService } from './chain-map.service';
import { ChainPlacement } from './chain-placement.entity';
import { ChainSettings } from './chain-settings.entity';
import { ChainTarget } from './chain-target.entity';
import { ChainTargetsService } from './chain-targets.service';
import { ChainMap, ChainOverview, ChainTargetConnection, SupplyChainEntryConnection } from './chain.types';
import { SupplyChainEntry } from './supply-chain-entry.entity';
import { SupplyChainService } from './supply-chain.service';
import {
  AddChainLinkInput,
  AddTargetInput,
  ChainDrillArgs,
  ChainDrillFilter,
  ConvertTargetInput,
  MovePlacementInput,
  PlaceOnLinkInput,
  SaveSupplyChainEntryInput,
  SupplyChainArgs,
  SupplyChainExportArgs,
  UpdateChainLinkInput,
  UpdateChainSettingsInput,
} from './dto/chain.inputs';

const WRITERS = ['ADMIN', 'OFFICER'] as const;

@Resolver(() => ChainLink)
export class ChainLinksResolver {
  constructor(
    private readonly links: ChainLinksService,
    private readonly map: ChainMapService,
  ) {}

  // Reference data: a chain master's partner picks a link for its suppliers too.
  @Allow(...ALL_ROLES)
  @Query(() => [ChainLink], { description: '细分赛道的产业链环节，自上游到下游' })
  chainLinks(
    @Ctx() ctx: RequestContext,
    @Args('segmentCode') segmentCode: string,
    @Args('includeRetired', { nullable: true, description: '含已停用的环节（管理员维护用）' })
    includeRetired?: boolean,
  ): Promise<ChainLink[]> {
    return this.links.links(ctx, segmentCode, includeRetired === true && ctx.user?.role === 'ADMIN');
  }

  @Allow(...STAFF_ROLES)
  @Query(() => ChainMap, { description: '产业链图谱：各细分赛道的环节、状态与数量' })
  chainMap(
    @Ctx() ctx: RequestContext,
    @Args('industryCode') industryCode: string,
    @Args('asOf', { nullable: true, description: '截至日期 YYYY-MM-DD；默认今天' }) asOf?: string,
  ): Promise<ChainMap> {
    return this.map.map(ctx, industryCode, checkedDay(asOf));
  }

  @Allow(...STAFF_ROLES)
  @Query(() => ChainOverview, {
    description: '产业链总览：四大主导产业的缺失、薄弱环节及自对比日期以来的变化',
  })
  chainOverview(
    @Ctx() ctx: RequestContext,
    @Args('since', { description: '对比日期 YYYY-MM-DD' }) since: string,
    @Args('asOf', { nullable: true }) asOf?: string,
  ): Promise<ChainOverview> {
    return this.map.overview(ctx, checkedDay(since, 'since') ?? since, checkedDay(asOf));
  }

  @Allow(...STAFF_ROLES)
  @Query(() => ChainSettings, { description: '环节状态规则' })
  chainSettings(@Ctx() ctx: RequestContext): Promise<ChainSettings> {
    return this.links.settings(ctx);
  }

  @Allow(...STAFF_ROLES)
  @Query(() => [ChainLink], { description: '按对象所属细分赛道建议的环节' })
  suggestedChainLinks(
    @Ctx() ctx: RequestContext,
    @Args('entityType', { type: () => ChainEntityTypeEnum }) entityType: ChainEntityType,
    @Args('entityId', { type: () => ID }) entityId: string,
  ): Promise<ChainLink[]> {
    return this.links.suggestedLinks(ctx, entityType, entityId);
  }

  @Allow(...STAFF_ROLES)
  @Query(() => [ChainPlacement], { description: '对象所在的环节' })
  chainPlacements(
    @Ctx() ctx: RequestContext,
    @Args('entityType', { type: () => ChainEntityTypeEnum }) entityType: ChainEntityType,
    @Args('entityId', { type: () => ID }) entityId: string,
  ): Promise<ChainPlacement[]> {
    return this.links.placements(ctx, entityType, entityId);
  }

  @Allow('ADMIN')
  @Mutation(() => ChainLink, { description: '新增环节' })
  addChainLink(@Ctx() ctx: RequestContext, @Args('input') input: AddChainLinkInput): Promise<ChainLink> {
    return this.links.add(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ChainLink, { description: '修改环节名称、位置或上中下游' })
  updateChainLink(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateChainLinkInput,
  ): Promise<ChainLink> {
    return this.links.update(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ChainLink, { nullable: true, description: '停用环节；从未使用过的环节直接删除（返回空）' })
  retireChainLink(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ChainLink | null> {
    return this.links.retire(ctx, id);
  }

  @Allow('ADMIN')
  @Mutation(() => ChainSettings, { description: '修改环节状态规则' })
  updateChainSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateChainSettingsInput,
  ): Promise<ChainSettings> {
    return this.links.updateSettings(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => ChainPlacement, { description: '把企业、线索、项目、基金投资或报备放到环节上' })
  placeOnLink(@Ctx() ctx: RequestContext, @Args('input') input: PlaceOnLinkInput): Promise<ChainPlacement> {
    return this.links.place(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => ChainPlacement, { description: '移到另一环节' })
  movePlacement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MovePlacementInput,
  ): Promise<ChainPlacement> {
    return this.links.movePlacement(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Boolean, { description: '把对象从该环节上移除' })
  removeFromLink(@Ctx() ctx: RequestContext, @Args('input') input: PlaceOnLinkInput): Promise<boolean> {
    return this.links.removeFromLink(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Boolean, { description: '从环节上移除' })
  removePlacement(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.links.removePlacement(ctx, id);
  }
}

@Resolver(() => ChainPlacement)
export class ChainPlacementResolver {
  constructor(private readonly links: ChainLinksService) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => ChainLink)
  async link(@Ctx() ctx: RequestContext, @Parent() placement: ChainPlacement): Promise<ChainLink | null> {
    return this.links.loader(ctx).load(placement.linkId);
  }
}

/** The drill-down lists: each figure of the map is the totalCount of one of these. */
@Resolver()
export class ChainListsResolver {
  constructor(private readonly lists: ChainListsService) {}

  @Allow(...STAFF_ROLES)
  @Query(() => EnterpriseConnection, { description: '环节的本地企业（已落地项目的企业与存量企业）' })
  chainEnterprises(
    @Ctx() ctx: RequestContext,
    @Args() args: ChainDrillArgs,
  ): Promise<ConnectionShape<Enterprise>> {
    return this.lists.page(ctx, this.lists.enterprises, args);
  }

  @Allow(...STAFF_ROLES)
  @Query(() => LeadConnection, { description: '环节上进行中的线索' })
  chainLeads(@Ctx() ctx: RequestContext, @Args() args: ChainDrillArgs): Promise<ConnectionShape<Lead>> {
    return this.lists.page(ctx, this.lists.leads, args);
  }

  @Allow(...STAFF_ROLES)
  @Query(() => ReferralConnection, { description: '环节上待审核的报备' })
  chainReferrals(
    @Ctx() ctx: RequestContext,
    @Args() args: ChainDrillArgs,
  ): Promise<ConnectionShape<Referral>> {
    return this.lists.page(ctx, this.lists.referrals, args);
  }

  @Allow(...STAFF_ROLES)
  @Query(() => InvestmentConnection, { description: '环节上的基金投资' })
  chainInvestments(
    @Ctx() ctx: RequestContext,
    @Args() args: ChainDrillArgs,
  ): Promise<ConnectionShape<Investment>> {
    return this.lists.page(ctx, this.lists.investments, args);
  }

  @Allow(...STAFF_ROLES)
  @Query(() => ChainTargetConnection, { description: '招商目标清单' })
  chainTargets(
    @Ctx() ctx: RequestContext,
    @Args() args: ChainDrillArgs,
  ): Promise<ConnectionShape<ChainTarget>> {
    return this.lists.page(ctx, this.lists.targets, args);
  }

  @Allow(...STAFF_ROLES)
  @Query(() => ExcelFile, { description: '导出产业链下钻清单（.xlsx，base64）' })
  chainListExport(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => ChainListKindEnum }) kind: ChainListKindEnum,
    @Args('filter', { type: () => ChainDrillFilter }) filter: ChainDrillFilter,
  ): Promise<ExcelFile> {
    return this.lists.export(ctx, kind, filter);
  }
}

@Resolver(() => ChainTarget)
export class ChainTargetsResolver {
  constructor(
    private readonly targets: ChainTargetsService,
    private readonly links: ChainLinksService,
    private readonly leads: LeadsService,
    private readonly users: UsersService,
  ) {}

  @Allow(...WRITERS)
  @Mutation(() => ChainTarget, { description: '把企业加入环节的招商目标清单' })
  addTarget(@Ctx() ctx: RequestContext, @Args('input') input: AddTargetInput): Promise<ChainTarget> {
    return this.targets.add(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => ChainTarget, { description: '招商目标转为线索（保留环节与渠道归属）' })
  convertTarget(@Ctx() ctx: RequestContext, @Args('input') input: ConvertTargetInput): Promise<ChainTarget> {
    return this.targets.convert(ctx, input);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => ChainLink)
  async link(@Ctx() ctx: RequestContext, @Parent() target: ChainTarget): Promise<ChainLink | null> {
    return this.links.loader(ctx).load(target.linkId);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Lead, { nullable: true, description: '转成的线索' })
  async lead(@Ctx() ctx: RequestContext, @Parent() target: ChainTarget): Promise<Lead | null> {
    if (!target.leadId) return null;
    return (await this.leads.byIds(ctx, [target.leadId]))[0] ?? null;
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => TargetProgressEnum, { description: '进展：待招引、洽谈中、已签约、已落地或已流失' })
  progress(@Ctx() ctx: RequestContext, @Parent() target: ChainTarget): Promise<TargetProgress> {
    return target.leadId ? this.targets.progressLoader(ctx).load(target.leadId) : Promise.resolve('TARGET');
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => User, { nullable: true, description: '负责人' })
  owner(@Ctx() ctx: RequestContext, @Parent() target: ChainTarget): Promise<User | null> {
    return this.users.loader(ctx).load(target.ownerId);
  }
}

@Resolver(() => SupplyChainEntry)
export class SupplyChainResolver {
  constructor(
    private readonly supply: SupplyChainService,
    private readonly links: ChainLinksService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Allow(...ALL_ROLES)
  @Query(() => SupplyChainEntryConnection, { description: '链主供应链（链主企业的伙伴用户只见本企业的）' })
  supplyChainEntries(
    @Ctx() ctx: RequestContext,
    @Args() args: SupplyChainArgs,
  ): Promise<ConnectionShape<SupplyChainEntry>> {
    return this.supply.page(ctx, args);
  }

  @Allow(...ALL_ROLES)
  @Query(() => ExcelFile, {
    description: '按当前筛选导出链主供应链（.xlsx，base64）；链主企业的伙伴用户只导出本企业的',
  })
  supplyChainEntriesExport(
    @Ctx() ctx: RequestContext,
    @Args() args: SupplyChainExportArgs,
  ): Promise<ExcelFile> {
    return this.supply.export(ctx, args);
  }

  @Allow('PARTNER')
  @Mutation(() => SupplyChainEntry, { description: '新增或修改本企业的供应商/客户（仅链主企业）' })
  saveSupplyChainEntry(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveSupplyChainEntryInput,
  ): Promise<SupplyChainEntry> {
    return this.supply.save(ctx, input);
  }

  @Allow('PARTNER')
  @Mutation(() => Boolean, { description: '删除本企业的供应商/客户' })
  deleteSupplyChainEntry(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.supply.remove(ctx, id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => ChainLink, { nullable: true })
  async link(@Ctx() ctx: RequestContext, @Parent() entry: SupplyChainEntry): Promise<ChainLink | null> {
    return entry.linkId ? this.links.loader(ctx).load(entry.linkId) : null;
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => String, { description: '链主企业名称' })
  async organizationName(@Ctx() ctx: RequestContext, @Parent() entry: SupplyChainEntry): Promise<string> {
    return (await this.organizations.loader(ctx).load(entry.organizationId))?.name ?? '';
  }

  // Whether the company is local is the office's finding; a partner reads null.
  @Allow(...ALL_ROLES)
  @ResolveField(() => Boolean, {
    nullable: true,
    description: '是否已在本区（存量企业或已落地项目）；伙伴用户为空',
  })
  async local(@Ctx() ctx: RequestContext, @Parent() entry: SupplyChainEntry): Promise<boolean | null> {
    if (ctx.user?.role === 'PARTNER') return null;
    return this.supply.localLoader(ctx).load(entry.id);
  }
}

/** A day argument outside an input class is checked here: YYYY-MM-DD and a real date. */
function checkedDay(value: string | null | undefined, field = 'asOf'): string | null {
  if (value === null || value === undefined || value === '') return null;
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw badField(field, '请输入有效日期（YYYY-MM-DD）');
  return value;
}
