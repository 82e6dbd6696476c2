/** Metrics for every process: prom-client registries, counters named once, cheap latency histograms. */
export { createMetricsRegistry, renderMetrics, METRICS_CONTENT_TYPE } from './registry.ts';
export { MetricTable, type EntryOptions } from './metric-table.ts';
export { FoldedHistogram, LatencyRecorder, LATENCY_BUCKETS_SECONDS, addLatency, emptyLatency, type LatencySnapshot } from './latency.ts';
