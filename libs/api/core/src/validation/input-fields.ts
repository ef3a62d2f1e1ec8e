import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Trim } from './trim';

// The few field shapes every input repeats, each with its zh-CN message, in one place.

/** A required id of a record, e.g. `IdField('线索')` → 「线索编号无效」. */
export function IdField(what: string, description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, { description }),
    IsUUID('all', { message: `${what}编号无效` }),
  );
}

/** An optional reference to another record, chosen in a select: 「请选择…」. */
export function OptionalIdField(message: string, description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    IsUUID('all', { message }),
  );
}

/** The version the client read: the update applies only if nobody changed the record since. */
export function VersionField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { description: '读取时的版本号（乐观锁）' }),
    IsInt({ message: '版本号必须是整数' }),
    Min(1, { message: '版本号无效' }),
  );
}

/** Optional free text, trimmed, blank meaning empty, with a length limit named in the message. */
export function OptionalText(label: string, max: number, description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description }),
    Trim(),
    IsOptional(),
    MaxLength(max, { message: `${label}最多 ${max} 个字` }),
  );
}
