/**
 * Shared-memory ring benchmark: our SPSC ring (gateway/ring/spsc-ring.ts)
 * against ringbuf.js carrying the same frames, producer and consumer on two
 * threads, busy-polling. Prints frames/s (median of runs) and the ratio.
 *
 *   node --import tsx bench/ring.ts [--frames 2000000] [--size 48] [--runs 5]
 */
import { spawnTsWorker } from '../common/spawn-worker.ts';
import { createRingBuffer, RingConsumer, type RingFrame } from '../gateway/ring/spsc-ring.ts';
import { createRingbufStorage, RingbufFramedConsumer } from './ring/framed-ringbuf.ts';

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const frames = arg('frames', 2_000_000);
const size = arg('size', 48);
const runs = arg('runs', 5);
const capacity = 1 << 20;

async function once(kind: 'ours' | 'ringbuf'): Promise<number> {
  const sab = kind === 'ours' ? createRingBuffer(capacity) : createRingbufStorage(capacity);
  const worker = spawnTsWorker(new URL('./ring/producer.worker.ts', import.meta.url), { kind, sab, frames, size });
  await new Promise((r) => worker.once('online', r));
  let got = 0;
  let checksum = 0;
  const t0 = process.hrtime.bigint();
  if (kind === 'ours') {
    const c = new RingConsumer(sab);
    const f: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
    while (got < frames) {
      if (!c.peek(f)) continue;
      checksum += f.reqId + f.payload[0];
      c.release(f);
      got++;
    }
  } else {
    const c = new RingbufFramedConsumer(sab);
    while (got < frames) {
      if (!c.read()) continue;
      checksum += c.reqId + c.payload[0];
      got++;
    }
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  await worker.terminate();
  const expected = (frames * (frames - 1)) / 2 + 42 * frames;
  if (checksum !== expected) throw new Error(`${kind}: frames corrupted (checksum ${checksum} != ${expected})`);
  return frames / secs;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results: Record<string, number[]> = { ours: [], ringbuf: [] };
for (let r = 0; r < runs; r++) {
  for (const kind of ['ours', 'ringbuf'] as const) results[kind].push(await once(kind));
}
const ours = median(results.ours);
const rb = median(results.ringbuf);
console.log(`frames=${frames} payload=${size}B runs=${runs} (median, producer thread -> consumer thread)`);
console.log(`  spsc-ring (ours): ${(ours / 1e6).toFixed(2)} M frames/s  ${((ours * (size + 12)) / 1e6).toFixed(0)} MB/s`);
console.log(`  ringbuf.js      : ${(rb / 1e6).toFixed(2)} M frames/s  ${((rb * (size + 12)) / 1e6).toFixed(0)} MB/s`);
console.log(`  ratio ours/ringbuf.js: ${(ours / rb).toFixed(2)}x`);
