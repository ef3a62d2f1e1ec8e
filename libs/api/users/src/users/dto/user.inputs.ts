import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ROLES, USERNAME_PATTERN, USERNAME_MESSAGE, type Role } from '@lianzhao/domain';
import {
  ListArgs,
  ListExportArgs,
  IdField,
  IsEmailAddress,
  IsPassword,
  IsPhone,
  OptionalIdField,
  OptionalText,
  Trim,
  VersionField,
} from '@lianzhao/api-core';
import { RoleEnum } from '../role.enum';

const lowerCase = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

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
  @IsPassword('username')
  password!: string;

  @OptionalIdField('请选择所属机构', '平台伙伴用户所属机构（仅平台伙伴必填）')
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
  @IdField('用户')
  id!: string;

  @VersionField()
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

  @OptionalIdField('请选择所属机构')
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
  @IdField('用户')
  id!: string;

  @VersionField()
  version!: number;

  @Field()
  @IsBoolean()
  active!: boolean;
}

@InputType()
export class ResetPasswordInput {
  @IdField('用户')
  id!: string;

  @Field()
  @IsPassword()
  newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: '请输入当前密码' })
  @MaxLength(128, { message: '密码最多 128 位' })
  currentPassword!: string;

  @Field()
  @IsPassword()
  newPassword!: string;
}

@InputType()
export class UserFilter {
  @OptionalText('搜索词', 50, '按用户名或姓名搜索')
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @OptionalIdField('机构编号无效')
  organizationId?: string;
}

@ArgsType()
export class UserListArgs extends ListArgs(UserFilter) {}

@ArgsType()
export class UserExportArgs extends ListExportArgs(UserFilter) {}
