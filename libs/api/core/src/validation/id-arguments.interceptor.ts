import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Observable } from 'rxjs';
import { badInput, notFound, type FieldError } from '../errors/app-errors';

// Every record id in the schema is a UUID (the primary keys are `uuid` columns), so an ID that
// is not one can name no record. Checked here, once, for every ID argument and every ID field
// of an input object at any depth, whether written in the operation or passed as a variable:
// PostgreSQL would otherwise refuse the cast and the client would get an internal error.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Field extension for a single-record query whose malformed `id` should read as "no such
 * record" (the partner portal promises NOT_FOUND for anything it cannot see), with the record's
 * name for the message: `@Extensions({ [ID_NOT_FOUND]: '报备' })`.
 */
export const ID_NOT_FOUND = 'idNotFound';

/** What the message calls the record an id field refers to; other ids read as plain 编号. */
const ID_LABELS: Readonly<Record<string, string>> = {
  enterpriseId: '企业',
  leadId: '线索',
  projectId: '项目',
  organizationId: '机构',
  sourceOrganizationId: '机构',
  ownerId: '负责人',
  survivorId: '保留的企业',
  mergedId: '要合并的企业',
};

function idMessage(path: string): string {
  const leaf = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  return `${ID_LABELS[leaf] ?? ''}编号无效`;
}

/** Paths (`contacts.0.phone` style, as the validation pipe names fields) of the malformed ids in a value. */
export function malformedIdPaths(type: GraphQLInputType, value: unknown, path: string): string[] {
  if (value === null || value === undefined) return [];
  if (isNonNullType(type)) return malformedIdPaths(type.ofType, value, path);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, i) => malformedIdPaths(type.ofType, item, path ? `${path}.${i}` : `${i}`));
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return [];
    const record = value as Record<string, unknown>;
    return Object.values(type.getFields()).flatMap((f) =>
      malformedIdPaths(f.type, record[f.name], path ? `${path}.${f.name}` : f.name),
    );
  }
  if (getNamedType(type).name !== 'ID') return [];
  return typeof value === 'string' && isUuid(value) ? [] : [path];
}

/** A UTF-16 surrogate without its other half: no character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL could not store a text, or null when it can. */
function unstorableText(value: string): string | null {
  if (value.includes('\u0000')) return '不能包含空字符（U+0000）';
  if (LONE_SURROGATE.test(value)) return '包含无效的字符（残缺的 Unicode 代理项），请重新输入';
  return null;
}

/**
 * The text values PostgreSQL cannot store, with why: U+0000 in any text column, and a lone
 * surrogate in a JSON value such as an audit entry's changes (the statement would be refused, an
 * internal error to the client). Refused as bad input here, for every argument at any depth.
 */
export function unstorableTextPaths(type: GraphQLInputType, value: unknown, path: string): FieldError[] {
  if (value === null || value === undefined) return [];
  if (isNonNullType(type)) return unstorableTextPaths(type.ofType, value, path);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, i) => unstorableTextPaths(type.ofType, item, path ? `${path}.${i}` : `${i}`));
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return [];
    const record = value as Record<string, unknown>;
    return Object.values(type.getFields()).flatMap((f) =>
      unstorableTextPaths(f.type, record[f.name], path ? `${path}.${f.name}` : f.name),
    );
  }
  const message = typeof value === 'string' ? unstorableText(value) : null;
  return message ? [{ field: path, message }] : [];
}

/**
 * Answers a malformed ID with BAD_USER_INPUT naming the field (an input object's fields are
 * named without the argument, as the validation pipe names them), or NOT_FOUND where the query
 * declares it. Runs after the access guard and before the validation pipe.
 */
@Injectable()
export class IdArgumentsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const field = info.parentType.getFields()[info.fieldName];
    if (!field?.args.length) return next.handle();
    const args = gql.getArgs<Record<string, unknown>>();
    const problems: FieldError[] = [];
    let topLevel = false;
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      const paths = malformedIdPaths(arg.type, args[arg.name], isInputObjectType(named) ? '' : arg.name);
      if (paths.length && !isInputObjectType(named)) topLevel = true;
      problems.push(...paths.map((p) => ({ field: p, message: idMessage(p) })));
      const unstorable = unstorableTextPaths(arg.type, args[arg.name], isInputObjectType(named) ? '' : arg.name);
      problems.push(...unstorable.filter((p) => !paths.includes(p.field)));
    }
    if (!problems.length) return next.handle();
    const notFoundAs = field.extensions?.[ID_NOT_FOUND];
    if (topLevel && typeof notFoundAs === 'string') throw notFound(notFoundAs);
    throw badInput(problems, problems[0].message);
  }
}
