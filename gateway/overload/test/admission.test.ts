import t from 'tap';
import { Admission } from '../admission.ts';

t.test('token bucket: burst, then the rate, refusals carry a retry hint', async (t) => {
  const a = new Admission({ upgradesPerSec: 10, burst: 5, retryAfterMs: 1500, overloadedShare: 0.2 }, 0);
  for (let i = 0; i < 5; i++) t.equal(a.admit(0), null);
  t.same(a.admit(0), { code: 'CONNECT_RATE_LIMITED', message: 'too many new connections; retry later', retryAfterMs: 1500 });
  t.equal(a.admit(100), null, '100 ms at 10/s refills one');
  t.not(a.admit(100), null);
  let admitted = 0;
  for (let ms = 100; ms <= 10_100; ms += 10) if (!a.admit(ms)) admitted++;
  t.ok(admitted >= 99 && admitted <= 101, `about 10/s over 10 s: ${admitted}`);
  t.ok(a.refused > 0);
});

t.test('while overloaded, a share of the rate and burst', async (t) => {
  const a = new Admission({ upgradesPerSec: 10, burst: 10, retryAfterMs: 1000, overloadedShare: 0.2 }, 0);
  t.equal(a.admit(0, true), null);
  t.equal(a.admit(0, true), null);
  t.not(a.admit(0, true), null, 'burst cut to 2');
  let admitted = 0;
  for (let ms = 10; ms <= 10_000; ms += 10) if (!a.admit(ms, true)) admitted++;
  t.ok(admitted >= 19 && admitted <= 21, `about 2/s: ${admitted} in 10 s`);
});
