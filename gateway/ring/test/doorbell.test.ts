import t from 'tap';
import { createRingBuffer, Doorbell, NapPolicy, RingConsumer, RingProducer, type RingFrame } from '../spsc-ring.ts';

t.test('one doorbell for several rings: a write to any of them wakes the parked consumer', async (t) => {
  const rings = [createRingBuffer(1024), createRingBuffer(1024), createRingBuffer(1024)];
  const bell = new Doorbell(rings[0]);
  const consumers = rings.map((r) => new RingConsumer(r));
  const producers = rings.map((r) => new RingProducer(r, rings[0]));
  const anyUnread = () => consumers.some((c) => c.hasUnread());
  for (const k of [2, 1, 0]) {
    const t0 = performance.now();
    const parked = bell.wait(5000, anyUnread);
    producers[k].write(7, k + 1, new Uint8Array([k]));
    producers[k].wake();
    await parked;
    t.ok(performance.now() - t0 < 2500, `ring ${k}: woken, not timed out`);
    const f: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
    t.ok(consumers[k].next(f) && f.reqId === k + 1, `ring ${k}: its frame is there`);
    consumers[k].commit();
  }
});

t.test('a consumer that naps is not notified; one that parks is', async (t) => {
  const ring = createRingBuffer(1024);
  const bell = new Doorbell(ring);
  const producer = new RingProducer(ring);
  const notify = Atomics.notify;
  let notifies = 0;
  Atomics.notify = ((...a: Parameters<typeof Atomics.notify>) => { notifies++; return notify(...a); }) as typeof Atomics.notify;
  t.teardown(() => { Atomics.notify = notify; });
  bell.napSync(1);
  producer.write(1, 1, new Uint8Array([1]));
  producer.wake();
  t.equal(notifies, 0, 'no notify after a nap');
  const parked = bell.wait(5000, () => false);
  producer.write(1, 2, new Uint8Array([2]));
  producer.wake();
  await parked;
  t.equal(notifies, 1, 'one notify for a parked consumer');
  producer.write(1, 3, new Uint8Array([3]));
  producer.wake();
  t.equal(notifies, 1, 'none again once it was woken (the park flag is cleared)');
});

t.test('nap policy: naps while work came within idleAfterMs, parks after; napMs 0 never naps', (t) => {
  let now = 1000;
  const p = new NapPolicy(0.5, 20, () => now);
  t.notOk(p.shouldNap(), 'no work yet: park');
  p.worked();
  now += 19;
  t.ok(p.shouldNap(), 'work 19 ms ago: nap');
  now += 2;
  t.notOk(p.shouldNap(), 'work 21 ms ago: park');
  const never = new NapPolicy(0, 20, () => now);
  never.worked();
  t.notOk(never.shouldNap());
  t.end();
});
