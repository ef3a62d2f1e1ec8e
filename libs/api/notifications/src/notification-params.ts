import { Field, ObjectType } from '@nestjs/graphql';

/**
 * What a notification's message is made of, stored beside its kind so that each reader's screen
 * words it in their own language (the kind names the sentence, these fill it in). Only the fields
 * a kind uses are set.
 */
@ObjectType({ description: '通知内容的参数：通知类型决定句子，这些字段填入其中' })
export class NotificationParams {
  @Field(() => String, { nullable: true, description: '企业名称、项目名称或线索名称' })
  name?: string;

  @Field(() => String, { nullable: true, description: '不予受理的理由' })
  reason?: string;

  @Field(() => String, { nullable: true, description: '日期（YYYY-MM-DD）：保护期到期日或节点计划日期' })
  date?: string;

  @Field(() => String, { nullable: true, description: '落地节点代码（MilestoneCode）' })
  milestone?: string;
}
