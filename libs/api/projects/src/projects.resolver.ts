import {
  Args,
  Info,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { healthOfEarliestOpenPlan, type MilestoneStatus, type ProjectHealth } from '@lianzhao/domain';
import {
  ALL_ROLES,
  Allow,
  Connection,
  Ctx,
  ExcelFile,
  fieldContext,
  forbidden,
  RequestContext,
  STAFF_ROLES,
  type ConnectionShape,
  type GqlContext,
} from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AuditEntry, AuditService } from '@lianzhao/api-audit';
import { Enterprise, EnterpriseQueries } from '@lianzhao/api-enterprises';
import { Lead, LeadsService } from '@lianzhao/api-leads';
import { Park, ReferenceService } from '@lianzhao/api-reference';
import {
  CreateProjectInput,
  MilestoneAlertArgs,
  ProjectExportArgs,
  PlanMilestoneInput,
  ProjectListArgs,
  RecordMilestoneInput,
  RemoveSupportItemInput,
  SaveSupportItemInput,
  UpdateProjectInput,
} from './dto/project.inputs';
import { MilestoneTemplate } from './milestone-template.entity';
import { RenameMilestoneInput, SetMilestoneTemplateOptionalInput } from './dto/milestone-template.inputs';
import { MilestoneStatusEnum, ProjectHealthEnum } from './project.enums';
import { PROJECT, Project } from './project.entity';
import { ProjectMilestone } from './project-milestone.entity';
import { ProjectPlanChange } from './project-plan-change.entity';
import { ProjectSupportItem } from './project-support-item.entity';
import { ProjectExportService } from './project-export.service';
import { ProjectMilestonesService } from './project-milestones.service';
import { ProjectSupportItemsService } from './project-support-items.service';
import { ProjectQueriesService } from './project-queries.service';
import { ProjectsService } from './projects.service';
import {
  MilestoneAlertsService,
  type MilestoneAlertList,
  type MilestoneAlertRow,
} from './milestone-alerts.service';

const READERS = ['ADMIN', 'OFFICER', 'LEADER'] as const;
const WRITERS = ['ADMIN', 'OFFICER'] as const;

@ObjectType()
export class ProjectConnection extends Connection(Project) {}

@ObjectType({ description: '逾期提醒：逾期或 30 天内到期的节点' })
export class MilestoneAlert {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ProjectMilestone)
  milestone!: ProjectMilestone;

  @Field(() => MilestoneStatusEnum)
  status!: MilestoneStatus;

  @Field(() => Int, { description: '逾期天数' })
  daysLate!: number;

  @Field(() => Int, { description: '距计划日期天数' })
  daysLeft!: number;
}

