import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { SIGN_IN_RESULTS, type SignInResult } from '@lianzhao/domain';
import { IsDateOnly, IsRangeEnd, ListArgs, ListExportArgs, OptionalText, OrderBy } from '@lianzhao/api-core';
import { SignInResultEnum } from '../sign-in-event.entity';

@InputType()
export class SignInEventFilter {
  @OptionalText('用户名', 64, '按尝试登录的用户名搜索')
  username?: string | null;

  @OptionalText('地址', 64, '客户端地址（完全一致）')
  address?: string | null;

  @Field(() => [SignInResultEnum], { nullable: true })
  @IsOptional()
  @IsIn(SIGN_IN_RESULTS, { each: true, message: '请选择登录结果' })
  results?: SignInResult[] | null;

  @Field(() => String, { nullable: true, description: '日期起 YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  from?: string | null;

  @Field(() => String, { nullable: true, description: '日期止（含）' })
  @IsOptional()
  @IsDateOnly()
  @IsRangeEnd('from', '结束日期不能早于开始日期')
  to?: string | null;
}

export enum SignInEventOrderField {
  CREATED_AT = 'CREATED_AT',
}

@InputType()
export class SignInEventOrder extends OrderBy(SignInEventOrderField, 'SignInEventOrderField') {}

@ArgsType()
export class SignInEventListArgs extends ListArgs(SignInEventFilter, SignInEventOrder, '默认按时间倒序') {}

@ArgsType()
export class SignInEventExportArgs extends ListExportArgs(SignInEventFilter, SignInEventOrder) {}
