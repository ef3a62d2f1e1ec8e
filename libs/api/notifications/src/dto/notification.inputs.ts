import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { IdField, ListArgs } from '@lianzhao/api-core';

@InputType()
export class NotificationFilter {
  @Field(() => Boolean, { nullable: true, description: '只看未读' })
  @IsOptional()
  @IsBoolean({ message: '请选择是否只看未读' })
  unreadOnly?: boolean | null;
}

@ArgsType()
export class NotificationListArgs extends ListArgs(NotificationFilter) {}

@InputType()
export class MarkNotificationReadInput {
  @IdField('通知')
  id!: string;
}
