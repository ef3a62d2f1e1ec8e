import {
  Args,
  Extensions,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { isMilestoneCode, protectionExpiringSoon, type ReferralStatus } from '@lianzhao/domain';
import { Allow, ALL_ROLES, badField, Clock, Connection, Ctx, forbidden, ID_NOT_FOUND, RequestContext, STAFF_ROLES, type ConnectionShape } from '@lianzhao/api-core';
import { AuditEntry, AuditService } from '@lianzhao/api-audit';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Lead, LeadsService } from '@lianzhao/api-leads';
import { Organization, OrganizationsService, User, UsersService } from '@lianzhao/api-users';
import {
  AcceptReferralInput,
  AwardReferralInput,
  UpdateReferralSettingsInput,
  FileReferralInput,
  ReferralListArgs,
  RejectReferralInput,
} from './dto/referral.inputs';
import { ReferralHistory } from './referral-history.entity';
import { Referral } from './referral.entity';
import { ReferralStatusEnum, type ReferralCheckResult } from './referral.enums';
import {
  ReferralCheck,
  ReferralCounts,
  ReferralFunnelView,
  ReferralProgress,
  ReferralReview,
  ReferralReward,
} from './referral-views';
import { ReferralSettings } from './referral-settings.entity';
import { ReferralSettingsService } from './referral-settings.service';
import { ReferralDecisionsService } from './referral-decisions.service';
import { ReferralFilingService } from './referral-filing.service';
import { ReferralRewardsService } from './referral-rewards.service';
import { REFERRAL, ReferralsService } from './referrals.service';
import { ReferralQueriesService } from './referral-queries.service';

@ObjectType()
export class ReferralConnection extends Connection(Referral) {}

const CHECK_MESSAGES: Record<ReferralCheckResult, string> = {
  FREE: '未发现重复，可以报备',
  OWN: '贵机构已报备该企业，无需重复报备',
  REFERRED: '该企业已被报备，处于保护期内',
  IN_PIPELINE: '该企业已在招商管道中，提交后由投促办处理',
};

/** Staff-only parts of a referral go through this one check. */
function staffOnly(ctx: RequestContext): void {
  if (!ctx.user || ctx.user.role === 'PARTNER') throw forbidden('合作机构不能查看审核信息');
}

