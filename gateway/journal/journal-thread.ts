/**
 * Journal thread: the only writer of the gateway's local durable journal.
 * Takes every entry queued by the logic worker, commits them in one
 * transaction with fsync (synchronous=FULL), then publishes the highest
 * committed ticket. An entry whose operation was accepted before is ignored
 * (one entry per operation forever).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { shake as pb } from '../../proto/gen/internal.js';
import { RingConsumer, type RingFrame } from '../ring/spsc-ring.ts';
import { JournalWriter } from './journal-writer.ts';
import { JournalProgress, type JournalBuffers } from './journal-link.ts';

export interface JournalThreadData {
  journalPath: string;
  gatewayId: string;
  buffers: JournalBuffers;
  /** The request ring the logic worker parks on: woken after each commit. */
  wakeRing: SharedArrayBuffer;
}

const JournalEntry = pb.internal.v1.JournalEntry;
const data = (workerData as { data: JournalThreadData }).data;
const writer = new JournalWriter(data.journalPath, data.gatewayId);
const ring = new RingConsumer(data.buffers.ring);
const progress = new JournalProgress(data.buffers, data.wakeRing);
const frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
const MAX_GROUP = 512;

async function run(): Promise<void> {
  for (;;) {
    let last = 0;
    let n = 0;
    // Bounded batches: under a steady stream, reading "until empty" would postpone the commit indefinitely.
    while (n < MAX_GROUP && ring.next(frame)) {
      n++;
      writer.stage(JournalEntry.decode(frame.payload));
      last = frame.reqId;
    }
    if (last !== 0) {
      try {
        writer.commit();
      } catch (err) {
        progress.fail();
        throw err;
      }
      ring.commit();
      progress.committed(last);
      continue;
    }
    await ring.waitForData(200);
  }
}

// A pending Atomics.waitAsync does not keep a thread alive; the port listener does.
parentPort!.on('message', () => {});
parentPort!.postMessage({ type: 'ready' });
void run();
