import t from 'tap';
import fc from 'fast-check';
import { nextShare, waterMarks, checkSplittable } from '../amount.ts';

/** Drains a packet of M cents in N shares with a random source driven by fast-check. */
function drain(m: number, n: number, max: number, draws: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  for (let left = m, count = n; count > 0; count--) {
    const { upper } = waterMarks(left, count, max);
    const x = nextShare(left, count, max, (bound) => draws[i++ % draws.length] % bound);
    if (count > 1 && x > upper) throw new Error(`share ${x} above upper mark ${upper}`);
    out.push(x);
    left -= x;
  }
  return out;
}

const caseArb = fc.integer({ min: 1, max: 300 }).chain((n) => fc.record({
  n: fc.constant(n),
  max: fc.integer({ min: 1, max: 20_000 }),
}).chain(({ n, max }) => fc.record({
  n: fc.constant(n), max: fc.constant(max),
  m: fc.oneof(fc.constant(n), fc.constant(n * max), fc.integer({ min: n, max: n * max })),
  draws: fc.array(fc.nat({ max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 50 }),
})));

t.test('shares sum exactly to M, each within [1 cent, per-share max] and under twice the mean', (t) => {
  fc.assert(fc.property(caseArb, ({ n, m, max, draws }) => {
    const shares = drain(m, n, max, draws);
    let left = m;
    for (let i = 0; i < shares.length; i++) {
      const x = shares[i];
      const count = n - i;
      if (x < 1 || x > max) return false;
      if (count > 1 && x > Math.floor((2 * left) / count)) return false;
      left -= x;
    }
    return shares.length === n && shares.reduce((a, b) => a + b, 0) === m && left === 0;
  }), { numRuns: 400, seed: 20240210 });
  t.end();
});

t.test('edge cases: N = 1, M = N cents, M = N * max', (t) => {
  t.same(drain(777, 1, 20_000, [5]), [777], 'single share takes all');
  t.same(drain(10, 10, 20_000, [123456]), new Array(10).fill(1), 'M = N cents: every share is 1 cent');
  t.same(drain(5 * 300, 5, 300, [0, 1, 2]), new Array(5).fill(300), 'M = N * max: every share is the max');
  t.end();
});

t.test('extreme random sources stay within the marks', (t) => {
  for (const r of [() => 0, (b: number) => b - 1]) {
    let left = 10_000, count = 100;
    const got: number[] = [];
    while (count > 0) { const x = nextShare(left, count, 200, r); got.push(x); left -= x; count--; }
    t.equal(got.reduce((a, b) => a + b, 0), 10_000);
    t.ok(got.every((x) => x >= 1 && x <= 200));
  }
  t.end();
});

t.test('unsplittable amounts are refused with a stable code', (t) => {
  t.throws(() => checkSplittable(4, 5, 100), { code: 'AMOUNT_INVALID' });
  t.throws(() => checkSplittable(501, 5, 100), { code: 'AMOUNT_INVALID' });
  t.throws(() => checkSplittable(1.5, 1, 100), { code: 'AMOUNT_INVALID' });
  t.throws(() => nextShare(0, 0, 100), { code: 'AMOUNT_INVALID' });
  t.end();
});
