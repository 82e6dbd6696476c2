import t from 'tap';
import { RateMeter } from '../rate-meter.ts';

t.test('rate over the last whole seconds', async (t) => {
  // Start just after a second boundary so the adds land in one bucket.
  await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));
  const m = new RateMeter(5);
  m.add(100);
  m.add(50);
  t.equal(m.perSecond(), 0, 'the current (partial) second is not counted yet');
  await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 20));
  t.equal(m.perSecond(), 30, '150 events in the last 5 whole seconds = 30/s');
});
