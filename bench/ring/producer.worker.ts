// Producer thread of bench/ring.ts: writes `frames` frames of `size` bytes as fast as the ring takes them.
import { parentPort, workerData } from 'node:worker_threads';
import { RingProducer } from '../../gateway/ring/spsc-ring.ts';
import { RingbufFramedProducer } from './framed-ringbuf.ts';

const { kind, sab, frames, size } = workerData.data as { kind: 'ours' | 'ringbuf'; sab: SharedArrayBuffer; frames: number; size: number };
const body = new Uint8Array(size).fill(42);
if (kind === 'ours') {
  const p = new RingProducer(sab);
  for (let i = 0; i < frames; i++) {
    while (!p.write(i & 1023, i, body)) p.wake();
    if ((i & 255) === 0) p.wake();
  }
  p.wake();
} else {
  const p = new RingbufFramedProducer(sab);
  for (let i = 0; i < frames; i++) while (!p.write(i & 1023, i, body));
}
parentPort!.postMessage('done');
