import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ListExportArgs } from '@lianzhao/api-core';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LeadFilter, LeadOrder } from '@lianzhao/api-leads';

/** Problems listed in the GraphQL answer; the report file has them all. */
export const MAX_LISTED_ERRORS = 1000;

/** The JSON body limit (create-app.ts) is 25 MB; base64 grows a file by a third. */
export const MAX_FILE_BASE64_LENGTH = 24 * 1024 * 1024;

@InputType()
export class ImportLeadsInput {
  @Field({ description: '.xlsx 文件内容，base64 编码（可带 data:…;base64, 前缀）' })
  @IsString({ message: '请上传文件' })
  @IsNotEmpty({ message: '请上传文件' })
  @MaxLength(MAX_FILE_BASE64_LENGTH, { message: '文件过大：请分成多个文件导入（单个文件不超过 18 MB）' })
  fileBase64!: string;

  @Field({ description: '试运行：只校验并预览，不写入' })
  @IsBoolean({ message: 'dryRun 须为 true 或 false' })
  dryRun!: boolean;
}

@ObjectType({ description: '导入问题' })
export class ImportError {
  @Field(() => Int, { description: 'Excel 中的行号' })
  row!: number;

  @Field({ description: '列名；整行的问题为空' })
  column!: string;

  @Field()
  message!: string;

  @Field({ description: '“第 N 行 · 列名 · 问题”' })
  text!: string;
}

@ObjectType({ description: '导入预览行' })
export class ImportPreviewRow {
  @Field(() => Int, { description: 'Excel 中的行号' })
  row!: number;

  @Field()
  enterpriseName!: string;

  @Field()
  projectName!: string;

  @Field()
  segmentName!: string;

  @Field()
  channelLabel!: string;

  @Field(() => String, { nullable: true, description: '计划投资（万元）' })
  plannedInvestment!: string | null;

  @Field(() => String, { nullable: true, description: '预计签约日期 YYYY-MM-DD' })
  expectedSigningOn!: string | null;

  @Field({ description: '企业库中尚无此企业，将新建' })
  newEnterprise!: boolean;

  @Field({ description: '该企业已有同名项目的线索，将跳过' })
  duplicate!: boolean;
}

@ObjectType({ description: '线索导入结果' })
export class LeadImportResult {
  @Field({ description: '全部行通过校验（试运行时）或已全部导入' })
  ok!: boolean;

  @Field(() => [ImportError], {
    description: `问题清单，按行排列；最多列出前 ${MAX_LISTED_ERRORS} 条，完整清单见 errorReportBase64`,
  })
  errors!: ImportError[];

  @Field(() => Int, { description: '问题总数' })
  errorCount!: number;

  @Field(() => Int, { description: '数据行数（不含标题、空行和合计行）' })
  rowCount!: number;

  @Field(() => Int, { description: '新建的企业数；试运行时为将新建的数量' })
  enterprisesCreated!: number;

  @Field(() => Int, { description: '新建的线索数；试运行时为将新建的数量' })
  leadsCreated!: number;

  @Field(() => Int, { description: '已存在而跳过的线索数（同一企业的同名项目）' })
  leadsSkipped!: number;

  @Field(() => [ImportPreviewRow], { description: '前 20 行解析结果' })
  preview!: ImportPreviewRow[];

  @Field(() => String, { nullable: true, description: '问题清单 .xlsx（base64），无问题时为空' })
  errorReportBase64!: string | null;
}

@ArgsType()
export class LeadExportArgs extends ListExportArgs(LeadFilter, LeadOrder, {
  filter: '与线索列表相同的筛选条件',
  orderBy: '与线索列表相同的排序，默认按创建时间倒序',
}) {}
