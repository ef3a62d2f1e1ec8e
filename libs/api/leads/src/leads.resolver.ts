import {
  Args,
  Field,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { LeadStage } from '@lianzhao/domain';
import {
  ALL_ROLES,
  Allow,
  Connection,
  Ctx,
  fieldContext,
  RequestContext,
  type GqlContext,
} from '@lianzhao/api-core';
import { AuditEntry, AuditService } from '@lianzhao/api-audit';
import { Enterprise, EnterpriseQueries } from '@lianzhao/api-enterprises';
import {
  BulkAssignLeadsInput,
  BulkMoveLeadsInput,
  BulkTagLeadsInput,
  CreateLeadInput,
  LeadListArgs,
  MoveLeadInput,
  UpdateLeadInput,
} from './dto/lead.inputs';
import { LeadBulkService } from './lead-bulk.service';
import { FollowUp } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';
import { LeadStageChange } from './lead-stage-change.entity';
import { LeadStageEnum } from './lead.enums';
import { Lead } from './lead.entity';
import { LEAD, LeadsService, type LeadPage } from './leads.service';

@ObjectType({ description: '看板列汇总' })
export class StageSummary {
  @Field(() => LeadStageEnum)
  stage!: LeadStage;

  @Field(() => Int)
  count!: number;

  @Field({ description: '计划投资合计（万元）' })
  plannedInvestment!: string;
}

@ObjectType()
export class LeadConnection extends Connection(Lead) {}

/** The board's column sums cost a grouped query, so they run only when a client selects them. */
@Resolver(() => LeadConnection)
export class LeadConnectionResolver {
  constructor(private readonly leadsService: LeadsService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => [StageSummary], {
    description: '按阶段的数量与计划投资合计（同一筛选条件，不含阶段筛选）',
  })
  stageSummary(@Ctx() ctx: RequestContext, @Parent() page: LeadPage): Promise<StageSummary[]> {
    return this.leadsService.pageSummary(ctx, page);
  }
}

@Resolver(() => Lead)
export class LeadsResolver {
  constructor(
    private readonly leadsService: LeadsService,
    private readonly leadBulk: LeadBulkService,
    private readonly followUpsService: FollowUpsService,
    private readonly auditService: AuditService,
    private readonly enterprises: EnterpriseQueries,
  ) {}

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => LeadConnection, { description: '招商线索' })
  leads(
    @Ctx() ctx: RequestContext,
    @Args() args: LeadListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<LeadPage> {
    return this.leadsService.list(ctx, args, info);
  }

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => Lead)
  lead(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Lead> {
    return this.leadsService.get(ctx, id);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Lead, { description: '新建线索；产业由细分赛道确定，负责人默认为当前用户' })
  createLead(@Ctx() ctx: RequestContext, @Args('input') input: CreateLeadInput): Promise<Lead> {
    return this.leadsService.create(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Lead)
  updateLead(@Ctx() ctx: RequestContext, @Args('input') input: UpdateLeadInput): Promise<Lead> {
    return this.leadsService.update(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Lead, { description: '变更线索阶段；不允许的变更返回 BAD_USER_INPUT 并说明可转到的阶段' })
  moveLead(@Ctx() ctx: RequestContext, @Args('input') input: MoveLeadInput): Promise<Lead> {
    return this.leadsService.move(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => [Lead], {
    description: '批量更换负责人；任一条不能更换则整批不变，并逐条说明原因（extensions.rows）',
  })
  bulkAssignLeads(@Ctx() ctx: RequestContext, @Args('input') input: BulkAssignLeadsInput): Promise<Lead[]> {
    return this.leadBulk.assignOwner(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => [Lead], {
    description:
      '批量变更阶段，每条按管道规则检查；任一条不允许则整批不变，并逐条说明原因（extensions.rows）',
  })
  bulkMoveLeads(@Ctx() ctx: RequestContext, @Args('input') input: BulkMoveLeadsInput): Promise<Lead[]> {
    return this.leadBulk.moveStage(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => [Lead], {
    description: '批量打标签（线索标签）；任一条不能打则整批不变，并逐条说明原因（extensions.rows）',
  })
  bulkTagLeads(@Ctx() ctx: RequestContext, @Args('input') input: BulkTagLeadsInput): Promise<Lead[]> {
    return this.leadBulk.addTags(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => [Lead], {
    description: '批量移除标签；任一条不能移除则整批不变，并逐条说明原因（extensions.rows）',
  })
  bulkUntagLeads(@Ctx() ctx: RequestContext, @Args('input') input: BulkTagLeadsInput): Promise<Lead[]> {
    return this.leadBulk.removeTags(ctx, input);
  }

  // Without parameter decorators: called by graphql-js directly, once per row (see fieldContext).
  // A list page reads the enterprise with its rows (LEAD_LIST.pageRelations).
  @Allow(...ALL_ROLES)
  @ResolveField(() => Enterprise)
  enterprise(lead: Lead, _args: unknown, gql: GqlContext): Promise<Enterprise | null> | Enterprise {
    return lead.enterprise ?? this.enterprises.loader(fieldContext(gql)).load(lead.enterpriseId);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [FollowUp], { description: '跟进记录，最新在前' })
  followUps(@Ctx() ctx: RequestContext, @Parent() lead: Lead): Promise<FollowUp[]> {
    return this.followUpsService.forLead(ctx, lead.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [LeadStageChange], { description: '阶段变更，最新在前' })
  stageChanges(@Ctx() ctx: RequestContext, @Parent() lead: Lead): Promise<LeadStageChange[]> {
    return this.leadsService.stageChanges(ctx, lead.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [AuditEntry], { description: '操作记录，最新在前' })
  auditTrail(@Ctx() ctx: RequestContext, @Parent() lead: Lead): Promise<AuditEntry[]> {
    return this.auditService.trail(ctx, LEAD, lead.id);
  }
}

/** Adds the leads of an enterprise to the Enterprise type, from the context that owns leads. */
@Resolver(() => Enterprise)
export class EnterpriseLeadsResolver {
  constructor(private readonly leadsService: LeadsService) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => [Lead], { description: '该企业的线索' })
  leads(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise): Promise<Lead[]> {
    return this.leadsService.leadsOfEnterprise(ctx, enterprise.id);
  }
}
