import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { User } from '@lianzhao/api-users';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: '请输入用户名' })
  @MaxLength(64, { message: '用户名过长' })
  username!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: '请输入密码' })
  @MaxLength(128, { message: '密码过长' })
  password!: string;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
