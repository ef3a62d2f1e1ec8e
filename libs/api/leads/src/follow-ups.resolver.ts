import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext, unauthenticated, ALL_ROLES } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { AddFollowUpInput, CompleteFollowUpStepInput } from './dto/follow-up.inputs';
import { FollowUp } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';
import { Lead } from './lead.entity';

@Resolver(() => FollowUp)
export class FollowUpsResolver {
  constructor(
    private readonly followUpsService: FollowUpsService,
    private readonly connection: TransactionalConnection,
  ) {}

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => FollowUp, { description: '记录一次跟进（走访、电话、考察、洽谈、会议、备注）' })
  addFollowUp(@Ctx() ctx: RequestContext, @Args('input') input: AddFollowUpInput): Promise<FollowUp> {
    return this.followUpsService.add(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Mutation(() => FollowUp, { description: '将跟进的下一步标记为已完成' })
  completeFollowUpStep(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CompleteFollowUpStepInput,
  ): Promise<FollowUp> {
    return this.followUpsService.completeStep(ctx, input);
  }

  @Allow('ADMIN', 'OFFICER')
  @Query(() => [FollowUp], { description: '我的待办跟进：已逾期或 7 天内到期的下一步' })
  myFollowUpsDue(@Ctx() ctx: RequestContext): Promise<FollowUp[]> {
    if (!ctx.user) throw unauthenticated();
    return this.followUpsService.dueForOwner(ctx, ctx.user.id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Lead)
  lead(@Ctx() ctx: RequestContext, @Parent() followUp: FollowUp): Promise<Lead | null> {
    return this.connection.byId(ctx, Lead).load(followUp.leadId);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Boolean, { description: '下一步已逾期' })
  overdue(@Parent() followUp: FollowUp): boolean {
    return this.followUpsService.isOverdue(followUp);
  }
}
