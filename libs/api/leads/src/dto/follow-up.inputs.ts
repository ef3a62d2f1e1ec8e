import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '@lianzhao/domain';
import { IsDateOnly, Trim } from '@lianzhao/api-core';
import { FollowUpKindEnum } from '../lead.enums';

@InputType()
export class AddFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: '线索编号无效' })
  leadId!: string;

  @Field(() => FollowUpKindEnum)
  @IsIn(FOLLOW_UP_KINDS, { message: '请选择跟进方式' })
  kind!: FollowUpKind;

  @Field({ description: '发生日期 YYYY-MM-DD' })
  @IsDateOnly()
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(300, { message: '参与人最多 300 个字' })
  participants?: string | null;

  @Field()
  @Trim()
  @IsNotEmpty({ message: '请填写跟进内容' })
  @MaxLength(5000, { message: '跟进内容最多 5000 个字' })
  summary!: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(1000, { message: '下一步最多 1000 个字' })
  nextStep?: string | null;

  @Field(() => String, { nullable: true, description: '下一步截止日期' })
  @Trim()
  @IsOptional()
  @IsDateOnly()
  nextStepDueOn?: string | null;
}

@InputType()
export class CompleteFollowUpStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: '跟进记录编号无效' })
  id!: string;
}
