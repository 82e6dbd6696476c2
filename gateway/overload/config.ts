/**
 * The gateway-side settings of overload protection (part of GatewayConfig).
 * The tiers themselves (thresholds and the interval told to phones) come from
 * the live show config (`ShowConfig.overload.tiers`); these settings say how
 * load is measured, how pacing and admission behave.
 */
export interface OverloadConfig {
  /** false: no load tiers, no pacing (admission still applies). */
  enabled: boolean;
  /** How often the load is sampled. */
  sampleIntervalMs: number;
  /** Weight of the newest sample in the smoothed load (EWMA), 0 < a <= 1. */
  smoothing: number;
  /** Least time in a tier before stepping down. */
  minDwellMs: number;
  /** Least time the load must stay above a higher tier's threshold before moving up (filters spikes). */
  minRiseMs: number;
  /** Multipliers of each load signal (0 = ignored); the load score is the largest product. */
  signals: { ioElu: number; workerElu: number; cpu: number; ringFill: number; lag: number };
  /** IO event-loop delay (ms, p90 over a sample) that counts as full load (signal `lag` = 1). */
  lagFullMs: number;
  /** Cores the process CPU is divided by; 0 = os.availableParallelism(). */
  cpuCores: number;
  /** From this tier on, shakes outside a red-packet round get the cheap answer (NOTHING + next round). 0 = never. */
  cheapFromTier: number;
  pacing: {
    /** Interval enforced at tier 0 (0 = no pacing at tier 0; the show's tier-0 interval is the phones' cadence, not enforced). */
    tier0IntervalMs: number;
    /** A shake may arrive this much earlier than the interval allows without counting: slackMs + interval * slackRatio. */
    slackMs: number;
    slackRatio: number;
    /** Consecutive early shakes after which the connection is closed (1008 RATE_LIMIT_IGNORED). */
    maxStrikes: number;
  };
  admission: {
    /** Sustained WebSocket upgrades per second accepted; beyond it 503 CONNECT_RATE_LIMITED. */
    upgradesPerSec: number;
    /** Upgrades accepted in a burst above the rate. */
    burst: number;
    /** Retry hint of a refused upgrade (the phone adds jitter). */
    retryAfterMs: number;
    /** Share of rate and burst left while an overload tier (> 0) is in force: the back refuses the front. */
    overloadedShare: number;
    /**
     * Share of rate and burst given to upgrades whose token does not verify. They
     * are counted in their own bucket, never in the one valid phones use, so a
     * flood of bad tokens cannot lock phones out; beyond it a bad upgrade gets a
     * bare 429 UNAUTHENTICATED_RATE_LIMITED instead of the 401 with its reason.
     */
    unauthenticatedShare: number;
  };
}

export function defaultOverloadConfig(): OverloadConfig {
  return {
    enabled: true,
    sampleIntervalMs: 250,
    smoothing: 0.5,
    minDwellMs: 2000,
    minRiseMs: 750,
    signals: { ioElu: 1, workerElu: 1, cpu: 1, ringFill: 1, lag: 1 },
    lagFullMs: 200,
    cpuCores: 0,
    cheapFromTier: 2,
    pacing: { tier0IntervalMs: 0, slackMs: 20, slackRatio: 0.1, maxStrikes: 10 },
    admission: { upgradesPerSec: 5000, burst: 10_000, retryAfterMs: 2000, overloadedShare: 0.2, unauthenticatedShare: 0.1 },
  };
}

/** Appends a reason per invalid field to `errors` (validated together with the rest of GatewayConfig). */
export function checkOverloadConfig(o: OverloadConfig | undefined, errors: string[]): void {
  const check = (ok: boolean, path: string, reason: string) => { if (!ok) errors.push(`overload.${path}: ${reason}`); };
  if (!o || typeof o !== 'object') { errors.push('overload: must be an object'); return; }
  const num = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  const int = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER) => Number.isInteger(v) && num(v, min, max);
  check(typeof o.enabled === 'boolean', 'enabled', 'must be a boolean');
  check(int(o.sampleIntervalMs, 10, 10_000), 'sampleIntervalMs', 'must be 10..10000');
  check(num(o.smoothing, 0.01, 1), 'smoothing', 'must be in (0, 1]');
  check(int(o.minDwellMs, 0, 600_000), 'minDwellMs', 'must be 0..600000');
  check(int(o.minRiseMs, 0, 600_000), 'minRiseMs', 'must be 0..600000');
  check(num(o.lagFullMs, 1, 60_000), 'lagFullMs', 'must be 1..60000');
  for (const k of ['ioElu', 'workerElu', 'cpu', 'ringFill', 'lag'] as const) check(num(o.signals?.[k], 0, 10), `signals.${k}`, 'must be 0..10');
  check(num(o.cpuCores, 0, 1024), 'cpuCores', 'must be 0..1024');
  check(int(o.cheapFromTier, 0, 255), 'cheapFromTier', 'must be 0..255');
  check(int(o.pacing?.tier0IntervalMs, 0, 3_600_000), 'pacing.tier0IntervalMs', 'must be 0..3600000');
  check(num(o.pacing?.slackMs, 0, 60_000), 'pacing.slackMs', 'must be 0..60000');
  check(num(o.pacing?.slackRatio, 0, 0.9), 'pacing.slackRatio', 'must be 0..0.9');
  check(int(o.pacing?.maxStrikes, 1, 1_000_000), 'pacing.maxStrikes', 'must be >= 1');
  check(num(o.admission?.upgradesPerSec, 0.01), 'admission.upgradesPerSec', 'must be > 0');
  check(num(o.admission?.burst, 1), 'admission.burst', 'must be >= 1');
  check(int(o.admission?.retryAfterMs, 0, 3_600_000), 'admission.retryAfterMs', 'must be 0..3600000');
  check(num(o.admission?.overloadedShare, 0.001, 1), 'admission.overloadedShare', 'must be in (0, 1]');
  check(num(o.admission?.unauthenticatedShare, 0.001, 1), 'admission.unauthenticatedShare', 'must be in (0, 1]');
}

/**
 * The share of the gateway's overload rules one of `ioThreads` IO threads
 * applies: each admits upgrades on its own, so each gets its part of the
 * gateway's upgrade rate and burst.
 */
export function perIoThread(o: OverloadConfig, ioThreads: number): OverloadConfig {
  if (ioThreads <= 1) return o;
  return { ...o, admission: { ...o.admission, upgradesPerSec: o.admission.upgradesPerSec / ioThreads, burst: Math.max(1, o.admission.burst / ioThreads) } };
}
