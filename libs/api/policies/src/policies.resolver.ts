import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Ctx,
  ExcelFile,
  fieldContext,
  RequestContext,
  STAFF_ROLES,
  type ConnectionShape,
  type GqlContext,
} from '@lianzhao/api-core';
import { policyEstimateTotal, type PolicySubject } from '@lianzhao/domain';
import { Enterprise, EnterpriseQueries } from '@lianzhao/api-enterprises';
import { Project, ProjectQueriesService, ProjectSupportItem } from '@lianzhao/api-projects';
import { Policy } from './policy.entity';
import { PolicyItem } from './policy-item.entity';
import { PolicyMatch, subjectOf } from './policy-match.entity';
import { PolicyMatchJob } from './policy-match-job.entity';
import { PolicyMatchJobsService } from './policy-match-jobs.service';
import { PolicySubjectEnum } from './policy.enums';
import { PolicyPreview, PolicyPreviewProject, PolicyQualifiedConnection } from './policy.types';
import {
  CreatePolicyInput,
  CreatePolicyItemInput,
  PolicyPreviewInput,
  PolicyQualifiedArgs,
  PolicyQualifiedExportArgs,
  RetirePolicyItemInput,
  UpdatePolicyInput,
  UpdatePolicyItemInput,
} from './dto/policy.inputs';
import { checkedAmount, checkedCondition, PoliciesService } from './policies.service';
import { PolicyMatchesService } from './policy-matches.service';
import { PolicyQualifiedExportService } from './policy-qualified-export.service';

// Partners see none of it: every root field leaves them out, and so does every field it adds to
// projects and enterprises (the field rule answers FORBIDDEN).
const STAFF = ['ADMIN', 'OFFICER', 'LEADER'] as const;
const PREVIEW_ROWS = 20;

@Resolver(() => Policy)
export class PoliciesResolver {
  constructor(
    private readonly policiesService: PoliciesService,
    private readonly matches: PolicyMatchesService,
    private readonly exporter: PolicyQualifiedExportService,
  ) {}

  @Allow(...STAFF)
  @Query(() => [Policy], { description: '政策库：政策文件，最新发布在前' })
  policies(@Ctx() ctx: RequestContext): Promise<Policy[]> {
    return this.policiesService.list(ctx);
  }

  @Allow(...STAFF)
  @Query(() => ExcelFile, { description: '导出政策库（.xlsx，base64）：每条政策条款一行' })
  policiesExport(@Ctx() ctx: RequestContext): Promise<ExcelFile> {
    return this.policiesService.export(ctx);
  }

