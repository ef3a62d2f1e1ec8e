import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn } from 'class-validator';
import { MILESTONE_CODES, PROJECT_TYPES, type MilestoneCode, type ProjectType } from '@lianzhao/domain';
import { MilestoneCodeEnum, ProjectTypeEnum } from '../project.enums';

@InputType({ description: '设置节点模板中的节点是否可跳过（基础数据）' })
export class SetMilestoneTemplateOptionalInput {
  @Field(() => ProjectTypeEnum)
  @IsIn(PROJECT_TYPES, { message: '请选择项目类型' })
  projectType!: ProjectType;

  @Field(() => MilestoneCodeEnum)
  @IsIn(MILESTONE_CODES, { message: '请选择节点' })
  code!: MilestoneCode;

  @Field({ description: '可跳过：本节点可以没有实际日期而后续节点照常记录' })
  @IsBoolean({ message: '请选择是否可跳过' })
  optional!: boolean;
}
