/**
 * Journal thread: the only writer of the gateway's local durable journal.
 * Takes the entries queued by the logic worker, commits them in one
 * transaction with fsync (synchronous=FULL), then passes their "ok" replies
 * to the IO thread and publishes the highest committed ticket. An entry whose
 * operation was accepted before is not written again, but its reply goes out
 * (the same answer: it comes from the signed token).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RingConsumer, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';
import { JournalWriter } from './journal-writer.ts';
import { JournalProgress, readJournalFrame, type JournalBuffers, type JournalItem } from './journal-link.ts';

export interface JournalThreadData {
  journalPath: string;
  gatewayId: string;
  buffers: JournalBuffers;
  /** The request ring the logic worker parks on: woken if the journal fails. */
  logicWakeRing: SharedArrayBuffer;
  /** The reply ring the IO thread parks on: woken after each commit. */
  ioWakeRing: SharedArrayBuffer;
}

const data = (workerData as { data: JournalThreadData }).data;
const writer = new JournalWriter(data.journalPath, data.gatewayId);
const ring = new RingConsumer(data.buffers.ring);
const replies = new RingProducer(data.buffers.replies);
const progress = new JournalProgress(data.buffers, data.logicWakeRing, data.ioWakeRing);
const frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
const MAX_GROUP = 512;
const IDLE_WAIT_MS = 20;
const group: JournalItem[] = [];
const pause = new Int32Array(new SharedArrayBuffer(4));
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

/** Hands the group's replies to the IO thread; waits for room rather than drop one. */
function sendReplies(): void {
  for (const item of group) {
    while (!replies.write(item.connId, item.ioReqId, item.reply, item.replyPrefix)) {
      progress.wakeIo();
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

async function run(): Promise<void> {
  for (;;) {
    let last = 0;
    // Bounded groups: under a steady stream, reading "until empty" would postpone the commit indefinitely.
    try {
      while (group.length < MAX_GROUP && ring.next(frame)) {
        const item = readJournalFrame(frame);
        writer.stage(item.entry);
        group.push(item);
        last = frame.reqId;
      }
      if (last !== 0) writer.commit();
    } catch (err) {
      progress.fail(); // nothing more is acknowledged: opens/shares get JOURNAL_UNAVAILABLE
      throw err;
    }
    if (last !== 0) {
      sendReplies();
      group.length = 0;
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
