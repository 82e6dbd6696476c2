/** Overload protection as /status fields and Prometheus samples. */
import type { Sample } from '../admin/prometheus.ts';
import type { LoadMonitor } from './load-monitor.ts';
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

export function overloadSamples(monitor: LoadMonitor, gate: PacingStats | null): Sample[] {
  const s = monitor.status();
  const g = (name: string, help: string, value: number, labels?: Record<string, string>): Sample => ({ name, help, type: 'gauge', value, labels });
  const c = (name: string, help: string, value: number, labels?: Record<string, string>): Sample => ({ name, help, type: 'counter', value, labels });
  return [
    g('shake_overload_tier', 'Overload tier in force (0 = normal)', s.tier),
    g('shake_overload_min_interval_ms', 'Shake interval told to phones now', s.minIntervalMs),
    g('shake_overload_load_score', 'Smoothed load score (0..1) the tiers follow', s.score),
    ...Object.entries(s.signals).map(([signal, v]) => g('shake_overload_load_signal', 'Latest load signal (0..1)', v, { signal })),
    c('shake_overload_tier_changes_total', 'Tier transitions', s.tierChanges),
    ...Object.entries(s.secondsInTier).map(([tier, v]) => c('shake_overload_tier_seconds_total', 'Time spent in each tier', v, { tier })),
    c('shake_paced_replies_total', 'Shake replies delayed because the phone shook early', gate?.delayedReplies ?? 0),
    g('shake_held_replies', 'Replies held back by pacing now', gate?.heldNow ?? 0),
    c('shake_pacing_closed_total', 'Connections closed for ignoring the rate limit', gate?.pacingClosed ?? 0),
    ...(gate ? gate.latencyCounts.map((n, i) => c('shake_gateway_latency_replies_total', 'Replies not held, by time from request arrival to send (ms bucket)', n, { upper_ms: String(BUCKET_UPPER_MS[i]) })) : []),
  ];
}
