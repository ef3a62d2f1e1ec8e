import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values the API answers with. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'CONFLICT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Kinds of failure a screen may want its own wording for. */
export type ErrorKind = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

export interface FieldError {
  field: string;
  message: string;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}

/** The GraphQL errors carried by an Apollo error, or an empty list for anything else. */
export function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The API error code of the first GraphQL error that has a known one. */
export function errorCode(error: unknown): ApiErrorCode | undefined {
  for (const e of graphQLErrors(error)) {
    const code = e.extensions?.['code'];
    if (isApiErrorCode(code)) return code;
  }
  return undefined;
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return graphQLErrors(error).some((e) => e.extensions?.['code'] === code);
}

/** Codes whose errors may name input fields: invalid values, and values another record already holds. */
const FIELD_CODES: readonly unknown[] = ['BAD_USER_INPUT', 'CONFLICT'];

/**
 * Field messages keyed by input field name (`{ username: '该用户名已被使用' }`), from
 * BAD_USER_INPUT errors and from CONFLICT errors about a unique value. The first message for a
 * field wins.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of graphQLErrors(error)) {
    if (!FIELD_CODES.includes(e.extensions?.['code'])) continue;
    const fields = e.extensions?.['fields'];
    if (!Array.isArray(fields)) continue;
    for (const item of fields) {
      if (isFieldError(item) && !(item.field in result)) result[item.field] = item.message;
    }
  }
  return result;
}

/** Which kind of failure this is: an API code, a network failure, or unknown. */
export function errorKind(error: unknown): ErrorKind {
  const code = errorCode(error);
  if (code) return code;
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) return 'NETWORK';
  return 'UNKNOWN';
}

/**
 * The one message to show for an error at the top of a screen: the caller's wording for
 * its kind when given (e.g. CONFLICT → 「数据已被他人修改，请刷新后重试」), else the
 * server's own message, else the caller's UNKNOWN wording. An error that names fields (a
 * CONFLICT over a unique name, say) is specific, so the server's message wins there.
 */
export function errorMessage(error: unknown, wording: Partial<Record<ErrorKind, string>> = {}): string {
  const kind = errorKind(error);
  const first = graphQLErrors(error)[0];
  const specific = Object.keys(fieldErrors(error)).length > 0;
  const own = specific ? undefined : wording[kind];
  if (own) return own;
  if (first?.message) return first.message;
  return wording.UNKNOWN ?? (error instanceof Error ? error.message : String(error));
}
