/**
 * ReleaseSchedule, with a simulated clock: exact per-second counts (fraction
 * carried), even spacing, nothing outside the round, late slots dropped not
 * burst, rate changes from the next second.
 */
import t from 'tap';
import fc from 'fast-check';
import { ReleaseSchedule } from '../feed/release-schedule.ts';

/** Drives the schedule in 1 ms steps, using every due slot at once; returns the use times. */
function drive(s: ReleaseSchedule, from: number, to: number, skip?: (ms: number) => boolean): number[] {
  const out: number[] = [];
  for (let now = from; now < to; now++) {
    if (skip?.(now)) continue;
    const d = s.due(now);
    for (let i = 0; i < d; i++) out.push(now);
    s.use(d);
  }
  return out;
}

t.test('per-second counts are exact for any rate; spacing even; 100 ms windows bounded', async (t) => {
  fc.assert(fc.property(fc.double({ min: 0.5, max: 2000, noNaN: true }), fc.integer({ min: 10, max: 990 }), (rate, offset) => { // partial seconds >= 10 ms (the 1 ms simulated clock cannot hit a sub-ms slot)
    const start = 1_700_000_000_000 + offset;
    const end = start + 5000;
    const s = new ReleaseSchedule(1000);
    s.configure({ id: 'r', startMs: start, endMs: end }, rate, start);
    const times = drive(s, start - 50, end + 50);
    if (times.some((x) => x < start || x >= end)) return false;
    const firstBoundary = Math.ceil(start / 1000) * 1000;
    for (let b = firstBoundary; b + 1000 <= end; b += 1000) {
      const expected = Math.floor((rate * (b + 1000 - start)) / 1000 + 1e-9) - Math.floor((rate * (b - start)) / 1000 + 1e-9);
      if (times.filter((x) => x >= b && x < b + 1000).length !== expected) return false;
    }
    if (times.length !== Math.floor((rate * 5000) / 1000 + 1e-9)) return false;
    let j = 0;
    for (let i = 0; i < times.length; i++) {
      while (times[i] - times[j] >= 100) j++;
      if (i - j + 1 > Math.ceil((rate * 0.1) / 0.9) + 1) return false; // guard: density at most 1/0.9 (short partial seconds)
    }
    return s.missed === 0;
  }), { numRuns: 60 });
  t.pass('property holds');
});

t.test('78.37/s: 78 or 79 per second, last slot at least 50 ms before the next second', async (t) => {
  const start = 1_700_000_000_000;
  const s = new ReleaseSchedule(1000);
  s.configure({ id: 'r', startMs: start, endMs: start + 10_000 }, 50_000 / 638, start);
  const times = drive(s, start, start + 10_000);
  for (let k = 0; k < 10; k++) {
    const inSec = times.filter((x) => x >= start + k * 1000 && x < start + (k + 1) * 1000);
    t.ok(inSec.length === 78 || inSec.length === 79, `second ${k}: ${inSec.length}`);
    t.ok(Math.max(...inSec) < start + (k + 1) * 1000 - 50, 'guard respected');
  }
  t.equal(times.length, Math.floor((50_000 / 638) * 10));
});

t.test('a stall: late slots of the same second are caught up, those of a finished second are dropped', async (t) => {
  const start = 1_700_000_000_000;
  const s = new ReleaseSchedule(1000);
  s.configure({ id: 'r', startMs: start, endMs: start + 4000 }, 100, start);
  const times = drive(s, start, start + 4000, (ms) => ms >= start + 1200 && ms < start + 1500); // 300 ms stall inside second 1
  t.equal(times.filter((x) => x >= start + 1000 && x < start + 2000).length, 100, 'caught up inside its own second');
  const s2 = new ReleaseSchedule(1000);
  s2.configure({ id: 'r', startMs: start, endMs: start + 4000 }, 100, start);
  const t2 = drive(s2, start, start + 4000, (ms) => ms >= start + 1800 && ms < start + 2300); // stall across a boundary
  t.ok(t2.filter((x) => x >= start + 2000 && x < start + 3000).length <= 100, 'the next second never gets more than its share');
  t.ok(s2.missed > 0 && t2.length === 400 - s2.missed, `dropped slots counted (${s2.missed})`);
});

t.test('outside rounds nothing; a rate change applies from the next second', async (t) => {
  const start = 1_700_000_000_000;
  const s = new ReleaseSchedule(1000);
  t.equal(s.due(start), 0);
  s.configure(null, 0, start);
  t.equal(drive(s, start, start + 2000).length, 0);
  s.configure({ id: 'r', startMs: start, endMs: start + 3000 }, 100, start);
  const a = drive(s, start, start + 1500);
  s.configure({ id: 'r', startMs: start, endMs: start + 3000 }, 200, start + 1500);
  const b = drive(s, start + 1500, start + 3500);
  const all = [...a, ...b];
  t.equal(all.filter((x) => x < start + 2000).length, 200, '100/s for the first two seconds');
  t.equal(all.filter((x) => x >= start + 2000).length, 200, '200/s from the next boundary');
  t.equal(s.nextDueAt(start + 3500), null);
});
