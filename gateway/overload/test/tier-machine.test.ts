import t from 'tap';
import { TierMachine } from '../tier-machine.ts';
import type { OverloadTier } from '../../../contracts/show/types.ts';

const tiers: OverloadTier[] = [
  { tier: 0, enterAbove: 0, exitBelow: 0, minShakeIntervalMs: 1000 },
  { tier: 1, enterAbove: 0.7, exitBelow: 0.6, minShakeIntervalMs: 2000 },
  { tier: 2, enterAbove: 0.85, exitBelow: 0.75, minShakeIntervalMs: 5000 },
  { tier: 3, enterAbove: 0.95, exitBelow: 0.9, minShakeIntervalMs: 15000 },
];

t.test('goes up at once, several tiers if the load jumps', async (t) => {
  const m = new TierMachine(tiers, 1000, 0);
  t.equal(m.update(0.5, 10), null);
  t.match(m.update(0.71, 20), { from: 0, to: 1 });
  t.match(m.update(0.97, 30), { from: 1, to: 3 }, 'up without dwell, straight to the highest tier passed');
  t.equal(m.intervalOf(3), 15000);
});

t.test('hysteresis: load between exitBelow and enterAbove keeps the tier', async (t) => {
  const m = new TierMachine(tiers, 0, 0);
  m.update(0.72, 0);
  for (let i = 1; i < 50; i++) t.equal(m.update(i % 2 ? 0.61 : 0.69, i * 100), null, 'no change');
  t.equal(m.tier, 1);
  t.match(m.update(0.59, 6000), { from: 1, to: 0 });
});

t.test('down only after the dwell time, one tier at a time; straight to 0 when the load is gone', async (t) => {
  const m = new TierMachine(tiers, 2000, 0);
  m.update(0.99, 0);
  t.equal(m.tier, 3);
  t.equal(m.update(0.1, 1999), null, 'dwell not over');
  t.match(m.update(0.1, 2000), { from: 3, to: 0 }, 'load under half of tier 1 exit: straight to 0');
  m.update(0.99, 3000);
  t.match(m.update(0.5, 5000), { from: 3, to: 2 }, 'load under several exits but not gone: one step');
  t.equal(m.update(0.5, 6000), null, 'dwell restarts at each change');
  t.match(m.update(0.5, 7000), { from: 2, to: 1 });
  t.match(m.update(0.5, 9000), { from: 1, to: 0 });
  m.update(0.99, 10_000);
  t.equal(m.update(0.91, 13_000), null, 'above tier 3 exit: stays');
});

t.test('oscillating load around one threshold does not flap', async (t) => {
  const m = new TierMachine(tiers, 1000, 0);
  let changes = 0;
  for (let i = 0; i < 1000; i++) if (m.update(0.7 + (i % 2 ? 0.05 : -0.05), i * 10)) changes++;
  t.ok(changes <= 1, `${changes} changes for a load swinging 0.65..0.75 every 10 ms`);
});

t.test('up only once the load stayed above the threshold for minRiseMs', async (t) => {
  const m = new TierMachine(tiers, 0, 0, 500);
  t.equal(m.update(0.99, 0), null);
  t.equal(m.update(0.99, 250), null);
  t.equal(m.update(0.5, 400), null, 'spike over');
  t.equal(m.update(0.99, 600), null, 'starts again');
  t.equal(m.update(0.8, 900), null);
  t.match(m.update(0.8, 1100), { from: 0, to: 1 }, 'above tier 1 for 500 ms: up to what the load is now');
});

t.test('a new tier table keeps the tier if it still exists, else clamps', async (t) => {
  const m = new TierMachine(tiers, 0, 0);
  m.update(0.99, 0);
  m.setTiers(tiers.slice(0, 2));
  t.equal(m.tier, 1);
  t.equal(m.intervalOf(3), 0);
});
