/**
 * Journal thread: the only writer of the gateway's local durable journal.
 * Takes every entry queued by the logic worker, commits them in one
 * transaction with fsync (synchronous=FULL), then publishes the highest
 * committed ticket. An entry whose operation was accepted before is ignored
 * (one entry per operation forever).
 */
import { parentPort, workerData } from 'node:worker_threads';
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

const data = (workerData as { data: JournalThreadData }).data;
const writer = new JournalWriter(data.journalPath, data.gatewayId);
const ring = new RingConsumer(data.buffers.ring);
const progress = new JournalProgress(data.buffers, data.wakeRing);
const frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
const MAX_GROUP = 512;
const IDLE_WAIT_MS = 20;
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

async function run(): Promise<void> {
  for (;;) {
    let last = 0;
    let n = 0;
    // Bounded batches: under a steady stream, reading "until empty" would postpone the commit indefinitely.
    try {
      while (n < MAX_GROUP && ring.next(frame)) {
        n++;
        writer.stage(frame.payload);
        last = frame.reqId;
      }
      if (last !== 0) writer.commit();
    } catch (err) {
      progress.fail(); // nothing more is acknowledged: opens/shares get JOURNAL_UNAVAILABLE
      throw err;
    }
    if (last !== 0) {
      ring.commit();
      progress.committed(last);
      continue;
    }
    // A futex wait: waking a parked event loop costs far more, on the path of every "ok".
    ring.waitForDataSync(IDLE_WAIT_MS);
    if (!ring.hasUnread()) await yieldToEventLoop(); // idle: let termination and messages in
  }
}

// Keeps the thread alive while it yields to its event loop between idle waits.
parentPort!.on('message', () => {});
parentPort!.postMessage({ type: 'ready' });
void run();
