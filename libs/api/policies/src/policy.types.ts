import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@lianzhao/api-core';
import { PolicyMatch } from './policy-match.entity';

@ObjectType({ description: '免申即享：新符合政策条款的项目' })
export class PolicyQualifiedConnection extends Connection(PolicyMatch) {}

@ObjectType({ description: '试算结果中的一个项目' })
export class PolicyPreviewProject {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { nullable: true, description: '预计金额（万元）' })
  amount!: string | null;
}

@ObjectType({ description: '试算：草稿条款当前匹配的项目' })
export class PolicyPreview {
  @Field(() => Int, { description: '当前符合的项目数' })
  qualifiedCount!: number;

  @Field(() => [PolicyPreviewProject], { description: '前若干个符合的项目' })
  projects!: PolicyPreviewProject[];
}
