import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, ExcelFile, RequestContext, type ConnectionShape } from '@lianzhao/api-core';
import { SignInEventExportArgs, SignInEventListArgs } from './dto/sign-in-event.inputs';
import { SignInEvent } from './sign-in-event.entity';
import { SignInLogService } from './sign-in-log.service';

@ObjectType()
export class SignInEventConnection extends Connection(SignInEvent) {}

@Resolver(() => SignInEvent)
export class SignInLogResolver {
  constructor(private readonly log: SignInLogService) {}

  @Allow('ADMIN')
  @Query(() => SignInEventConnection, { description: '登录记录（成功与失败），按时间倒序' })
  signInEvents(@Ctx() ctx: RequestContext, @Args() args: SignInEventListArgs): Promise<ConnectionShape<SignInEvent>> {
    return this.log.list(ctx, args);
  }

  @Allow('ADMIN')
  @Query(() => ExcelFile, { description: '按当前筛选导出登录记录（.xlsx，base64）' })
  signInEventsExport(@Ctx() ctx: RequestContext, @Args() args: SignInEventExportArgs): Promise<ExcelFile> {
    return this.log.export(ctx, args);
  }
}
