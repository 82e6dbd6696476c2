import t from 'tap';
import fc from 'fast-check';
import { spawnTsWorker } from '../../../common/spawn-worker.ts';
import { createRingBuffer, RingConsumer, RingProducer, type RingFrame } from '../spsc-ring.ts';

const frame = (): RingFrame => ({ connId: 0, reqId: 0, payload: new Uint8Array(0) });

t.test('frames come out in order with their ids and bytes, across wrap-around', async (t) => {
  await fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.uint8Array({ maxLength: 700 })), { maxLength: 400 }),
      fc.integer({ min: 1, max: 8 }),
      (frames, batch) => {
        const sab = createRingBuffer(2048);
        const p = new RingProducer(sab);
        const c = new RingConsumer(sab);
        const out = frame();
        let written = 0;
        let read = 0;
        while (read < frames.length) {
          for (let i = 0; i < batch && written < frames.length; i++) {
            const [conn, req, bytes] = frames[written];
            if (!p.write(conn >>> 0, req >>> 0, bytes)) break;
            written++;
          }
          while (c.peek(out)) {
            const [conn, req, bytes] = frames[read];
            if (out.connId !== conn >>> 0 || out.reqId !== req >>> 0) return false;
            if (Buffer.compare(Buffer.from(out.payload), Buffer.from(bytes)) !== 0) return false;
            c.release(out);
            read++;
          }
        }
        return c.isEmpty() && p.usedBytes() === 0;
      },
    ),
    { numRuns: 300 },
  );
  t.pass('300 random frame sequences round-tripped');
});

t.test('a full ring refuses the write and keeps what it holds', async (t) => {
  const sab = createRingBuffer(1024);
  const p = new RingProducer(sab);
  const c = new RingConsumer(sab);
  const body = new Uint8Array(100).fill(7);
  let n = 0;
  while (p.write(1, n, body)) n++;
  t.ok(n > 0 && n < 1024 / 100, `accepted ${n} frames then refused`);
  const out = frame();
  for (let i = 0; i < n; i++) {
    t.ok(c.peek(out));
    t.equal(out.reqId, i);
    c.release(out);
  }
  t.notOk(c.peek(out), 'nothing extra');
  t.ok(p.write(1, 99, body), 'space is reusable after reads');
});

t.test('prefix and body are written as one frame', async (t) => {
  const sab = createRingBuffer(1024);
  const p = new RingProducer(sab);
  const c = new RingConsumer(sab);
  p.write(5, 6, new Uint8Array([3, 4]), new Uint8Array([1, 2]));
  const out = frame();
  t.ok(c.peek(out));
  t.same([...out.payload], [1, 2, 3, 4]);
});

t.test('oversized frames are rejected loudly', async (t) => {
  const p = new RingProducer(createRingBuffer(1024));
  t.throws(() => p.write(1, 1, new Uint8Array(600)), RangeError);
  t.throws(() => createRingBuffer(1000), RangeError);
});

t.test('a producer thread and a consumer thread pass 200k frames without loss or reorder', async (t) => {
  const sab = createRingBuffer(1 << 16);
  const total = 200_000;
  const worker = spawnTsWorker(new URL('./ring-producer.fixture.ts', import.meta.url), { sab, total });
  const c = new RingConsumer(sab);
  const out = frame();
  let next = 0;
  let bad = 0;
  while (next < total) {
    if (!c.peek(out)) { await c.waitForData(50); continue; }
    if (out.reqId !== next || out.connId !== next % 97 || out.payload[0] !== (next & 255) || out.payload[1] !== ((next >> 8) & 255)) bad++;
    c.release(out);
    next++;
  }
  await worker.terminate();
  t.equal(next, total);
  t.equal(bad, 0, 'every frame intact and in order');
});

t.test('batch reads stay in the ring until commit; rewind reads them again', async (t) => {
  const sab = createRingBuffer(1024);
  const p = new RingProducer(sab);
  const c = new RingConsumer(sab);
  for (let i = 0; i < 5; i++) p.write(0, i, new Uint8Array([i]));
  const out = frame();
  const read = () => { const ids: number[] = []; while (c.next(out)) ids.push(out.reqId); return ids; };
  t.same(read(), [0, 1, 2, 3, 4]);
  c.rewind();
  t.same(read(), [0, 1, 2, 3, 4], 'uncommitted frames are read again after rewind (crash recovery)');
  c.rewind();
  c.next(out); c.next(out);
  c.commit();
  const fresh = new RingConsumer(sab);
  const ids: number[] = [];
  while (fresh.next(out)) ids.push(out.reqId);
  t.same(ids, [2, 3, 4], 'a new consumer (next generation) starts after the committed frames');
});