  @Allow(...STAFF)
  @Query(() => Policy)
  policy(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Policy> {
    return this.policiesService.get(ctx, id);
  }

  @Allow(...STAFF)
  @Query(() => PolicyQualifiedConnection, { description: '免申即享：自某日起新符合政策条款的项目' })
  policyQualified(@Ctx() ctx: RequestContext, @Args() args: PolicyQualifiedArgs): Promise<ConnectionShape<PolicyMatch>> {
    return this.matches.qualified(ctx, args);
  }

  @Allow(...STAFF)
  @Query(() => ExcelFile, { description: '导出免申即享列表（.xlsx，base64）' })
  policyQualifiedExport(@Ctx() ctx: RequestContext, @Args() args: PolicyQualifiedExportArgs): Promise<ExcelFile> {
    return this.exporter.export(ctx, args.since, args.filter, args.orderBy);
  }

  @Allow('ADMIN')
  @Query(() => PolicyPreview, { description: '试算：草稿条款当前匹配哪些项目（不保存）' })
  async policyPreview(@Ctx() ctx: RequestContext, @Args('input') input: PolicyPreviewInput): Promise<PolicyPreview> {
    const result = await this.matches.preview(ctx, checkedCondition(input.condition), checkedAmount(input.amount), PREVIEW_ROWS);
    return {
      qualifiedCount: result.qualifiedCount,
      projects: result.rows.map((r) => ({ projectId: r.projectId, amount: r.evaluation.amount })),
    };
  }

  @Allow('ADMIN')
  @Mutation(() => Policy)
  createPolicy(@Ctx() ctx: RequestContext, @Args('input') input: CreatePolicyInput): Promise<Policy> {
    return this.policiesService.create(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => Policy)
  updatePolicy(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePolicyInput): Promise<Policy> {
    return this.policiesService.update(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => PolicyItem, { description: '新增政策条款；条件或金额规则不合法时指出出错的部分' })
  createPolicyItem(@Ctx() ctx: RequestContext, @Args('input') input: CreatePolicyItemInput): Promise<PolicyItem> {
    return this.policiesService.createItem(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => PolicyItem)
  updatePolicyItem(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePolicyItemInput): Promise<PolicyItem> {
    return this.policiesService.updateItem(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => PolicyItem, { description: '停用政策条款：此后不再匹配' })
  retirePolicyItem(@Ctx() ctx: RequestContext, @Args('input') input: RetirePolicyItemInput): Promise<PolicyItem> {
    return this.policiesService.retireItem(ctx, input);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => [PolicyItem], { description: '条款（含已停用）' })
  items(@Ctx() ctx: RequestContext, @Parent() policy: Policy): Promise<PolicyItem[]> {
    return this.policiesService.items(ctx, policy.id);
  }
}

@Resolver(() => PolicyItem)
export class PolicyItemResolver {
  constructor(
    private readonly policies: PoliciesService,
    private readonly jobs: PolicyMatchJobsService,
    private readonly matches: PolicyMatchesService,
  ) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => PolicyMatchJob, { nullable: true, description: '匹配重算进度（保存条款后在后台进行）' })
  matchJob(@Ctx() ctx: RequestContext, @Parent() item: PolicyItem): Promise<PolicyMatchJob | null> {
    return this.jobs.jobLoader(ctx).load(item.id);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Int, { description: '当前符合的对象数（项目与企业）；重算进行中时为部分结果' })
  qualifiedCount(@Ctx() ctx: RequestContext, @Parent() item: PolicyItem): Promise<number> {
    return this.matches.qualifiedCountLoader(ctx).load(item.id);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Policy)
  policy(@Ctx() ctx: RequestContext, @Parent() item: PolicyItem): Promise<Policy> {
    return this.policies.get(ctx, item.policyId);
  }
}

@Resolver(() => PolicyMatch)
export class PolicyMatchResolver {
  constructor(
    private readonly matches: PolicyMatchesService,
    private readonly projects: ProjectQueriesService,
    private readonly enterprises: EnterpriseQueries,
  ) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => PolicySubjectEnum, { description: '匹配对象：项目，或无项目时企业自身' })
  subject(match: PolicyMatch): PolicySubject {
    return subjectOf(match);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Enterprise, { nullable: true, description: '企业：企业自身的匹配为该企业，项目的匹配为项目所属企业' })
  async enterprise(match: PolicyMatch, _args: unknown, gql: GqlContext): Promise<Enterprise | null> {
    const ctx = fieldContext(gql);
    const enterpriseId = match.enterpriseId ?? (match.projectId ? (await this.projects.loader(ctx).load(match.projectId))?.enterpriseId : null);
    return enterpriseId ? this.enterprises.loader(ctx).load(enterpriseId) : null;
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => PolicyItem)
  item(match: PolicyMatch, _args: unknown, gql: GqlContext): Promise<PolicyItem | null> | PolicyItem {
    return match.item ?? this.matches.itemLoader(fieldContext(gql)).load(match.itemId);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Project, { nullable: true, description: '项目；企业自身的匹配为空' })
  project(match: PolicyMatch, _args: unknown, gql: GqlContext): Promise<Project | null> {
    return match.projectId ? this.projects.loader(fieldContext(gql)).load(match.projectId) : Promise.resolve(null);
  }
}

@Resolver(() => PolicyPreviewProject)
export class PolicyPreviewProjectResolver {
  constructor(private readonly projects: ProjectQueriesService) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => Project)
  project(@Ctx() ctx: RequestContext, @Parent() row: PolicyPreviewProject): Promise<Project | null> {
    return this.projects.loader(ctx).load(row.projectId);
  }
}

/** `Project.policyMatches` lives here, so the projects context never imports policies. */
@Resolver(() => Project)
export class ProjectPolicyMatchesResolver {
  constructor(private readonly matches: PolicyMatchesService) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => [PolicyMatch], { description: '可享政策：已符合的条款在前，其余按尚缺条件多少排列' })
  policyMatches(@Ctx() ctx: RequestContext, @Parent() project: Project): Promise<PolicyMatch[]> {
    return this.matches.ofProject(ctx, project.id);
  }
}

@Resolver(() => Enterprise)
export class EnterprisePolicyMatchesResolver {
  constructor(private readonly matches: PolicyMatchesService) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => [PolicyMatch], { description: '可享政策：企业自身的匹配在前，其后为各落地项目的匹配' })
  policyMatches(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise): Promise<PolicyMatch[]> {
    return this.matches.ofEnterprise(ctx, enterprise.id);
  }

  @Allow(...STAFF_ROLES)
  @ResolveField(() => String, {
    description: '可享政策预计金额合计（万元）：已符合的匹配各计一次；项目已符合的条款不再按企业重复计入',
  })
  async policyEstimate(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise): Promise<string> {
    const all = await this.matches.ofEnterprise(ctx, enterprise.id);
    return policyEstimateTotal(all.map((m) => ({ subject: subjectOf(m), itemId: m.itemId, qualified: m.qualified, amount: m.amount })));
  }
}

/** `ProjectSupportItem.policyItem`: the policy item a support claims. */
@Resolver(() => ProjectSupportItem)
export class SupportItemPolicyResolver {
  constructor(private readonly matches: PolicyMatchesService) {}

  @Allow(...STAFF_ROLES)
  @ResolveField(() => PolicyItem, { nullable: true, description: '所依据的政策条款' })
  policyItem(@Ctx() ctx: RequestContext, @Parent() support: ProjectSupportItem): Promise<PolicyItem | null> {
    return support.policyItemId ? this.matches.itemLoader(ctx).load(support.policyItemId) : Promise.resolve(null);
  }
}
