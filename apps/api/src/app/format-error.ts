import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '@lianzhao/api-database';

// Codes whose message was written for the user; anything else is an internal failure whose
// details must stay in the server log.
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
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
