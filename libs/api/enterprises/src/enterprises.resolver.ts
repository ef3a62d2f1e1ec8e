import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, RequestContext, ALL_ROLES, type ConnectionShape } from '@lianzhao/api-core';
import { AuditEntry, AuditService } from '@lianzhao/api-audit';
import {
  CreateEnterpriseInput,
  EnterpriseListArgs,
  MergeEnterprisesInput,
  UpdateEnterpriseInput,
} from './dto/enterprise.inputs';
import { EnterpriseContact } from './enterprise-contact.entity';
import { Enterprise } from './enterprise.entity';
import { ENTERPRISE } from './enterprise-audit';
import { EnterpriseMergeService } from './enterprise-merge.service';
import { EnterprisesService } from './enterprises.service';

@ObjectType()
export class EnterpriseConnection extends Connection(Enterprise) {}

@Resolver(() => Enterprise)
export class EnterprisesResolver {
  constructor(
    private readonly enterprisesService: EnterprisesService,
    private readonly mergeService: EnterpriseMergeService,
    private readonly auditService: AuditService,
  ) {}

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => EnterpriseConnection, { description: '企业库' })
  enterprises(
    @Ctx() ctx: RequestContext,
    @Args() args: EnterpriseListArgs,
  ): Promise<ConnectionShape<Enterprise>> {
    return this.enterprisesService.list(ctx, args);
  }

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => Enterprise)
  enterprise(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Enterprise> {
    return this.enterprisesService.get(ctx, id);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Enterprise, { description: '新建企业；名称或信用代码与已有企业重复时返回 CONFLICT' })
  createEnterprise(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateEnterpriseInput,
  ): Promise<Enterprise> {
    return this.enterprisesService.create(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Enterprise)
  updateEnterprise(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateEnterpriseInput,
  ): Promise<Enterprise> {
    return this.enterprisesService.update(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => Enterprise, { description: '合并重复企业：线索、联系人和记录并入保留的企业' })
  mergeEnterprises(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MergeEnterprisesInput,
  ): Promise<Enterprise> {
    return this.mergeService.merge(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [EnterpriseContact])
  contacts(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise): Promise<EnterpriseContact[]> {
    return this.enterprisesService.contacts(ctx, enterprise.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [AuditEntry], { description: '操作记录，最新在前' })
  auditTrail(@Ctx() ctx: RequestContext, @Parent() enterprise: Enterprise): Promise<AuditEntry[]> {
    return this.auditService.trail(ctx, ENTERPRISE, enterprise.id);
  }
}
