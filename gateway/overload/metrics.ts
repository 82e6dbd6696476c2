/** Overload protection as /status fields and Prometheus metrics. */
import type { MetricTable } from '../../common/metrics/index.ts';
import type { LoadMonitor, LoadStatus } from './load-monitor.ts';
import type { GateStats } from './reply-gate.ts';
import { BUCKET_UPPER_MS, quantileUpperMs } from './latency-buckets.ts';

type PacingStats = GateStats & { latencyCounts: number[] };

/** `connectsRateLimited`: upgrades refused by admission, all IO threads together. */
export function overloadStatus(monitor: LoadMonitor, connectsRateLimited: number, gate: PacingStats | null, enabled: boolean): Record<string, unknown> {
  return {
    enabled,
    ...monitor.status(),
    delayedReplies: gate?.delayedReplies ?? 0,
    heldReplies: gate?.heldNow ?? 0,
    pacingClosed: gate?.pacingClosed ?? 0,
    connectsRateLimited,
    /** Arrival-to-send of replies not held (cumulative bucket counts, upper bounds in ms; diff two readings). */
    gatewayLatency: gate ? {
      p50UpperMs: quantileUpperMs(gate.latencyCounts, 0.5), p99UpperMs: quantileUpperMs(gate.latencyCounts, 0.99),
      bucketsUpperMs: BUCKET_UPPER_MS.map(String), counts: gate.latencyCounts,
    } : null,
  };
}

export function declareOverloadMetrics<S>(t: MetricTable<S>, load: (s: S) => LoadStatus, pacing: (s: S) => PacingStats | null): void {
  t.gauge('shake_overload_tier', 'Overload tier in force (0 = normal)', (s) => load(s).tier)
    .gauge('shake_overload_min_interval_seconds', 'Shake interval told to phones now', (s) => load(s).minIntervalMs / 1000)
    .gauge('shake_overload_load_score', 'Smoothed load score (0..1) the tiers follow', (s) => load(s).score)
    .gauge('shake_overload_load_signal', 'Latest load signal (0..1)', (s) => ({ ...load(s).signals }), { spreadLabel: 'signal' })
    .counter('shake_overload_tier_changes_total', 'Tier transitions', (s) => load(s).tierChanges)
    .counter('shake_overload_tier_seconds_total', 'Time spent in each tier', (s) => load(s).secondsInTier, { spreadLabel: 'tier' })
    .counter('shake_paced_replies_total', 'Shake replies delayed because the phone shook early', (s) => pacing(s)?.delayedReplies ?? 0)
    .gauge('shake_held_replies', 'Replies held back by pacing now', (s) => pacing(s)?.heldNow ?? 0)
    .counter('shake_pacing_closed_total', 'Connections closed for ignoring the rate limit', (s) => pacing(s)?.pacingClosed ?? 0);
}
