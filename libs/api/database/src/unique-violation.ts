import { QueryFailedError } from 'typeorm';

const PG_UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a failed statement (e.g. 23505), or null for any other error. */
export function sqlState(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError: unknown = error.driverError;
  return typeof driverError === 'object' &&
    driverError !== null &&
    'code' in driverError &&
    typeof driverError.code === 'string'
    ? driverError.code
    : null;
}

/**
 * Whether a query failed on a unique index: the database's verdict on a race that a service's
 * own duplicate check lost, which the caller turns into the CONFLICT that check would have given.
 */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === PG_UNIQUE_VIOLATION;
}
