/**
 * The shared metrics module: a histogram folded from per-thread recorders is
 * a real cumulative Prometheus histogram in seconds, counters and gauges come
 * from one declaration that /status reads too, and every registry's output
 * carries the process and event-loop metrics.
 */
import t from 'tap';
import { createMetricsRegistry, renderMetrics, MetricTable, FoldedHistogram, LatencyRecorder, addLatency, LATENCY_BUCKETS_SECONDS } from '../index.ts';
import { parsePrometheusText, histogramProblems, histogramCount } from '../../../test/helpers/prometheus-text.ts';

t.test('a folded histogram sums threads and renders cumulative buckets in seconds', async (t) => {
  const registry = createMetricsRegistry();
  const a = new LatencyRecorder(), b = new LatencyRecorder();
  for (const s of [0.00003, 0.0004, 0.0004, 0.02, 7]) a.record(s);
  b.record(0.0004);
  new FoldedHistogram({ name: 'demo_duration_seconds', help: 'demo', labelNames: ['kind'], registry,
    read: () => [{ labels: { kind: 'x' }, latency: addLatency(a.snapshot(), b.snapshot()) }] });
  const f = parsePrometheusText(await renderMetrics(registry)).get('demo_duration_seconds')!;
  t.same(histogramProblems(f), [], 'well formed');
  t.equal(histogramCount(f, { kind: 'x' }), 6, '_count has every observation, over the top bound too');
  const bucket = (le: string) => f.samples.find((s) => s.name === 'demo_duration_seconds_bucket' && s.labels.le === le)!.value;
  t.equal(bucket('0.00005'), 1, 'le=50 µs');
  t.equal(bucket('0.0005'), 4, 'cumulative: le=0.5 ms holds the three 0.4 ms values and the first');
  t.equal(bucket('5'), 5, 'the 7 s value only in +Inf');
  t.equal(bucket('+Inf'), 6);
  t.ok(Math.abs(f.samples.find((s) => s.name === 'demo_duration_seconds_sum')!.value - 7.02123) < 1e-9, '_sum in seconds');
  t.equal(f.samples.filter((s) => s.name.endsWith('_bucket')).length, LATENCY_BUCKETS_SECONDS.length + 1);
});

t.test('counters named once: /status and /metrics read the same declaration', async (t) => {
  const registry = createMetricsRegistry();
  const source = { framesIn: 3, busy: { ring_full: 2, in_flight: 1 }, level: 7 };
  let snapshots = 0;
  const table = new MetricTable(registry, () => { snapshots++; return source; })
    .counter('demo_frames_in_total', 'frames', (s) => s.framesIn, { statusKey: 'framesIn' })
    .counter('demo_busy_total', 'busy', (s) => s.busy, { statusKey: 'busy', spreadLabel: 'reason' })
    .gauge('demo_level', 'level', (s) => s.level);
  t.throws(() => table.counter('demo_bad', 'no suffix', () => 0), /_total/);
  source.framesIn = 5;
  t.same(table.status(), { framesIn: 5, busy: { ring_full: 2, in_flight: 1 } });
  await Promise.resolve();
  const text = await renderMetrics(registry);
  const fams = parsePrometheusText(text);
  t.equal(fams.get('demo_frames_in_total')?.type, 'counter');
  t.equal(fams.get('demo_frames_in_total')?.samples[0].value, 5);
  t.same(fams.get('demo_busy_total')?.samples.map((s) => [s.labels.reason, s.value]), [['ring_full', 2], ['in_flight', 1]]);
  t.equal(fams.get('demo_level')?.type, 'gauge');
  t.equal(snapshots, 2, 'one snapshot for the status call, one for the whole scrape');
  t.ok(fams.has('process_cpu_seconds_total') && fams.has('nodejs_eventloop_lag_seconds'), 'process and event-loop metrics');
  t.same(histogramProblems(fams.get('nodejs_gc_duration_seconds') ?? { name: 'gc', type: 'histogram', help: '', samples: [] }).filter((p) => !/no samples/.test(p)), []);
});
