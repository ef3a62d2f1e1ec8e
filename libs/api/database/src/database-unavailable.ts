/**
 * Whether an error means the database cannot be reached (refused, reset, shut down, starting up,
 * or no connection within the pool's timeout) rather than that a statement was wrong: the API
 * answers the first SERVICE_UNAVAILABLE and the second an internal error. The error may come
 * wrapped (GraphQLError.originalError, TypeORM's QueryFailedError.driverError, Error.cause).
 */
const UNREACHABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

const UNREACHABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended unexpectedly',
  'Client was closed and is not queryable',
  'the database system is shutting down',
  'the database system is starting up',
  'the database system is in recovery mode',
  'terminating connection due to administrator command',
];

function isUnavailableAtThisLevel(error: object): boolean {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  // SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutdown, crash, cannot connect now).
  if (/^08/.test(code) || /^57P0[123]$/.test(code) || UNREACHABLE_NODE_CODES.has(code)) return true;
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  return UNREACHABLE_MESSAGES.some((m) => message.includes(m));
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  if (isUnavailableAtThisLevel(error)) return true;
  for (const key of ['originalError', 'driverError', 'cause'] as const) {
    if (key in error && isDatabaseUnavailable((error as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
