import { GraphQLError } from 'graphql';

/** The error codes a client can rely on (DESIGN.md). */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'TOO_MANY_REQUESTS';

/** One invalid input field, with a message a Chinese officer can act on. */
export interface FieldError {
  field: string;
  message: string;
}

function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(fields: FieldError[], message = '提交的内容有误，请检查标出的字段'): GraphQLError {
  return appError('BAD_USER_INPUT', message, { fields });
}

export function badField(field: string, message: string): GraphQLError {
  return badInput([{ field, message }], message);
}

/** One row of a batch the batch was refused for. */
export interface RowError {
  id: string;
  /** What the user knows the row by (a project name), so the message needs no look-up. */
  label: string;
  message: string;
}

/**
 * A batch action refused as a whole: `rows` says which rows failed and why, `fields` carries the
 * summary on `ids` so a form that shows field errors shows it too.
 */
export function badRows(rows: RowError[], message: string): GraphQLError {
  return appError('BAD_USER_INPUT', message, { fields: [{ field: 'ids', message }], rows });
}

export function notFound(what: string): GraphQLError {
  return appError('NOT_FOUND', `${what}不存在或您无权查看`);
}

export function forbidden(message = '您没有执行此操作的权限'): GraphQLError {
  return appError('FORBIDDEN', message);
}

export function unauthenticated(message = '请先登录'): GraphQLError {
  return appError('UNAUTHENTICATED', message);
}

/** Refused before any work for now (sign-in throttling, a full hashing queue); try again after `retryAfterSeconds`. */
export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return appError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
}

/** A stale `version` or a uniqueness clash; `existingId` lets the client link to the other record. */
export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return appError('CONFLICT', message, extra);
}

export const STALE_VERSION_MESSAGE = '数据已被他人修改，请刷新后重试';
