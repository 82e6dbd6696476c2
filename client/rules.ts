/**
 * The client rules of contracts/proto/README.md ("Client rules (backoff)", "Rate limits").
 * The pure rules live in contracts/client-rules.ts (shared with the
 * gateway and the drills; no Node imports, so browser-safe); this file adapts them
 * to the SDK (numbers for `rand`, integer milliseconds).
 */
import {
  DEFAULT_BACKOFF as SHARED, reconnectDelayMs, busyDelayMs as sharedBusyDelayMs, nextShakeDelayMs, limitAfterReply, NO_LIMIT,
  type BackoffRules, type ClientLimit,
} from '../contracts/client-rules.ts';

export { limitAfterReply, NO_LIMIT, type ClientLimit, type BackoffRules };

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: SHARED.baseMs, capMs: SHARED.capMs };
/** A request without a reply within this is treated as a broken connection. */
export const REQUEST_TIMEOUT_MS = SHARED.replyTimeoutMs;

/**
 * Delay before connect attempt number `attempt` (0 = the first retry): full jitter over
 * min(cap, base * 2^attempt); when the server gave a retry-after, at least that (plus jitter).
 */
export function connectBackoffMs(attempt: number, rand: number, policy: BackoffPolicy = DEFAULT_BACKOFF, retryAfterMs?: number): number {
  return Math.floor(reconnectDelayMs(attempt, () => rand, retryAfterMs, { ...SHARED, ...policy }));
}

/** Delay before resending a request the gateway answered with Busy{retry_after_ms}: the hint plus up to 50 %. */
export function busyDelayMs(retryAfterMs: number, rand: number): number {
  return Math.round(sharedBusyDelayMs(retryAfterMs, () => rand));
}

/** Earliest time of the next shake after one sent at lastShakeAtMs under `limit` (interval plus up to 10 % jitter, never earlier). */
export function nextShakeAtMs(lastShakeAtMs: number | null, limit: ClientLimit, rand: number): number {
  if (lastShakeAtMs === null || limit.minIntervalMs <= 0) return 0;
  return lastShakeAtMs + Math.ceil(nextShakeDelayMs(limit, 0, () => rand));
}
