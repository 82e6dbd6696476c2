import t from 'tap';
import { LatencyBuckets, quantileUpperMs } from '../latency-buckets.ts';

t.test('buckets and quantile upper bounds', async (t) => {
  const b = new LatencyBuckets();
  t.equal(quantileUpperMs(b.counts, 0.99), 0, 'empty');
  for (let i = 0; i < 98; i++) b.record(0.7);
  b.record(3);
  b.record(5000);
  t.equal(quantileUpperMs(b.counts, 0.5), 1);
  t.equal(quantileUpperMs(b.counts, 0.99), 4);
  t.equal(quantileUpperMs(b.counts, 1), Infinity);
});
