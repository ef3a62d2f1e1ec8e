import { ArgsType, Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Connection, ListArgs, Trim } from '@lianzhao/api-core';
import { LEAD_IMPORT_STATUSES, LeadImport, LeadImportStatusEnum, type LeadImportStatus } from '../lead-import.entity';
import { MAX_FILE_BASE64_LENGTH } from './import.types';

@InputType()
export class StartLeadImportInput {
  @Field({ description: '.xlsx 文件内容，base64 编码（可带 data:…;base64, 前缀）' })
  @IsString({ message: '请上传文件' })
  @IsNotEmpty({ message: '请上传文件' })
  @MaxLength(MAX_FILE_BASE64_LENGTH, { message: '文件过大：请分成多个文件导入（单个文件不超过 18 MB）' })
  fileBase64!: string;

  @Field({ description: '文件名，记入导入记录' })
  @Trim()
  @IsString({ message: '请填写文件名' })
  @IsNotEmpty({ message: '请填写文件名' })
  @MaxLength(255, { message: '文件名最多 255 个字' })
  fileName!: string;
}

@InputType()
export class LeadImportFilter {
  @Field(() => [LeadImportStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(LEAD_IMPORT_STATUSES, { each: true, message: '请选择导入状态' })
  statuses?: LeadImportStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: '只看我的导入（专员只能看自己的）' })
  @IsOptional()
  @IsBoolean({ message: 'mine 须为 true 或 false' })
  mine?: boolean | null;
}

/** Newest first, the one order a history needs. */
@ArgsType()
export class LeadImportListArgs extends ListArgs(LeadImportFilter) {}

@ObjectType()
export class LeadImportConnection extends Connection(LeadImport) {}
