import { types } from 'pg';
import { parseTimestamptz, PG_TYPES } from './timestamp-parser';

const standard = types.getTypeParser(1184, 'text') as (text: string) => unknown;

/** What a comparison can tell apart: a Date by its time (NaN included), anything else as it is. */
function value(parsed: unknown): unknown {
  return parsed instanceof Date ? ['Date', parsed.getTime()] : parsed;
}

describe('parseTimestamptz', () => {
  it('reads the texts PostgreSQL writes exactly as the standard parser does', () => {
    const texts = [
      '2026-12-01 12:04:03+00',
      '2026-12-01 12:04:03.09+00',
      '2026-12-01 12:04:03.123+08',
      '2026-12-01 00:00:00.5-05',
      '2026-03-29 01:30:00.001+05:30',
      '2024-02-29 23:59:59.999-09:30',
      '1999-12-31 23:59:59.123456+00',
      '1000-01-01 00:00:00+00',
      '9999-12-31 23:59:59.999+14',
      // Left to the standard parser:
      '0099-06-01 12:00:00+00',
      '0001-01-01 00:00:00+00 BC',
      '1901-12-13 20:45:52+08:05:43',
      '12026-01-01 00:00:00+00',
      'infinity',
      '-infinity',
    ];
    for (const text of texts) expect([text, value(parseTimestamptz(text))]).toEqual([text, value(standard(text))]);
  });

  it('agrees with the standard parser on random instants, fractions and offsets', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let i = 0; i < 5000; i++) {
      const fraction = ['', `.${pad(next(10), 1)}`, `.${pad(next(1000), 3)}`, `.${pad(next(1_000_000), 6)}`][next(4)];
      const hours = next(15);
      const minutes = [0, 30, 45][next(3)];
      const offset = `${next(2) ? '+' : '-'}${pad(hours)}${minutes ? `:${pad(minutes)}` : ''}`;
      const text =
        `${1000 + next(9000)}-${pad(1 + next(12))}-${pad(1 + next(28))} ` +
        `${pad(next(24))}:${pad(next(60))}:${pad(next(60))}${fraction}${offset}`;
      expect([text, value(parseTimestamptz(text))]).toEqual([text, value(standard(text))]);
    }
  });

  it('is the connections’ parser for timestamptz in text, and leaves every other type to pg', () => {
    expect(PG_TYPES.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(PG_TYPES.getTypeParser(1184)).toBe(parseTimestamptz);
    expect(PG_TYPES.getTypeParser(1082, 'text')).toBe(types.getTypeParser(1082, 'text'));
    expect(PG_TYPES.getTypeParser(1700, 'text')).toBe(types.getTypeParser(1700, 'text'));
    expect(PG_TYPES.getTypeParser(1184, 'binary')).toBe(types.getTypeParser(1184, 'binary'));
  });
});
