import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  MILESTONE_CODES,
  PROJECT_TYPES,
  REFERENCE_NAME_EN_MAX,
  REFERENCE_NAME_MAX,
  type MilestoneCode,
  type ProjectType,
} from '@lianzhao/domain';
import { OptionalText, Trim } from '@lianzhao/api-core';
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

@InputType({ description: '节点改名：各项目类型的模板中该节点一并改名（代码与顺序不变）' })
export class RenameMilestoneInput {
  @Field(() => MilestoneCodeEnum)
  @IsIn(MILESTONE_CODES, { message: '请选择节点' })
  code!: MilestoneCode;

  @Field({ description: '中文名称' })
  @Trim()
  @IsString({ message: '请填写名称' })
  @IsNotEmpty({ message: '请填写名称' })
  @MaxLength(REFERENCE_NAME_MAX, { message: `名称最多 ${REFERENCE_NAME_MAX} 个字` })
  name!: string;

  @OptionalText('英文名称', REFERENCE_NAME_EN_MAX, '英文名称；不填则不变')
  nameEn?: string | null;
}
