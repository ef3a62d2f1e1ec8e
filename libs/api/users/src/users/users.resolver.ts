import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Connection,
  Ctx,
  ExcelFile,
  RequestContext,
  ALL_ROLES,
  type ConnectionShape,
} from '@lianzhao/api-core';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  CreateUserInput,
  ResetPasswordInput,
  SetUserActiveInput,
  UpdateUserInput,
  UserExportArgs,
  UserListArgs,
} from './dto/user.inputs';
import { User } from './user.entity';
import { UsersService } from './users.service';

@ObjectType()
export class UserConnection extends Connection(User) {}

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly organizationsService: OrganizationsService,
  ) {}

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => UserConnection, { description: '用户列表' })
  users(@Ctx() ctx: RequestContext, @Args() args: UserListArgs): Promise<ConnectionShape<User>> {
    return this.usersService.list(ctx, args);
  }

  @Allow('ADMIN', 'OFFICER', 'LEADER')
  @Query(() => ExcelFile, { description: '按当前筛选导出用户（.xlsx，base64）' })
  usersExport(@Ctx() ctx: RequestContext, @Args() args: UserExportArgs): Promise<ExcelFile> {
    return this.usersService.export(ctx, args);
  }

  @Allow('ADMIN')
  @Query(() => User)
  user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.usersService.get(ctx, id);
  }

  @Allow('ADMIN')
  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => User)
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.usersService.update(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => User, { description: '停用或重新启用用户' })
  setUserActive(@Ctx() ctx: RequestContext, @Args('input') input: SetUserActiveInput): Promise<User> {
    return this.usersService.setActive(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => User, { description: '重置用户密码' })
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<User> {
    return this.usersService.resetPassword(ctx, input);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => Organization, { nullable: true })
  organization(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<Organization | null> {
    return user.organizationId
      ? this.organizationsService.loader(ctx).load(user.organizationId)
      : Promise.resolve(null);
  }
}