@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly filing: ReferralFilingService,
    private readonly decisions: ReferralDecisionsService,
    private readonly rewards: ReferralRewardsService,
    private readonly queries: ReferralQueriesService,
    private readonly clock: Clock,
    private readonly connection: TransactionalConnection,
    private readonly leads: LeadsService,
  ) {}

  @Allow(...ALL_ROLES)
  @Query(() => ReferralConnection, { description: '报备列表；合作机构只看到本机构的报备' })
  referrals(@Ctx() ctx: RequestContext, @Args() args: ReferralListArgs): Promise<ConnectionShape<Referral>> {
    return this.queries.list(ctx, args);
  }

  @Allow(...ALL_ROLES)
  @Extensions({ [ID_NOT_FOUND]: '报备' })
  @Query(() => Referral, { description: '一条报备；其他机构的报备对合作机构不存在' })
  referral(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Referral> {
    return this.service.get(ctx, id);
  }

  @Allow(...ALL_ROLES)
  @Query(() => ReferralCounts, { description: '各状态的报备数；合作机构只数本机构的' })
  referralCounts(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<ReferralCounts> {
    return this.queries.counts(ctx, organizationId);
  }

  @Allow(...ALL_ROLES)
  @Query(() => ReferralCheck, { description: '报备前查重：只回答能否报备，不透露由谁报备' })
  async referralCheck(
    @Ctx() ctx: RequestContext,
    @Args('companyName') companyName: string,
    @Args('creditCode', { type: () => String, nullable: true }) creditCode?: string | null,
  ): Promise<ReferralCheck> {
    const result = await this.filing.check(ctx, companyName.slice(0, 200), creditCode?.slice(0, 40) ?? null);
    return { result, message: CHECK_MESSAGES[result] };
  }

  @Allow('PARTNER')
  @Mutation(() => Referral, { description: '报备企业：返回保护中、已被报备或已在管道中' })
  fileReferral(@Ctx() ctx: RequestContext, @Args('input') input: FileReferralInput): Promise<Referral> {
    return this.filing.file(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Referral, { description: '受理报备：新建线索，或并入该企业已有的线索' })
  acceptReferral(@Ctx() ctx: RequestContext, @Args('input') input: AcceptReferralInput): Promise<Referral> {
    return this.decisions.accept(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Referral, { description: '不予受理，原因对报备机构可见' })
  rejectReferral(@Ctx() ctx: RequestContext, @Args('input') input: RejectReferralInput): Promise<Referral> {
    return this.decisions.reject(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @Query(() => [Referral], {
    description: '符合引荐奖励条件的报备（已发放与未发放）；合作机构只看到本机构的',
  })
  referralRewards(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
  ): Promise<Referral[]> {
    return this.rewards.rewardable(ctx, organizationId);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Referral, { description: '登记引荐奖励的发放（金额万元、日期）' })
  awardReferral(@Ctx() ctx: RequestContext, @Args('input') input: AwardReferralInput): Promise<Referral> {
    return this.rewards.award(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => ReferralProgress, { nullable: true, description: '受理后：线索阶段与项目落地节点日期' })
  async progress(@Ctx() ctx: RequestContext, @Parent() referral: Referral): Promise<ReferralProgress | null> {
    if (!referral.leadId) return null;
    const lead = await this.leads.loader(ctx).load(referral.leadId);
    if (!lead) return null;
    const project = await this.service.progressLoader(ctx).load(lead.id);
    return {
      leadStage: lead.stage,
      projectType: project?.type ?? null,
      milestones: (project?.milestones ?? []).map(({ code, plannedDate, actualDate }) => ({
        code,
        plannedDate,
        actualDate,
      })),
      landedOn: project?.landedOn ?? null,
    };
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => ReferralReward, { description: '引荐奖励' })
  async reward(@Ctx() ctx: RequestContext, @Parent() referral: Referral): Promise<ReferralReward> {
    const state = await this.rewards.reward(ctx, referral);
    return { ...state, eligible: state.eligibleOn !== null };
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => ReferralStatusEnum, { description: '当前状态（保护期届满即为已过期）' })
  status(@Ctx() ctx: RequestContext, @Parent() referral: Referral): Promise<ReferralStatus> {
    return this.service.effectiveStatus(ctx, referral);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Boolean, { description: '保护期 30 天内到期' })
  async expiringSoon(@Ctx() ctx: RequestContext, @Parent() referral: Referral): Promise<boolean> {
    const lead = referral.leadId ? await this.leads.loader(ctx).load(referral.leadId) : null;
    return protectionExpiringSoon(
      { status: referral.status, protectedUntil: referral.protectedUntil, leadStage: lead?.stage ?? null },
      this.clock.today(),
    );
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [ReferralHistory], { description: '报备记录，最早在前' })
  history(@Ctx() ctx: RequestContext, @Parent() referral: Referral): Promise<ReferralHistory[]> {
    return this.service.history(ctx, referral.id);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => ReferralReview, {
    description: '审核信息：报备机构、匹配结果、线索（合作机构无权查看）',
  })
  review(@Ctx() ctx: RequestContext, @Parent() referral: Referral): ReferralReview {
    staffOnly(ctx);
    return { referral };
  }
}

@Resolver(() => ReferralHistory)
export class ReferralHistoryResolver {
  @Allow(...ALL_ROLES)
  @ResolveField(() => String, { nullable: true, description: '内部说明（仅投促办可见）' })
  note(@Ctx() ctx: RequestContext, @Parent() entry: ReferralHistory): string | null {
    return ctx.user?.role === 'PARTNER' ? null : entry.note;
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => String, { description: '操作人；合作机构看到的投促办人员统称“投促办”' })
  actorName(@Ctx() ctx: RequestContext, @Parent() entry: ReferralHistory): string {
    if (ctx.user?.role !== 'PARTNER') return entry.actorName;
    // Filing and its matching are the partner's own doing; everything after is the office's.
    return entry.event === 'FILED' || entry.event === 'MATCHED' ? entry.actorName : '投促办';
  }
}

@Resolver(() => ReferralReview)
export class ReferralReviewResolver {
  constructor(
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly connection: TransactionalConnection,
    private readonly leads: LeadsService,
  ) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => Organization, { description: '报备机构' })
  async organization(
    @Ctx() ctx: RequestContext,
    @Parent() review: ReferralReview,
  ): Promise<Organization | null> {
    return this.organizations.loader(ctx).load(review.referral.organizationId);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => User, { nullable: true, description: '报备人' })
  filedBy(@Ctx() ctx: RequestContext, @Parent() review: ReferralReview): Promise<User | null> {
    return this.users.loader(ctx).load(review.referral.filedById);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => User, { nullable: true, description: '处理人' })
  decidedBy(@Ctx() ctx: RequestContext, @Parent() review: ReferralReview): Promise<User | null> {
    const id = review.referral.decidedById;
    return id ? this.users.loader(ctx).load(id) : Promise.resolve(null);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Referral, { nullable: true, description: '在先的报备（已被报备时）' })
  conflictWith(@Ctx() ctx: RequestContext, @Parent() review: ReferralReview): Promise<Referral | null> {
    const id = review.referral.conflictWithId;
    return id ? this.connection.byId(ctx, Referral).load(id) : Promise.resolve(null);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Lead, { nullable: true, description: '报备时匹配到的在管道中的线索' })
  matchedLead(@Ctx() ctx: RequestContext, @Parent() review: ReferralReview): Promise<Lead | null> {
    const id = review.referral.matchedLeadId;
    return id ? this.leads.loader(ctx).load(id) : Promise.resolve(null);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Lead, { nullable: true, description: '受理后对应的线索' })
  lead(@Ctx() ctx: RequestContext, @Parent() review: ReferralReview): Promise<Lead | null> {
    const id = review.referral.leadId;
    return id ? this.leads.loader(ctx).load(id) : Promise.resolve(null);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [AuditEntry], { description: '操作记录，最新在前' })
  auditTrail(@Ctx() ctx: RequestContext, @Parent() review: ReferralReview): Promise<AuditEntry[]> {
    return this.audit.trail(ctx, REFERRAL, review.referral.id);
  }
}

@Resolver(() => ReferralSettings)
export class ReferralSettingsResolver {
  constructor(private readonly settings: ReferralSettingsService) {}

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => ReferralSettings, { description: '报备规则：保护期、引荐奖励资格' })
  referralSettings(@Ctx() ctx: RequestContext): Promise<ReferralSettings> {
    return this.settings.get(ctx);
  }

  @Allow('ADMIN')
  @Mutation(() => ReferralSettings, { description: '修改报备规则（系统设置）' })
  updateReferralSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateReferralSettingsInput,
  ): Promise<ReferralSettings> {
    return this.settings.update(ctx, input, (code) => {
      if (!isMilestoneCode(code)) throw badField('rewardMilestone', '请选择有效的落地节点');
    });
  }
}

/** Adds an organisation's referral conversion to the Organization type, from the referrals context. */
@Resolver(() => Organization)
export class OrganizationReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => ReferralFunnelView, { description: '报备转化：报备 → 受理 → 签约 → 落地' })
  referralFunnel(
    @Ctx() ctx: RequestContext,
    @Parent() organization: Organization,
  ): Promise<ReferralFunnelView> {
    staffOnly(ctx);
    return this.service.funnel(ctx, organization.id);
  }
}
