/**
 * The phone side of overload protection, as pure functions (the client SDK
 * and the drills import them; contracts/proto/README.md "Client rules" says the same in
 * words). Every delay takes a random source `rand()` in [0, 1) so tests can
 * fix it; jitter keeps a million phones from coming back in the same second.
 */

export interface BackoffRules {
  /** First retry window (ms). */
  baseMs: number;
  /** Largest retry window (ms). */
  capMs: number;
  /** Longest wait for a reply before the connection counts as broken (ms). */
  replyTimeoutMs: number;
  /** Extra random part added to server hints (retry-after, busy), as a fraction of the hint. */
  hintJitter: number;
  /** Extra random part added to the shake interval, as a fraction of it (only ever later, never earlier). */
  intervalJitter: number;
}

export const DEFAULT_BACKOFF: BackoffRules = { baseMs: 500, capMs: 30_000, replyTimeoutMs: 5000, hintJitter: 0.5, intervalJitter: 0.1 };

/** What the phone knows of the gateway's rate limit (from the last `rate_limit` it saw). */
export interface ClientLimit {
  tier: number;
  minIntervalMs: number;
}

export const NO_LIMIT: ClientLimit = { tier: 0, minIntervalMs: 0 };

/**
 * Delay before reconnect attempt number `attempt` (0 = first retry) after a
 * connect failure, a refused upgrade or a reply timeout: full jitter over
 * base * 2^attempt (capped). A server hint (`retry-after`) is a floor: wait
 * the hint plus up to `hintJitter` of it, or the backoff if that is longer.
 */
export function reconnectDelayMs(attempt: number, rand: () => number, retryAfterMs?: number, r: BackoffRules = DEFAULT_BACKOFF): number {
  const window = Math.min(r.capMs, r.baseMs * 2 ** Math.min(Math.max(0, attempt), 30));
  const backoff = rand() * window;
  if (retryAfterMs === undefined || retryAfterMs <= 0) return backoff;
  return Math.max(backoff, hintDelayMs(retryAfterMs, rand, r));
}

/** Delay before resending a request answered `busy { retry_after_ms }`. */
export function busyDelayMs(retryAfterMs: number, rand: () => number, r: BackoffRules = DEFAULT_BACKOFF): number {
  return hintDelayMs(Math.max(0, retryAfterMs), rand, r);
}

function hintDelayMs(hintMs: number, rand: () => number, r: BackoffRules): number {
  return hintMs * (1 + r.hintJitter * rand());
}

/** The `retry-after` of a refused upgrade (seconds, or our `x-shake-retry-after-ms`), in ms; undefined if absent. */
export function retryAfterFromHeaders(get: (name: string) => string | null | undefined): number | undefined {
  const ms = Number(get('x-shake-retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const s = Number(get('retry-after') ?? NaN);
  return Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

/**
 * The limit after a reply: a reply carrying `rate_limit` sets it; a shake
 * reply without one means "no limit now" (tier 0); other replies leave it.
 */
export function limitAfterReply(current: ClientLimit, reply: { rateLimit?: { tier?: number | null; minIntervalMs?: number | null } | null; shake?: unknown }): ClientLimit {
  if (reply.rateLimit) return { tier: reply.rateLimit.tier ?? 0, minIntervalMs: reply.rateLimit.minIntervalMs ?? 0 };
  if (reply.shake) return NO_LIMIT;
  return current;
}

/**
 * How long to wait before the next shake, `sinceLastShakeMs` after the last
 * one was sent: at least the interval in force, plus up to `intervalJitter`
 * of it. 0 = shake now (when the user wants to).
 */
export function nextShakeDelayMs(limit: ClientLimit, sinceLastShakeMs: number, rand: () => number, r: BackoffRules = DEFAULT_BACKOFF): number {
  if (limit.minIntervalMs <= 0) return 0;
  const wait = limit.minIntervalMs * (1 + r.intervalJitter * rand()) - sinceLastShakeMs;
  return Math.max(0, wait);
}

/** True when a request sent at `sentAtMs` has waited too long: treat the connection as broken and reconnect. */
export function replyTimedOut(sentAtMs: number, nowMs: number, r: BackoffRules = DEFAULT_BACKOFF): boolean {
  return nowMs - sentAtMs > r.replyTimeoutMs;
}
