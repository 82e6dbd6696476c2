// Worker-thread producer used by spsc-ring.test.ts: writes `total` numbered frames.
import { workerData, parentPort } from 'node:worker_threads';
import { RingProducer } from '../spsc-ring.ts';

const { sab, total } = workerData.data as { sab: SharedArrayBuffer; total: number };
const p = new RingProducer(sab);
const body = new Uint8Array(64);
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let i = 0; i < total; i++) {
  body[0] = i & 255;
  body[1] = (i >> 8) & 255;
  while (!p.write(i % 97, i, body)) {
    p.wake();
    Atomics.wait(pause, 0, 0, 1);
  }
  if ((i & 63) === 0) p.wake();
}
p.wake();
parentPort!.postMessage('done');