@ObjectType({ description: '逾期提醒列表' })
export class MilestoneAlertListType {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => Int)
  overdueCount!: number;

  @Field(() => Int)
  dueCount!: number;

  @Field(() => [MilestoneAlert])
  items!: MilestoneAlert[];
}

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly projectsService: ProjectsService,
    private readonly alerts: MilestoneAlertsService,
    private readonly milestonesService: ProjectMilestonesService,
    private readonly supportItemsService: ProjectSupportItemsService,
    private readonly auditService: AuditService,
    private readonly connection: TransactionalConnection,
    private readonly exporter: ProjectExportService,
    private readonly queries: ProjectQueriesService,
    private readonly leads: LeadsService,
    private readonly enterprises: EnterpriseQueries,
    private readonly reference: ReferenceService,
  ) {}

  @Allow(...READERS)
  @Query(() => ProjectConnection, { description: '落地项目' })
  projects(
    @Ctx() ctx: RequestContext,
    @Args() args: ProjectListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Project>> {
    return this.queries.list(ctx, args, info);
  }

  @Allow(...READERS)
  @Query(() => Project)
  project(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Project> {
    return this.projectsService.get(ctx, id);
  }

  @Allow(...READERS)
  @Query(() => ExcelFile, { description: '按当前筛选与排序导出落地项目（.xlsx，base64）' })
  exportProjects(@Ctx() ctx: RequestContext, @Args() args: ProjectExportArgs): Promise<ExcelFile> {
    return this.exporter.export(ctx, args.filter, args.orderBy);
  }

  // Reference data like industries and towns: a partner's referral progress names its project's
  // milestones as the office does.
  @Allow(...ALL_ROLES)
  @Query(() => [MilestoneTemplate], { description: '节点模板（按项目类型与顺序）' })
  milestoneTemplates(@Ctx() ctx: RequestContext): Promise<MilestoneTemplate[]> {
    return this.milestonesService.templates(ctx);
  }

  @Allow('ADMIN')
  @Mutation(() => MilestoneTemplate, { description: '设置节点模板中的节点是否可跳过（签约、工商注册除外）' })
  setMilestoneTemplateOptional(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetMilestoneTemplateOptionalInput,
  ): Promise<MilestoneTemplate> {
    return this.milestonesService.setTemplateOptional(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => [MilestoneTemplate], {
    description: '节点改名：各项目类型模板中的该节点一并改名，处处显示新名称（代码与顺序不变）',
  })
  renameMilestone(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RenameMilestoneInput,
  ): Promise<MilestoneTemplate[]> {
    return this.milestonesService.renameMilestone(ctx, input);
  }

  @Allow(...READERS)
  @Query(() => MilestoneAlertListType, { description: '逾期提醒：招商专员看自己负责的项目，领导看全部' })
  milestoneAlerts(@Ctx() ctx: RequestContext, @Args() args: MilestoneAlertArgs): Promise<MilestoneAlertList> {
    return this.alerts.list(ctx, args.first);
  }

  @Allow(...WRITERS)
  @Mutation(() => Project, { description: '直接新建落地项目（系统启用前已签约的项目）' })
  createProject(@Ctx() ctx: RequestContext, @Args('input') input: CreateProjectInput): Promise<Project> {
    return this.projectsService.create(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Project)
  updateProject(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProjectInput): Promise<Project> {
    return this.projectsService.update(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Project, { description: '记录或清除节点实际日期；须按模板顺序且不晚于今天' })
  recordMilestone(@Ctx() ctx: RequestContext, @Args('input') input: RecordMilestoneInput): Promise<Project> {
    return this.milestonesService.recordMilestone(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Project, { description: '设置或调整节点计划日期；调整已有计划须填写原因' })
  planMilestone(@Ctx() ctx: RequestContext, @Args('input') input: PlanMilestoneInput): Promise<Project> {
    return this.milestonesService.planMilestone(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Project, { description: '新增或修改扶持事项' })
  saveProjectSupportItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveSupportItemInput,
  ): Promise<Project> {
    return this.supportItemsService.saveSupportItem(ctx, input);
  }

  @Allow(...WRITERS)
  @Mutation(() => Project)
  removeProjectSupportItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RemoveSupportItemInput,
  ): Promise<Project> {
    return this.supportItemsService.removeSupportItem(ctx, input);
  }

  // The fields a list row shows are written without parameter decorators: graphql-js calls them
  // directly, once per row (see fieldContext).
  @Allow(...ALL_ROLES)
  @ResolveField(() => [ProjectMilestone], { description: '节点，按模板顺序' })
  milestones(project: Project, _args: unknown, gql: GqlContext): Promise<ProjectMilestone[]> {
    return this.projectsService.milestonesOf(fieldContext(gql), project.id);
  }

  // Read off the row's earliest open plan (kept with the milestones): no milestone query per row.
  @Allow(...ALL_ROLES)
  @ResolveField(() => ProjectHealthEnum, { description: '进度状况（按上海日期计算）' })
  health(project: Project): ProjectHealth {
    return healthOfEarliestOpenPlan(project.earliestOpenPlan, this.projectsService.today()).health;
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Int, { description: '最严重逾期节点的逾期天数' })
  daysLate(project: Project): number {
    return healthOfEarliestOpenPlan(project.earliestOpenPlan, this.projectsService.today()).daysLate;
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Lead, { nullable: true, description: '来源线索' })
  lead(@Ctx() ctx: RequestContext, @Parent() project: Project): Promise<Lead | null> {
    return project.leadId ? this.leads.loader(ctx).load(project.leadId) : Promise.resolve(null);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Park, { nullable: true, description: '园区' })
  park(project: Project, _args: unknown, gql: GqlContext): Park | Promise<Park | null> | null {
    return project.parkCode ? this.reference.parkOf(fieldContext(gql), project.parkCode) : null;
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Enterprise)
  enterprise(project: Project, _args: unknown, gql: GqlContext): Promise<Enterprise | null> | Enterprise {
    return project.enterprise ?? this.enterprises.loader(fieldContext(gql)).load(project.enterpriseId);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [ProjectPlanChange], { description: '计划调整记录，最新在前' })
  planChanges(@Ctx() ctx: RequestContext, @Parent() project: Project): Promise<ProjectPlanChange[]> {
    return this.projectsService.planChanges(ctx, project.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [ProjectSupportItem], { description: '扶持事项' })
  supportItems(@Ctx() ctx: RequestContext, @Parent() project: Project): Promise<ProjectSupportItem[]> {
    return this.projectsService.supportItems(ctx, project.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [AuditEntry], { description: '操作记录，最新在前' })
  auditTrail(@Ctx() ctx: RequestContext, @Parent() project: Project): Promise<AuditEntry[]> {
    return this.auditService.trail(ctx, PROJECT, project.id);
  }
}

@Resolver(() => MilestoneAlert)
export class MilestoneAlertResolver {
  constructor(private readonly connection: TransactionalConnection) {}

  @Allow(...ALL_ROLES)
  @ResolveField(() => Project)
  project(@Ctx() ctx: RequestContext, @Parent() alert: MilestoneAlertRow): Promise<Project | null> {
    return this.connection.byId(ctx, Project).load(alert.projectId);
  }
}

/** `Lead.project` lives here so the leads module never imports projects. */
@Resolver(() => Lead)
export class LeadProjectResolver {
  constructor(private readonly projectsService: ProjectsService) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Project, { nullable: true, description: '签约后生成的落地项目' })
  project(@Ctx() ctx: RequestContext, @Parent() lead: Lead): Promise<Project | null> {
    // Field resolvers are not guarded; partners follow progress through their referrals only.
    if (ctx.user?.role === 'PARTNER') throw forbidden();
    return this.projectsService.projectOfLead(ctx, lead.id);
  }
}
