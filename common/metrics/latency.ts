/**
 * Latency histograms that cost nothing on the hot path: the thread that sees a
 * request records into a fixed-bucket array (a few compares and two adds), and
 * prom-client reads the arrays only when scraped (a FoldedHistogram sums the
 * arrays of every thread, which reach the main thread in their periodic stats
 * reports). prom-client's own Histogram.observe hashes labels on every call,
 * too much per shake, and cannot see worker threads.
 */
import { Histogram, type Registry } from 'prom-client';

/**
 * Upper bounds (seconds) for time spent inside one of our processes: 50 µs
 * (a shake the gateway answers at once) up to 5 s (a money call at its deadline).
 */
export const LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
];

/** Counts per bucket (not cumulative; the last slot counts values above the top bound) and their sum. */
export interface LatencySnapshot {
  counts: number[];
  sumSeconds: number;
}

/** One thread's recorder for one kind of latency. */
export class LatencyRecorder {
  private readonly counts: Float64Array;
  private sumSeconds = 0;

  constructor(private readonly bounds: readonly number[] = LATENCY_BUCKETS_SECONDS) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  record(seconds: number): void {
    const b = this.bounds;
    let i = 0;
    while (i < b.length && seconds > b[i]) i++;
    this.counts[i]++;
    this.sumSeconds += seconds;
  }

  snapshot(): LatencySnapshot {
    return { counts: Array.from(this.counts), sumSeconds: this.sumSeconds };
  }
}

/** Adds `b` into `a` (same buckets), for summing threads. */
export function addLatency(a: LatencySnapshot, b: LatencySnapshot): LatencySnapshot {
  return { counts: a.counts.map((n, i) => n + (b.counts[i] ?? 0)), sumSeconds: a.sumSeconds + b.sumSeconds };
}

export function emptyLatency(bounds: readonly number[] = LATENCY_BUCKETS_SECONDS): LatencySnapshot {
  return { counts: new Array<number>(bounds.length + 1).fill(0), sumSeconds: 0 };
}

export interface FoldedHistogramConfig<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  buckets?: readonly number[];
  registry: Registry;
  /** Called at scrape time: one snapshot per label set, every thread already summed. */
  read: () => Array<{ labels: Record<L, string>; latency: LatencySnapshot }>;
}

/** What prom-client's registry reads from a metric (its own types for this are not exported). */
type Values<L extends string> = Awaited<ReturnType<Histogram<L>['get']>>;
type Value = { metricName: string; labels: Record<string, string | number>; value: number };

/** A prom-client histogram whose buckets are read from recorders at scrape time (cumulative _bucket, _sum, _count). */
export class FoldedHistogram<L extends string> extends Histogram<L> {
  private readonly bounds: readonly number[];
  private readonly read: FoldedHistogramConfig<L>['read'];
  private readonly family: string;
  private readonly helpText: string;

  constructor(c: FoldedHistogramConfig<L>) {
    const buckets = c.buckets ?? LATENCY_BUCKETS_SECONDS;
    super({ name: c.name, help: c.help, labelNames: c.labelNames, buckets: [...buckets], registers: [c.registry] });
    this.bounds = buckets;
    this.read = c.read;
    this.family = c.name;
    this.helpText = c.help;
  }

  override async get(): Promise<Values<L>> {
    return this.fold();
  }

  async getForPromString(): Promise<Values<L>> {
    return this.fold();
  }

  private fold(): Values<L> {
    const values: Value[] = [];
    for (const { labels, latency } of this.read()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += latency.counts[i] ?? 0;
        values.push({ metricName: `${this.family}_bucket`, labels: { ...labels, le }, value: cumulative });
      });
      const count = cumulative + (latency.counts[this.bounds.length] ?? 0);
      values.push({ metricName: `${this.family}_bucket`, labels: { ...labels, le: '+Inf' }, value: count });
      values.push({ metricName: `${this.family}_sum`, labels: { ...labels }, value: latency.sumSeconds });
      values.push({ metricName: `${this.family}_count`, labels: { ...labels }, value: count });
    }
    return { name: this.family, help: this.helpText, type: 'histogram', values, aggregator: 'sum' } as unknown as Values<L>;
  }
}
