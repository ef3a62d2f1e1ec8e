/**
 * How many failed sign-ins an account or an address may have before it must wait, and how the
 * wait grows: at the limit one minute after the last failure, then twice as long for each further
 * failure (each one possible only after the previous wait), up to the cap. Failures older than the
 * window no longer count; an account's count also restarts at its last successful sign-in. The
 * account limit is keyed by the username as typed, so an unknown username is throttled exactly
 * like a real one and the answer says nothing about which exist.
 */
export interface ThrottlePolicy {
  limit: number;
  windowSeconds: number;
  firstCoolingOffSeconds: number;
  maxCoolingOffSeconds: number;
  /** Attempts of one key checked at the same moment; more are refused (a burst would pass the count). */
  maxInFlight: number;
}

export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  limit: 5,
  windowSeconds: 3600,
  firstCoolingOffSeconds: 60,
  maxCoolingOffSeconds: 15 * 60,
  maxInFlight: 2,
};

/** Higher: an office's staff sign in from one NAT address. */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  limit: 20,
  windowSeconds: 3600,
  firstCoolingOffSeconds: 60,
  maxCoolingOffSeconds: 60 * 60,
  maxInFlight: 10,
};

/** Seconds to wait after the last failure, given the failures in the window (0: no wait). */
export function coolingOffSeconds(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.limit) return 0;
  const doublings = Math.min(failures - policy.limit, 20);
  return Math.min(policy.firstCoolingOffSeconds * 2 ** doublings, policy.maxCoolingOffSeconds);
}

/** Seconds until another attempt is allowed at `now` (0: allowed now). */
export function retryAfterSeconds(
  policy: ThrottlePolicy,
  failures: number,
  lastFailure: Date | null,
  now: Date,
): number {
  const wait = coolingOffSeconds(policy, failures);
  if (!wait || !lastFailure) return 0;
  return Math.max(0, Math.ceil((lastFailure.getTime() + wait * 1000 - now.getTime()) / 1000));
}
