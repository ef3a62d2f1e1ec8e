import type { GraphQLFormattedError } from 'graphql';

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
    return { ...formatted, extensions: { ...extensions, code } };
  }
  console.error('[graphql] internal error', error);
  return { message: '服务器内部错误，请稍后重试', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
