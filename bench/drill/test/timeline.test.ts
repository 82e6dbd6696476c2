/** The drill's summary metrics: what its thresholds are evaluated on. */
import t from 'tap';
import { Histogram } from '../../lib/histogram.ts';
import { summaryMetrics, type Row } from '../timeline.ts';

const row = (sec: number, releaseTarget: number, released: number): Row => ({
  sec, phase: 'peak', targetRate: 0, sent: 0, ok: 0, failed: 0, p50: 0, p90: 0, p99: 0, max: 0,
  won: 0, opened: 0, shared: 0, grabs: 0, busy: 0, timeouts: 0, disconnects: 0, unsent: 0,
  tiers: {}, connected: 0, released, issued: 0, releaseTarget, pool: {}, poolCapacity: 0, gatewaysUp: 1,
});
const ratio = (rows: Row[]) => summaryMetrics(rows, new Histogram().summary(), {})['released.ratioToTarget'];

t.test('a release sampled in the second after the round counts for the round (counters are sampled once a second)', async (t) => {
  // 4 s at 60/s: the last second's packets were sampled one row late.
  t.equal(ratio([row(0, 0, 0), row(1, 60, 60), row(2, 60, 60), row(3, 60, 60), row(4, 60, 0), row(5, 0, 60)]), 1);
});

t.test('releases after that second do not count, nor do any before the round', async (t) => {
  t.equal(ratio([row(0, 0, 100), row(1, 60, 60), row(2, 60, 60), row(3, 0, 0), row(4, 0, 500)]), 1);
  t.equal(ratio([row(0, 0, 0), row(1, 60, 30), row(2, 60, 30), row(3, 0, 0)]), 0.5);
});

t.test('no round: the ratio is 0, never NaN', async (t) => {
  t.equal(ratio([row(0, 0, 10)]), 0);
});
