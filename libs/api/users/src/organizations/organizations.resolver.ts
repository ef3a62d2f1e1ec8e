import { Args, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Connection,
  Ctx,
  ExcelFile,
  RequestContext,
  ALL_ROLES,
  type ConnectionShape,
} from '@lianzhao/api-core';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import {
  CreateOrganizationInput,
  OrganizationExportArgs,
  OrganizationListArgs,
  SetOrganizationActiveInput,
  UpdateOrganizationInput,
} from './dto/organization.inputs';

@ObjectType()
export class OrganizationConnection extends Connection(Organization) {}

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => OrganizationConnection, { description: '合作机构列表' })
  organizations(
    @Ctx() ctx: RequestContext,
    @Args() args: OrganizationListArgs,
  ): Promise<ConnectionShape<Organization>> {
    return this.organizationsService.list(ctx, args);
  }

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => ExcelFile, { description: '按当前筛选导出合作机构（.xlsx，base64）' })
  organizationsExport(@Ctx() ctx: RequestContext, @Args() args: OrganizationExportArgs): Promise<ExcelFile> {
    return this.organizationsService.export(ctx, args);
  }

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => Organization)
  organization(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Organization> {
    return this.organizationsService.get(ctx, id);
  }

  @Allow('ADMIN')
  @Mutation(() => Organization)
  createOrganization(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<Organization> {
    return this.organizationsService.create(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => Organization)
  updateOrganization(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return this.organizationsService.update(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => Organization, { description: '停用或重新启用合作机构' })
  setOrganizationActive(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetOrganizationActiveInput,
  ): Promise<Organization> {
    return this.organizationsService.setActive(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [String], { description: '牵头的细分赛道代码（链主企业）' })
  segmentCodes(@Ctx() ctx: RequestContext, @Parent() organization: Organization): Promise<string[]> {
    return this.organizationsService.segmentCodesLoader(ctx).load(organization.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Int, { description: '机构下的用户数' })
  userCount(@Ctx() ctx: RequestContext, @Parent() organization: Organization): Promise<number> {
    return this.organizationsService.userCountLoader(ctx).load(organization.id);
  }
}
