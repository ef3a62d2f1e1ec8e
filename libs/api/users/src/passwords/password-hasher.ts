import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { tooManyRequests } from '@lianzhao/api-core';

// scrypt is memory-hard: N=2^15, r=8 costs 32 MiB per hash, which makes GPU guessing expensive.
const PARAMS = { N: 1 << 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

/**
 * At most this many hashes run at once (each holds 32 MiB and a libuv thread for ~100 ms): a burst
 * of sign-ins then costs at most 64 MiB and leaves the thread pool's other two threads (files, DNS)
 * and the event loop to other requests. Two, as the machine has two cores.
 */
export const MAX_CONCURRENT_HASHES = 2;
/** Hashes that may wait for a turn; past that a request is refused at once, not queued for minutes. */
export const MAX_WAITING_HASHES = 8;

const load = { running: 0, peak: 0, total: 0 };
const waiting: (() => void)[] = [];

/** Hashes running and waiting now, the most that ever ran at once, and how many ran in all (the tests read it). */
export function hashingLoad(): { running: number; waiting: number; peak: number; total: number } {
  return { running: load.running, waiting: waiting.length, peak: load.peak, total: load.total };
}

export function resetHashingPeak(): void {
  load.peak = load.running;
}

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (load.running >= MAX_CONCURRENT_HASHES) {
    if (waiting.length >= MAX_WAITING_HASHES) throw tooManyRequests('登录请求过多，请稍后再试', 5);
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  // A released slot is handed straight to the next waiter, so `running` never drops between them.
  else load.running++;
  load.peak = Math.max(load.peak, load.running);
  load.total++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else load.running--;
  }
}

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return withHashSlot(() => deriveNow(password, salt, params));
}

function deriveNow(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** Stored as `scrypt$N$r$p$salt$hash` so the parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as checking a real password, for a username with no account: the answer
 * then takes as long as a wrong password does, so timing cannot tell which usernames exist.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(12).toString('base64url'));
  await verifyPassword(password, await dummyHash);
  return false;
}
