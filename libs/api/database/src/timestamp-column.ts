/**
 * Column options for every point in time we store. PostgreSQL keeps microseconds but a JS `Date`
 * keeps milliseconds, so a value read back and sent again (a keyset cursor, an optimistic check)
 * would no longer equal the stored one: rows created in one transaction share `now()` to the
 * microsecond and a millisecond cursor skipped all of them. Storing milliseconds makes every
 * timestamp round-trip exactly.
 */
export const TIMESTAMP = { type: 'timestamptz', precision: 3 } as const;
