import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, ValidateNested, MaxLength, Min, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH, ROLES, USERNAME_PATTERN, USERNAME_MESSAGE, type Role } from '@lianzhao/domain';
import { ConnectionArgs, IsEmailAddress, IsPhone, Trim } from '@lianzhao/api-core';
import { RoleEnum } from '../role.enum';

const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const PASSWORD_MESSAGE = `密码至少 ${PASSWORD_MIN_LENGTH} 位`;

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(lowerCase)
  @Matches(USERNAME_PATTERN, { message: USERNAME_MESSAGE })
  username!: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请输入姓名' })
  @MaxLength(64, { message: '姓名最多 64 个字' })
  displayName!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES, { message: '请选择角色' })
  role!: Role;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_MESSAGE })
  @MaxLength(128, { message: '密码最多 128 位' })
  password!: string;

  @Field(() => ID, { nullable: true, description: '平台伙伴用户所属机构（仅平台伙伴必填）' })
  @IsOptional()
  @IsUUID('all', { message: '请选择所属机构' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: '用户编号无效' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: '版本号必须是整数' })
  @Min(1, { message: '版本号无效' })
  version!: number;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsNotEmpty({ message: '姓名不能为空' })
  @MaxLength(64, { message: '姓名最多 64 个字' })
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES, { message: '请选择角色' })
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '请选择所属机构' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID('all', { message: '用户编号无效' })
  id!: string;

  @Field(() => Int)
  @IsInt({ message: '版本号必须是整数' })
  version!: number;

  @Field()
  @IsBoolean()
  active!: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  @IsUUID('all', { message: '用户编号无效' })
  id!: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_MESSAGE })
  @MaxLength(128, { message: '密码最多 128 位' })
  newPassword!: string;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: '按用户名或姓名搜索' })
  @Trim()
  @IsOptional()
  @MaxLength(50, { message: '搜索词最多 50 个字' })
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '机构编号无效' })
  organizationId?: string;
}

@ArgsType()
export class UserListArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}
