import { types } from 'pg';

/** PostgreSQL's type id of timestamptz. */
const TIMESTAMPTZ = 1184;

/**
 * A timestamptz as the server writes it in text (DateStyle ISO): `2026-12-01 12:04:03.09+08`,
 * with an offset of hours or hours:minutes. Years before 1000, seconds in the offset, BC and
 * infinity are left to the standard parser.
 */
const ISO_TIMESTAMPTZ = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?([+-])(\d\d)(?::(\d\d))?$/;

const standardParser = types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => unknown;

/**
 * Reads a timestamptz into the Date that pg's standard parser (postgres-date) gives, with one
 * regular expression instead of its three: timestamps are a tenth of a list page's values, and
 * their parsing was about 3% of the API's CPU on a board page. Equal to the standard parser on
 * every input (timestamp-parser.spec compares them).
 */
export function parseTimestamptz(text: string): unknown {
  const m = ISO_TIMESTAMPTZ.exec(text);
  if (!m || m[1] < '1000') return standardParser(text);
  // Milliseconds, truncated as Date.UTC truncates postgres-date's fractional ones.
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const offsetMinutes = (Number(m[9]) * 60 + (m[10] ? Number(m[10]) : 0)) * (m[8] === '-' ? -1 : 1);
  return new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms) -
      offsetMinutes * 60_000,
  );
}

/** The type parsers of the API's connections: pg's own, but for timestamptz in text. */
export const PG_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
    if (oid === TIMESTAMPTZ && format !== 'binary') return parseTimestamptz;
    return format === 'binary' ? types.getTypeParser(oid, 'binary') : types.getTypeParser(oid, 'text');
  },
};
