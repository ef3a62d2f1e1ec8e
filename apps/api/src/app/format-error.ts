import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '@lianzhao/api-database';
import { variableFieldErrors } from './variable-errors';

// Codes whose message was written for the user; anything else is an internal failure whose
// details must stay in the server log.
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  if (PUBLIC_CODES.has(code)) {
    // Never pass on a stack trace, whatever produced the error.
    const { stacktrace: _stacktrace, originalError: _originalError, ...extensions } = formatted.extensions ?? {};
    const fields = code === 'BAD_USER_INPUT' && !extensions['fields'] ? variableFieldErrors(formatted.message) : null;
    if (fields) return { ...formatted, message: '提交的内容有误，请检查标出的字段', extensions: { ...extensions, code, fields } };
    return { ...formatted, extensions: { ...extensions, code } };
  }
  if (isDatabaseUnavailable(error)) {
    // An outage is not a bug: one line in the log, and a code the client can retry on.
    console.error('[graphql] database unavailable:', error instanceof Error ? error.message : String(error));
    return { message: '数据库暂时无法访问，请稍后重试', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  console.error('[graphql] internal error', error);
  return { message: '服务器内部错误，请稍后重试', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
