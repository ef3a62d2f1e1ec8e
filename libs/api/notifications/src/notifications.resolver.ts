import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, ALL_ROLES, Ctx, RequestContext, type ConnectionShape } from '@lianzhao/api-core';
import { Notification } from './notification.entity';
import { NotificationConnection } from './notification.types';
import { MarkNotificationReadInput, NotificationListArgs } from './dto/notification.inputs';
import { NotificationsService } from './notifications.service';

/** Every user reads and marks only their own notifications (the list's scope). */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Allow(...ALL_ROLES)
  @Query(() => NotificationConnection, { description: '我的通知，最新在前' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args() args: NotificationListArgs,
  ): Promise<ConnectionShape<Notification>> {
    return this.service.page(ctx, args);
  }

  @Allow(...ALL_ROLES)
  @Query(() => Int, { description: '我的未读通知数' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Allow(...ALL_ROLES)
  @Mutation(() => Notification, { description: '标为已读' })
  markNotificationRead(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkNotificationReadInput,
  ): Promise<Notification> {
    return this.service.markRead(ctx, input.id);
  }

  @Allow(...ALL_ROLES)
  @Mutation(() => Int, { description: '全部标为已读，返回标记的条数' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.markAllRead(ctx);
  }
}
