// SQL building blocks for the bench data generator. Everything random is a hash of a row number
// and a seed (hashint8extended, on PostgreSQL and PGlite alike), so a run at the same scale on
// the same day produces the same rows; dates are relative to today so the mix of overdue and
// due-soon projects and of live and lapsed protections stays realistic whenever it runs.
import { DIVISIONS } from './data-vocab.mjs';

/** A SQL string literal. */
export const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

/** A text[] literal; PostgreSQL folds it to one constant per statement. */
export const lit = (values) => `(ARRAY[${values.map(q).join(',')}]::text[])`;
export const ints = (values) => `(ARRAY[${values.join(',')}]::int[])`;

/** A hash of `expr` under `seed`: a non-negative integer below 2^31. */
export const H = (expr, seed) => `(hashint8extended((${expr})::int8, ${seed}) & 2147483647)`;

/** A number in [0, 1) from the hash. */
export const U = (expr, seed) => `(${H(expr, seed)}::float8 / 2147483648.0)`;

/** One of `values`, uniformly. */
export const pick = (values, expr, seed) => `${lit(values)}[1 + (${H(expr, seed)} % ${values.length})::int]`;

/** [value, weight] pairs expanded so a uniform index picks by weight. */
export function expand(pairs) {
  const out = [];
  for (const [value, weight] of pairs) for (let i = 0; i < weight; i++) out.push(value);
  return out;
}

export const wpick = (pairs, expr, seed) => pick(expand(pairs), expr, seed);

const tagSeed = (tag) => [...tag].reduce((a, ch) => (a * 31 + ch.charCodeAt(0)) % 1_000_000_007, 7);

/**
 * A deterministic UUID for row number `expr` of kind `tag`: two 64-bit hashes side by side
 * (several times cheaper than md5 of a string, which counts at millions of rows).
 */
export function uuid(tag, expr) {
  const seed = tagSeed(tag);
  return `encode(int8send(hashint8extended((${expr})::int8, ${seed})) || int8send(hashint8extended((${expr})::int8, ${seed + 1})), 'hex')::uuid`;
}

/**
 * A deterministic UUID that grows with `expr`, for the many rows nobody looks up by id (history,
 * follow-ups, audit): rows inserted in key order then append to the primary-key index instead of
 * landing on random pages, which is most of the cost of a random key at millions of rows.
 */
export function seqUuid(tag, expr) {
  return `encode(int8send(${tagSeed(tag)}::int8 << 20) || int8send((${expr})::int8), 'hex')::uuid`;
}

/** Today and a timestamp's day in Shanghai, as the API's Clock reads them. */
export const TODAY = `((now() AT TIME ZONE 'Asia/Shanghai')::date)`;
export const day = (ts) => `((${ts}) AT TIME ZONE 'Asia/Shanghai')::date`;

/** A Shanghai local time on `date` plus `minutes`, as a timestamptz, never after now. */
export const at = (date, minutes) =>
  `LEAST(now(), ((${date})::timestamp + make_interval(mins => (${minutes})::int)) AT TIME ZONE 'Asia/Shanghai')`;

/** `ts` plus a number of days (fractional). */
export const plusDays = (ts, days) => `((${ts}) + make_interval(secs => (${days}) * 86400.0))`;

/** A Chinese personal name. */
export function personName(surnames, given, expr, seed) {
  return `(${pick(surnames, expr, seed)} || ${pick(given, expr, seed + 1)})`;
}

// 统一社会信用代码 (GB 32100-2015, libs/domain/src/credit-code.ts): 18 characters, the last a check
// character over the first 17 with weights 3^(i-1) mod 31. Here '91' + division + 'MA' + seven
// base-31 characters of a scrambled number, so every number gives a distinct, valid code.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n));
const DIVISION_LIST = DIVISIONS.map(([code]) => code);
const DIVISION_SUMS = DIVISION_LIST.map((division) =>
  [...`91${division}MA`].reduce((sum, ch, i) => sum + CHARSET.indexOf(ch) * WEIGHTS[i], 0),
);
const BASE31 = 31 ** 7;

/** A valid credit code for company number `expr`, division chosen by weight. */
export function creditCode(expr, seed) {
  const divIndex = `(1 + (${H(expr, seed)} % ${expand(DIVISIONS).length})::int)`;
  const divisionOf = `${lit(expand(DIVISIONS))}[${divIndex}]`;
  const sumOf = `${ints(expand(DIVISIONS).map((code) => DIVISION_SUMS[DIVISION_LIST.indexOf(code)]))}[${divIndex}]`;
  const m = `((((${expr})::int8 * 7919 + 104729) % ${BASE31}))`;
  const digits = Array.from({ length: 7 }, (_, j) => `((${m} / ${31 ** (6 - j)}) % 31)`);
  const variable = digits.map((d, j) => `${d} * ${WEIGHTS[10 + j]}`).join(' + ');
  const chars = digits.map((d) => `substr('${CHARSET}', (${d})::int + 1, 1)`).join(' || ');
  const check = `substr('${CHARSET}', ((31 - ((${sumOf} + ${variable}) % 31)) % 31)::int + 1, 1)`;
  return `('91' || ${divisionOf} || 'MA' || ${chars} || ${check})`;
}

/** Per-segment word lists flattened, with 1-based offsets and counts per segment index. */
export function flatten(lists) {
  const flat = [];
  const offsets = [];
  const counts = [];
  for (const list of lists) {
    offsets.push(flat.length + 1);
    counts.push(list.length);
    flat.push(...list);
  }
  return { flat, offsets, counts };
}

/** Element `hash % count` of the list of segment `segIndex` in a flattened table. */
export function segmentPick(table, segIndex, expr, seed) {
  return `${lit(table.flat)}[${ints(table.offsets)}[${segIndex}] + (${H(expr, seed)} % ${ints(table.counts)}[${segIndex}])::int]`;
}
